"""Petrol and the cabin dropped (the reading of rounds 128-129's threats): "I'll burn that shopkeeper down
today, I've brought petrol", petrol taken to the contractor's house "no money, then no house of his", "I'll put
the finance agent under the trailer", "I'll take the spanner to the secretary's head", "lower him into the pit
and drop the cabin from above", "let's see how he survives", "catch him outside and break him, the men are
ready"; "I'll finish my brother-in-law", "I'll cut off his
head", "setting fire to his car tonight".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "vb_burn_down": ("jaaladun takto", "jaladun takto", "जाळून टाकतो", "जाळून टाकीन", "jalun takto", "jaalun takto",
                     "जला दूंगा", "jala dunga", "जला के राख कर दूंगा", "पेटवून देतो", "petvun deto", "पेटवणार",
                     "petavnar", "पेटवून देणार", "set him on fire", "burn him"),
    "vb_fuel": ("petrol", "पेट्रोल", "kerosene", "रॉकेल", "rockel", "घासलेट", "ghaslet", "diesel", "डिझेल",
                "मिट्टी का तेल", "mitti ka tel"),
    "vb_burning_work": ("kachra", "कचरा", "garbage", "पाला", "leaves", "holi", "होळी", "होली", "stubble", "parali",
                        "पराली", "गवत", "gavat", "bhusa", "भूसा", "generator", "गाडी", "gaadi", "bike", "tank", "टाकी"),
    "vb_his_house": ("त्याच्या घरी", "tyachya ghari", "उसके घर", "uske ghar", "his house", "त्याचं घर", "tyacha ghar"),
    "vb_or_else": ("नाही तर", "nahi tar", "nahitar", "nahi to", "नहीं तो", "or else", "पैसे नाही तर", "paise nahi tar"),
    "vb_under_give": ("के नीचे दे दूंगा", "ke neeche de dunga", "ke niche de dunga", "के नीचे डाल दूंगा",
                      "ke neeche daal dunga", "खाली घालतो", "khali ghalto", "खाली घालणार", "khali ghalnar",
                      "under the wheels of"),
    "vb_vehicle": ("truck", "ट्रक", "trala", "ट्राला", "trolley", "tractor", "ट्रैक्टर", "dumper", "डंपर", "bus", "बस",
                   "train", "ट्रेन"),
    "vb_tool": ("spanner", "पाना", "पान्याने", "rod", "रॉड", "hammer", "hathoda", "हथौड़ा", "hatoda", "हातोडा", "danda",
                "डंडा", "bat", "box cutter", "cutter", "कटर", "sickle", "koyta", "कोयता"),
    "vb_to_his_head": ("to his head", "to the secretarys head", "to the secretary's head", "uske sir pe", "उसके सिर पे",
                       "उसके सिर पर", "त्याच्या डोक्यात", "tyachya dokyat", "sar phod dunga", "सर फोड़ दूंगा",
                       "डोकं फोडतो", "dok fodto"),
    "vb_see_how": ("बघू कसा वाचतो", "baghu kasa vachto", "देखता हूं कैसे बचता", "dekhta hu kaise bachta",
                   "dekhte hai kaise bachta", "see how he survives", "will see who is laughing",
                   "he will see who is laughing"),
    "vb_act": ("brake सोडणार", "brake sodnar", "केबिन सोडणार", "cabin sodnar", "cabin सोडणार", "bring the", "box cutter",
               "चाकू", "chaku", "knife"),
    "vb_drop_on": ("वरून केबिन सोडणार", "varun cabin sodnar", "ऊपर से केबिन", "upar se cabin", "cabin सोडणार",
                   "केबिन सोडणार", "brake सोडणार", "brake sodnar"),
    "vb_catch": ("गाठून", "gathun", "pakad ke", "पकड़ के", "gherun", "घेरून"),
    "vb_beat": ("तोडणार", "todnar", "फोडणार", "phodnar", "fodnar", "ठोकणार", "thoknar", "tod dunga", "तोड़ दूंगा",
                "maarenge", "मारेंगे", "पिटणार"),
    # Rounds 130-131: "मेहुण्याला संपवून टाकेन", "arbiter को ... मारूंगा", "tyacha mundka chheden", "setting fire to his car".
    "vb_finish_him": ("संपवून टाकेन", "sampvun taken", "संपवून टाकीन", "sampvun takin", "खत्म कर दूंगा",
                      "khatam kar dunga"),
    "vb_behead": ("mundka chheden", "मुंडकं छाटेन", "mundka chhatin", "sar kaat dunga", "सर काट दूंगा",
                  "gala kaat dunga", "गला काट दूंगा", "मुंडकं उडवेन", "mundka udaven"),
    "vb_fire_his": ("setting fire to his", "set fire to his", "uski gaadi jala dunga", "उसकी गाड़ी जला दूंगा",
                    "त्याची गाडी जाळणार", "tyachi gadi jalnar", "त्याचं घर पेटवणार"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

PETROL_AND_THE_CABIN_DROPPED: tuple[Combination, ...] = (
    Combination(HO, (_g("vb_burn_down"), _g("vb_fuel")), 12, across=True, unless=_g("vb_burning_work"),
                unless_reach=8),
    Combination(HO, (_g("vb_fuel"), _g("vb_his_house"), _g("vb_or_else")), 20, across=True),
    Combination(HO, (_g("vb_vehicle"), _g("vb_under_give")), 4),
    Combination(HO, (_g("vb_tool"), _g("vb_to_his_head")), 8),
    Combination(HO, (_g("vb_see_how"), _g("vb_act")), 20, across=True),
    Combination(HO, (_g("other_target", "dz_him"), _g("vb_drop_on")), 12),
    Combination(HO, (_g("vb_catch"), _g("vb_beat")), 4),
    Combination(HO, (_g("other_target", "dz_him", "relation"), _g("vb_finish_him")), 4),
    Combination(HO, (_g("vb_behead"),)),
    Combination(HO, (_g("vb_fire_his"),)),
)
