"""The workshop's tools turned on the writer's own body (the reading of rounds 84-85: jute mills and
gunny sacks, tea gardens, spice mills, saw mills and timber depots, cricket-bat workshops, lift
mechanics):

- the stitching awl or the needle poked into the thigh or the fingers, "6 holes today", when it gets bad
  or in a rage; lines drawn on the thigh with the saw's blade at night; the kitchen knife on the thigh,
  cuts nobody knows of; a brother cutting his hands with the chisel (reported);
- the mallet or the spanner struck on the writer's own knees and fingers, the head struck on the loom's
  frame in a rage;
- beedi burns given to the hand; chilli powder rubbed into a wound on purpose.

A needle that slipped, a finger caught in the saw by mistake, salt rubbed into an old wound as a
figure of speech stay quiet.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    "am_tool": ("awl", "आरी", "sui", "सुई", "silai wali sui", "needle", "mallet", "hathoda", "हथौड़ा", "hatoda",
                "हातोडा", "हातोड्याने", "hatodyane", "हथौड़े", "hathode", "hatodi", "हातोडी", "spanner", "पान्याने", "पाना", "pana", "chisel", "छेनी", "chheni",
                "chhini", "छिन्नी", "karvat", "करवत", "karvatichya", "करवतीच्या", "patyane", "पात्याने", "blade",
                "ब्लेड", "kitchen knife", "knife", "chaku", "चाकू", "suri", "सुरी", "razor", "बिडीचे", "बिडी",
                "beedi", "bidi", "बीड़ी", "cigarette"),
    "am_self": ("swatahla", "स्वतःला", "स्वतःलाच", "swatala", "swathala", "खुद को", "khud ko", "myself",
                "apne aap ko", "अपने आप को", "khudko"),
    "am_body": ("thigh", "मांडी", "mandivar", "मांडीवर", "jang", "जांघ", "ungli", "उंगली", "ungliyo", "उंगलियों",
                "ungliyon", "bote", "बोटं", "बोटांवर", "hands", "hand", "haat", "हात", "हाताला", "hatala", "हाथ",
                "haath", "kalai", "कलाई", "wrist", "arm", "arms", "गुडघ्यावर", "gudghyavar", "गुडघा", "knee",
                "knees", "sar", "सर", "head", "doka", "डोकं", "jakhmevar", "जखमेवर"),
    "am_hurt_act": ("poking", "poke", "chhed", "छेद", "holes", "bhoka", "भोकं", "marto", "मारतो", "maarta",
                    "मारता", "de maarta", "दे मारता", "de marta", "resha odhto", "रेषा ओढतो", "lines", "cuts",
                    "cutting", "chatke", "चटके", "chatka", "burns", "aaptato", "आपटतो"),
    "am_why": ("jab gussa aata", "जब गुस्सा आता", "gussa aata hai to", "गुस्सा आता है तो", "राग आला की",
               "raag ala ki", "rag ala ki", "when it gets bad", "when i get angry", "nobody knows", "nobody at",
               "konala mahit nahi", "कोणाला माहित नाही", "koi dekhta nahi", "कोई देखता नहीं", "under the table",
               "again", "परत", "rati", "रात्री", "रोज", "roz", "देतो", "deto", "fresh cuts", "aaj paach", "आज पाच",
               "6 holes", "4 cuts", "muddam", "मुद्दाम", "khoon nikal", "खून निकल"),
    "am_chilli": ("mirchi", "मिरची", "mirchichi", "mirchi chi", "मिरचीची", "mirchi pud", "मिर्ची", "मिर्च",
                  "mirch", "chilli", "chili"),
    "am_wound": ("jakhmevar", "जखमेवर", "jakham", "जखम", "ज़ख्म", "zakhm", "zakham", "wound", "cut"),
    "am_rub": ("chololi", "चोळली", "cholto", "चोळतो", "chola", "rubbed", "rub", "ragda", "रगड़ा", "lavli",
               "लावली", "daali", "डाली"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

AWL_MALLET_AND_CHILLI_IN_THE_WOUND: tuple[Combination, ...] = (
    Combination(SH, (_g("am_self"), _g("am_tool"), _g("am_hurt_act")), 8,
                unless=_g("negation", "gp_mishap"), unless_reach=1),
    Combination(SH, (_g("am_tool"), _g("am_body"), _g("am_hurt_act"), _g("am_why")), 20, across=True,
                unless=_g("gp_mishap"), unless_reach=2),
    Combination(SH, (_g("sb_anger"), _g("am_body"), _g("am_hurt_act")), 12, across=True,
                unless=_g("gp_mishap", "negation"), unless_reach=2),
    Combination(SH, (_g("am_chilli"), _g("am_wound"), _g("am_rub")), 8),
)
