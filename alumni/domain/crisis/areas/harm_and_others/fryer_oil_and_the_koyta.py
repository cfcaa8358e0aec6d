"""The fryer's oil and the koyta (the harm of rounds 100-101: wedding bands, repair technicians, ration
shops, real-estate agents, snack factories, water plants):

- "I know his flat number, going there tonight with the drill"; "petrol kept ready for his office";
- "I'll barge into the builder's office and beat them all, you'll see"; "both of them, tonight I'll finish";
- "I'll push the line in-charge into the fryer's oil"; the sales manager struck with a koyta tomorrow; the
  QC man ripped with the packing cutter;
- "if the tanker man shows up again, his truck and he both will burn"; "next time I'll run the tempo over
  him"; "I'll catch him below the building, I won't let him go".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "fk_going_there": ("going there tonight", "going there tomorrow", "wahan jaunga", "वहाँ जाऊंगा", "tithe janar",
                       "तिथे जाणार", "jaunga uske ghar", "going to his"),
    "fk_ready_for": ("ready for his", "ready for her", "for his office", "त्याच्या ऑफिससाठी", "uske office ke liye",
                     "उसके ऑफिस के लिए"),
    "fk_all_of_them": ("सबको मारूंगा", "sabko marunga", "sab ko marunga", "सगळ्यांना मारणार", "saglyanna marnar",
                       "sab ko maar dunga", "सबको मार दूंगा", "kill them all", "beat them all"),
    "fk_barge_in": ("घुस के", "ghus ke", "घुसून", "ghusun", "देख लेना", "dekh lena", "बघाच", "baghach"),
    "fk_both": ("दोघांना", "doghanna", "dono ko", "दोनों को", "both of them"),
    "fk_end_verb": ("संपवणार", "sampavnar", "संपवतो", "sampavto", "खत्म कर दूंगा", "khatam kar dunga", "मार दूंगा",
                    "maar dunga", "मारणार", "marnar", "finish them"),
    "fk_push": ("dhakalnar", "ढकलणार", "ढकलतो", "dhakalto", "dhakel dunga", "धकेल दूंगा", "push him into",
                "push him in"),
    "fk_hot_or_deep": ("fryer", "telat", "तेलात", "kadhai", "कढईत", "कढ़ाई में", "boiler", "machine madhe",
                       "मशीनमध्ये", "machine me"),
    "fk_target": ("वाल्याला", "walyala", "वाले को", "wale ko", "incharge la", "इनचार्ज ला"),
    "fk_both_burn": ("ani to donhi jaltil", "आणि तो दोन्ही जळतील", "gadi ani to donhi", "aur wo dono jalenge",
                     "और वो दोनों जलेंगे", "he and his truck will burn"),
    "fk_run_over": ("run the tempo over him", "run over him", "run him over", "gaadi chadha dunga",
                    "गाड़ी चढ़ा दूंगा", "अंगावर गाडी घालणार", "angavar gaadi ghalnar", "tempo chadha dunga",
                    "truck chadha dunga"),
    "fk_catch": ("गाठतो", "gathto", "gaathto", "पकड़ूंगा", "pakdunga", "pakadto", "पकडतो"),
    "fk_wont_let_go": ("सोडणार नाही", "sodnar nahi", "chhodunga nahi", "छोड़ूंगा नहीं", "won't spare", "wont spare",
                       "won't let him go", "wont let him go"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_WEAPONS = ("tv_tool", "weapon", "tb_tool", "cs_tool", "cf_tool_weapon")

FRYER_OIL_AND_THE_KOYTA: tuple[Combination, ...] = (
    Combination(HO, (_g("tv_know_where"), _g("fk_going_there"), _g(*_WEAPONS)), 30, across=True),
    Combination(HO, (_g("tv_fire_means"), _g("fk_ready_for")), 6),
    Combination(HO, (_g("fk_all_of_them"), _g("fk_barge_in")), 10),
    Combination(HO, (_g("fk_both"), _g("fk_end_verb")), 4),
    Combination(HO, (_g("fk_push"), _g("fk_hot_or_deep")), 6),
    Combination(HO, (_g("tv_him", "fk_target"), _g("tv_tool"), _g("tv_rip")), 8),
    Combination(HO, (_g("fk_both_burn"),)),
    Combination(HO, (_g("fk_run_over"),)),
    Combination(HO, (_g("tv_him"), _g("fk_catch"), _g("fk_wont_let_go")), 10, unless=_g("tv_money_talk"),
                unless_reach=4),
)
