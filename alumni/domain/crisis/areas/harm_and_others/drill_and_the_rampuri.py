"""The drill and the Rampuri (the reading of rounds 124-125's threats): the hand drilled through "with the
drill machine", the rod "I'll hammer him today", the dhaba man who sells the liquor "I'll set him on fire",
"the Rampuri in his belly", "push him off the ghat into the gorge", "go to his house and set it on fire".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "dz_tool": ("drill", "ड्रिल", "ड्रिल मशीन", "drill machine", "rod", "रॉड", "रॉडने", "rodne", "rod se", "रॉड से",
                "rampuri", "रामपुरी", "koyta", "कोयता", "कोयत्याने"),
    "dz_will_do": ("छेद दूंगा", "chhed dunga", "chhed kar dunga", "छेद कर दूंगा", "ठोकणार", "thokanar", "ठोकेन",
                   "thoken", "ghusa dunga", "घुसा दूंगा", "पेटवून देईन", "petvun dein", "petvun deen", "पेटवून देणार",
                   "petvun denar", "fire लावतो", "fire lavto", "fire lavin", "aag laga dunga", "आग लगा दूंगा",
                   "dhakka de ke", "धक्का दे के", "gira dunga", "गिरा दूंगा", "ढकलून देईन", "dhakalun dein"),
    "dz_him": ("usko", "उसको", "uska", "उसका", "uske", "उसके", "tyala", "त्याला", "tyachya", "त्याच्या", "him", "his",
               "ढाबेवाल्याला", "dhabewalyala", "agent", "ustad", "उस्ताद"),
    "dz_knife": ("rampuri", "रामपुरी", "chaku", "चाकू", "churi", "छुरी", "knife"),
    "dz_belly": ("pet me", "पेट में", "pet mein", "पोटात घालीन", "potat ghalin", "in his belly", "in his stomach"),
    "dz_self": ("swatala", "स्वतःला", "khud ko", "खुद को", "myself", "swatahala"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

DRILL_AND_THE_RAMPURI: tuple[Combination, ...] = (
    Combination(HO, (_g("dz_tool"), _g("dz_will_do")), 12, across=True, unless=_g("dz_self"), unless_reach=4),
    Combination(HO, (_g("dz_him"), _g("dz_will_do")), 8, unless=_g("dz_self"), unless_reach=4),
    Combination(HO, (_g("dz_knife"), _g("dz_him"), _g("dz_belly")), 4),
)
