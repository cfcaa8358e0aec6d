"""The workshop's tools turned on the writer's own body (the reading of rounds 84-85: jute mills and
gunny sacks, tea gardens, spice mills, saw mills and timber depots, cricket-bat workshops, lift
mechanics):

- the stitching awl or the needle poked into the thigh or the fingers, "6 holes today", when it gets bad
  or in a rage; lines drawn on the thigh with the saw's blade at night; the kitchen knife on the thigh,
  cuts nobody knows of; a brother cutting his hands with the chisel (reported);
- the mallet or the spanner struck on the writer's own knees and fingers, the head struck on the loom's
  frame in a rage;
- beedi burns given to the hand; chilli powder rubbed into a wound on purpose;
- rounds 86-87: the belt on the thigh as a punishment, the paddle or the head banged in a rage, a stapler
  pin dug into the hand at night, burning camphor, a hot diya or hot syrup held to the skin, lines drawn
  with a blade's edge, a finger ground on the buffing wheel on purpose, the hand put into the campfire, the
  wrist tied till it turns blue, a friend giving himself burns (reported).

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
                "हातोडा", "हातोड्याने", "hatodyane", "हथौड़े", "hathode", "hatodi", "हातोडी", "spanner", "पान्याने", "chisel", "छेनी", "chheni",
                "chhini", "छिन्नी", "karvat", "करवत", "karvatichya", "करवतीच्या", "patyane", "पात्याने", "blade",
                "ब्लेड", "kitchen knife", "knife", "chaku", "चाकू", "suri", "सुरी", "razor", "बिडीचे", "बिडी",
                "beedi", "bidi", "बीड़ी", "cigarette",
                # rounds 86-87: the belt, the paddle, a stapler pin, camphor or a diya burning, hot syrup, the
                # blade's edge, the buffing wheel, burning wood
                "belt", "बेल्ट", "paddle", "पॅडल", "stapler", "pin", "कपूर", "kapoor", "diya", "दिया", "chasni",
                "चाशनी", "पत्ती", "patti", "धार", "dhaar", "chakavar", "चाकावर", "wheel", "buffing", "जळतं", "jalta",
                "जलता", "burning", "hot", "गरम", "garam"),
    "am_self": ("swatalach", "swatahlach", "स्वतःलाच", "swatahla", "स्वतःला", "स्वतःलाच", "swatala", "swathala", "खुद को", "khud ko", "myself",
                "apne aap ko", "अपने आप को", "khudko"),
    "am_body": ("thigh", "मांडी", "mandivar", "मांडीवर", "jang", "जांघ", "ungli", "उंगली", "ungliyo", "उंगलियों",
                "ungliyon", "bote", "बोटं", "बोटांवर", "hands", "hand", "haat", "हात", "हाताला", "hatala", "हाथ",
                "haath", "kalai", "कलाई", "wrist", "arm", "arms", "गुडघ्यावर", "gudghyavar", "गुडघा", "knee",
                "knees", "sar", "सर", "head", "doka", "डोकं", "jakhmevar", "जखमेवर", "forearm", "बांह", "baanh",
                "bahen", "forehead", "bot", "बोट", "हाथ पे", "haath pe", "हाताला", "kalai ko"),
    "am_hurt_act": ("poking", "poke", "chhed", "छेद", "holes", "bhoka", "भोकं", "marto", "मारतो", "maarta",
                    "मारता", "de maarta", "दे मारता", "de marta", "resha odhto", "रेषा ओढतो", "lines", "cuts",
                    "cutting", "chatke", "चटके", "chatka", "burns", "aaptato", "आपटतो",
                    "marlay", "मारलंय", "khodta", "खोदता", "लावलं", "lavla", "rakh liya", "रख लिया", "pressed",
                    "ghasla", "घासला", "घासलं", "dropped", "lakeer", "लकीरें", "lakeere", "kheenchta", "खींच",
                    "bang", "banged"),
    "am_why": ("jab gussa aata", "जब गुस्सा आता", "gussa aata hai to", "गुस्सा आता है तो", "राग आला की",
               "raag ala ki", "rag ala ki", "when it gets bad", "when i get angry", "nobody knows", "nobody at",
               "konala mahit nahi", "कोणाला माहित नाही", "koi dekhta nahi", "कोई देखता नहीं", "under the table",
               "again", "परत", "rati", "रात्री", "रोज", "roz", "देतो", "deto", "fresh cuts", "aaj paach", "आज पाच",
               "6 holes", "4 cuts", "muddam", "मुद्दाम", "khoon nikal", "खून निकल", "mudaamhun", "मुद्दामहून",
               "on purpose", "shiksha", "शिक्षा", "punishment", "अच्छा लगा", "फिर करूंगा", "not the first time",
               "shuts my head up", "dont tell my mother", "don't tell", "rehta hu", "रहता हूं", "रहता हूँ",
               "खून रुक नहीं", "khoon ruk nahi", "when the anger comes"),
    "am_fire": ("शेकोटीत", "shekotit", "aag me", "आग में", "fire", "शेकोटी", "bhatti me"),
    "am_put": ("घालून", "ghalun", "daal", "डाल", "put", "ठेवला", "thevla", "रख", "rakh"),
    "am_tied_tight": ("kas ke baandhta", "कस के बांधता", "itni kas ke", "neeli pad jaye", "नीली पड़ जाए",
                      "nili pad jaye", "kas ke bandh", "घट्ट बांधतो", "ghatta bandhto"),
    "am_burns_given": ("चटके देतो", "chatke deto", "चटके देतोय", "chatke detoy", "चटके दिले", "chatke dile",
                       "चटके घेतो", "burns himself", "burning himself"),
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
                unless=_g("gp_mishap", "negation"), unless_reach=2),
    Combination(SH, (_g("sb_anger"), _g("am_body"), _g("am_hurt_act")), 12, across=True,
                unless=_g("gp_mishap", "negation"), unless_reach=2),
    Combination(SH, (_g("am_chilli"), _g("am_wound"), _g("am_rub")), 8),
    Combination(SH, (_g("am_fire"), _g("am_body"), _g("am_put"), _g("am_why")), 12, across=True),
    Combination(SH, (_g("am_body"), _g("am_tied_tight")), 10),
    Combination(SH, (_g("am_body"), _g("am_burns_given")), 3),
)
