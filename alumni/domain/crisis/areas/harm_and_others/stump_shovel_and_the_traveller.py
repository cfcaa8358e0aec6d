"""The stump, the shovel and the traveller (the harm of rounds 106-107: footballers, grave-diggers, tour-bus
drivers, TV-serial crews):

- "I'll break his leg on purpose at practice, he'll leave on a stretcher";
- the shovel "across his face", the cable "round his neck"; "I'll run the traveller over him";
- "I won't spare the travel agent today, I've taken a knife"; the saw taken to the contractor's house "I'll
  see to him";
- reported: "he said he'll finish me and the kids with the cricket stump", "he threatened to crush me
  under the vehicle", said by a frightened wife.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "ss_break_on_purpose": ("पाय मुद्दाम मोडणार", "पाय मुद्दाम तोडणार", "paay muddam modnar", "टांग जानबूझकर तोड़",
                            "break his leg on purpose", "break his leg deliberately"),
    "ss_break_his": ("पाय मोडणार", "paay modnar", "pay modnar", "pair tod dunga", "पैर तोड़ दूंगा",
                     "tang tod dunga", "टांग तोड़ दूंगा", "break his leg", "हात पाय तोडणार", "haat paay todnar"),
    "ss_stretcher": ("stretcher वरच जाईल", "stretcher varach jail", "stretcher var", "stretcher pe jayega",
                     "stretcher पे जाएगा", "on a stretcher", "मुद्दाम", "muddam", "jaan boojh ke", "जानबूझकर",
                     "deliberately", "on purpose"),
    "ss_weapon": ("shovel", "फावडा", "phavda", "phawda", "फावड़ा", "cricket stump", "stump", "स्टंप", "cable",
                  "केबल", "wire", "वायर", "तार", "taar", "rope", "रस्सी", "करवत", "karvat", "saw"),
    "ss_at_him": ("across his face", "uske muh pe", "उसके मुंह पे", "tyachya tondavar", "त्याच्या तोंडावर",
                  "round his neck", "around his neck", "uske gale me", "उसके गले में", "tyachya galyat",
                  "त्याच्या गळ्यात"),
    "ss_run_over": ("run the traveller over him", "run the bus over him", "run him over", "run over him",
                    "uspe gaadi chadha dunga", "उसपे गाड़ी चढ़ा दूंगा", "अंगावर गाडी घालतो", "angavar gadi ghalto"),
    "ss_took": ("घेतलाय", "ghetlay", "le liya", "ले लिया", "got a", "took a", "घेऊन", "gheun", "लेकर", "lekar"),
    "ss_see_him": ("बघतोच त्याला", "baghtoch tyala", "dekh lunga usko", "देख लूंगा उसको", "usko dekh lunga",
                   "उसको देख लूंगा", "i'll see to him"),
    "ss_finish_us": ("finish me and the kids", "will finish me", "mujhe khatam kar dega", "मुझे खत्म कर देगा",
                     "mala sampavel", "मला संपवेल", "kill me and the kids", "गाड़ी के नीचे कुचल देगा",
                     "gaadi ke neeche kuchal dega", "kuchal dega", "कुचल देगा"),
    "ss_afraid": ("pls help", "please help", "डरी हुई", "dari hui", "darr lag raha", "डर लग रहा", "we are at the neighbours",
                  "धमकी", "dhamki", "threatened", "घाबरले", "ghabarle"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

STUMP_SHOVEL_AND_THE_TRAVELLER: tuple[Combination, ...] = (
    Combination(HO, (_g("ss_break_his"), _g("ss_stretcher")), 16, across=True),
    Combination(HO, (_g("ss_break_on_purpose"),)),
    Combination(HO, (_g("ss_weapon", "weapon", "tv_tool"), _g("ss_at_him")), 8),
    Combination(HO, (_g("ss_run_over"),)),
    Combination(HO, (_g("fk_wont_let_go", "gt_wont_spare", "ss_see_him"), _g("ss_weapon", "weapon", "tv_tool", "tg_saw"),
                     _g("ss_took", "ej_kept")), 20, across=True),
    Combination(HO, (_g("ss_finish_us"), _g("ss_afraid")), 24, across=True),
)
