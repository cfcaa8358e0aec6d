"""The grinder and the cylinder's blast (the harm of rounds 108-109: fast-food carts, stationery shops,
hosiery units, chit funds, bowling alleys, bus-body workshops):

- "I'll blast his gas cylinder while he's inside"; "I won't show the recovery man the knife, I'll stick it
  straight in"; "I won't rest till I've dropped the manager's corpse"; "I'll finish the chairman in his
  office, you'll see"; "I'll catch him behind the go-kart track and break his bones"; the manager's head
  "broken with a bowling ball"; the grinder "in his face";
- reported: "papa has been threatening mummy with the cutter since last night".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "mh_blast": ("cylinder चा blast", "cylinder cha blast", "cylinder ka blast", "सिलेंडर का ब्लास्ट", "blast करतो",
                 "blast karto", "blast kar dunga"),
    "mh_him_inside": ("तो आत असताना", "to aat astana", "wo andar ho", "वो अंदर हो", "while he's inside",
                      "with him inside"),
    "mh_stab": ("सरळ खुपसणार", "saral khupsanar", "खुपसणार", "khupsanar", "ghusa dunga", "घुसा दूंगा",
                "ghonp dunga", "घोंप दूंगा", "stab him"),
    "mh_corpse": ("मुडदा पाडल्याशिवाय", "mudda padlyashivay", "मुडदा पाडणार", "mudda padnar", "लाश गिरा दूंगा",
                  "laash gira dunga"),
    "mh_boss": ("chairman", "manager", "मॅनेजर", "मैनेजर", "मॅनेजरचा", "supervisor", "सुपरवायझर", "incharge",
                "seth", "सेठ", "शेठ", "contractor", "ठेकेदार", "वसुलीवाल्याला"),
    "mh_will_finish": ("संपवणार", "sampavnar", "khatam kar dunga", "खत्म कर दूंगा", "निपटा दूंगा", "nipta dunga"),
    "mh_you_see": ("बघा तुम्ही", "bagha tumhi", "देखना तुम", "dekhna tum", "you'll see"),
    "mh_break_bones": ("हाडं मोडणार", "hada modnar", "haad modnar", "haddi tod dunga", "हड्डी तोड़ दूंगा",
                       "हड्डियां तोड़", "break his bones"),
    "mh_him": ("त्याला", "tyala", "usko", "उसको", "him"),
    "mh_smash_head": ("सिर फोड़ूंगा", "sir phodunga", "sar phod dunga", "सर फोड़ दूंगा", "डोकं फोडणार", "dok phodnar",
                      "smash his head"),
    "mh_head_word": ("सिर", "sir", "sar", "डोकं", "dok"),
    "mh_smash": ("फोड़ूंगा", "phodunga", "फोड़ दूंगा", "phod dunga", "फोडणार", "phodnar"),
    "mh_tool": ("grinder", "ग्राइंडर", "cutter", "कटर", "bowling ball", "बॉलिंग बॉल"),
    "mh_face": ("in his face", "uska muh saamne", "उसका मुंह सामने", "uske muh pe", "उसके मुंह पे",
                "त्याच्या तोंडावर"),
    "mh_threatening": ("धमका रहे", "dhamka rahe", "धमकावत", "dhamkavat", "threatening"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

GRINDER_AND_THE_CYLINDER_BLAST: tuple[Combination, ...] = (
    Combination(HO, (_g("mh_blast"), _g("mh_him_inside")), 16, across=True),
    Combination(HO, (_g("weapon", "tv_tool"), _g("mh_stab")), 10),
    Combination(HO, (_g("mh_corpse"),)),
    Combination(HO, (_g("mh_boss", "other_target"), _g("mh_will_finish"), _g("mh_you_see")), 12, across=True),
    Combination(HO, (_g("mh_break_bones"), _g("mh_him", "mh_boss", "third_person", "other_target")), 10, across=True),
    Combination(HO, (_g("mh_smash_head"), _g("mh_boss", "third_person", "other_target")), 8),
    Combination(HO, (_g("mh_boss"), _g("mh_head_word"), _g("mh_smash")), 8, order=True),
    Combination(HO, (_g("mh_tool", "tv_tool", "weapon"), _g("mh_face", "ss_at_him")), 12, across=True),
    Combination(HO, (_g("mh_tool", "tv_tool", "weapon"), _g("mh_threatening")), 8),
)
