"""Suicide told by painters on the scaffolding and by sugarcane cutters (round 36, holdouts 114
and 117):

- the harness or the rope's lock left off on purpose, and the fall taken for an accident: "rope ला
  lock नाही लावणार, मुद्दाम. मग सगळे accident म्हणतील", "harness नहीं बांधूँगा, सोच रहा हूँ";
- the insurance or the accident money the family would get, beside the writer gone or the only
  way left: "trolley खाली झोपलो तर insurance चे पैसे तरी बायकोला मिळतील", "चुकाने का एक ही रास्ता
  बचा है, बीमा वाला";
- lying under the trolley, and the neighbours who pulled him out;
- the rope thrown over the fan ("पंखे पर रस्सी डाल दी"), a new rope that is "not for the bullock";
- alone up on a floor whose railing is low.

A harness left off alone is a grumble about the heat, and an accident alone is news: each needs
the intent, the insurance or the plan beside it. Words and the rules that read them (appended
to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "sc_safety_left_off": ("harness नहीं बांधूँगा", "harness नहीं बांधूंगा", "harness nahi bandhunga",
                           "harness nahi baandhunga", "harness nahi bandhnar", "harness नाही बांधणार",
                           "unhook the harness", "unclip the harness", "take off the harness", "without the harness",
                           "lock नाही लावणार", "lock nahi lavnar", "lock nahi lagaunga", "lock नहीं लगाऊंगा",
                           "belt nahi lagaunga", "belt नहीं लगाऊंगा", "belt nahi lavnar", "belt काढून", "belt kadhun",
                           "हार्नेस नहीं बांधूंगा", "हार्नेस नाही बांधणार"),
    "sc_accident_said": ("accident म्हणतील", "accident mhantil", "will say accident", "say it was an accident",
                         "look like an accident", "accident lagega", "एक्सीडेंट लगेगा", "accident lagel",
                         "accident लगेगा", "accident samjhenge", "accident समझेंगे", "accident samajtil",
                         "अपघात म्हणतील", "apghat mhantil", "अपघातच समजतील", "अपघात समजतील", "apghatach samajtil",
                         "apghat samajtil", "अपघातच म्हणतील", "apghatach mhantil"),
    "sc_on_purpose": ("मुद्दाम", "muddam", "muddaam", "jaan bujh ke", "jaan boojh ke", "जान बूझ के", "जानबूझकर",
                      "deliberately", "on purpose", "सोच रहा हूँ", "soch raha hu", "soch raha hoon", "i'm thinking",
                      "im thinking"),
    "sc_insurance_money": ("insurance चे पैसे", "insurance che paise", "insurance ke paise", "insurance का पैसा",
                           "insurance money", "विम्याचे पैसे", "vimyache paise", "बीमा वाला", "bima wala",
                           "bima vala", "बीमे के पैसे", "bime ke paise", "contractors insurance",
                           "contractor's insurance", "factory accident money", "accident money", "विमा तरी",
                           "vima tari", "insurance तरी", "insurance tari", "अपघात विमा", "apghat vima",
                           "accident insurance", "accidental insurance"),
    # Lying down under the trolley or the truck (not a bike pulled out from under one).
    "sc_under_the_wheels": ("trolley खाली झोपलो", "trolley khali zoplo", "ट्रॉलीखाली झोपायला", "trolleykhali zopayla",
                            "ट्रॉलीखाली झोपलो", "truck ke neeche so jaun", "truck ke neeche let jaun",
                            "ट्रक के नीचे सो जाऊं", "ट्रक के नीचे लेट जाऊं", "lie under the truck", "lie under the trolley",
                            "lie down under the trolley", "lie down under the truck", "ट्रॉलीच्या खाली झोपलो",
                            "tractor khali zoplo", "ट्रॅक्टरखाली झोपलो"),
    "sc_pulled_back": ("ओढून आणलं", "odhun anla", "odhun aanla", "kheench ke laye", "खींच के लाए",
                       "khinch ke laye", "pulled him out", "pulled him back", "dragged him back", "dragged him out"),
    # The rope put over ("पंखे पर रस्सी डाल दी"): the verb after the rope.
    "sc_rope_put": ("डाल दी", "डाल दिया", "daal di", "dal di", "daal diya", "टाकली", "takli", "taakli", "लटका दी",
                    "latka di", "threw", "thrown"),
    # Clothes hung to dry on a line over the fan.
    "sc_for_drying": ("kapde", "कपडे", "कपड़े", "sukhane", "सुखाने", "वाळत", "valat", "clothes", "drying"),
    "sc_not_for_the_animal": ("bail ke liye nahi", "बैल के लिए नहीं", "बैलासाठी नाही", "bailasathi nahi",
                              "not for the bullock", "not for the buffalo", "not for the cow", "bhains ke liye nahi",
                              "म्हशीसाठी नाही", "mhashisathi nahi", "gaay ke liye nahi",
                              # a rope from the shop's own shelf, "not for selling" (round 39)
                              "विकायला नाही", "vikayla nahi", "bechne ke liye nahi", "बेचने के लिए नहीं", "not for sale"),
    "sc_railing_low": ("कठडा खूप खाली", "kathda khup khala", "kathda khup khali", "kathda khup khalcha",
                       "railing is low", "railing is very low", "no railing", "railing nahi", "रेलिंग नहीं",
                       "कठडा नाही", "kathda nahi"),
    "sc_alone_up": ("mi ekta", "मी एकटा", "mi ekti", "मी एकटी", "akela hu", "अकेला हूँ", "akela hoon",
                    "alone up here", "i am alone", "im alone", "i'm alone"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

SCAFFOLD_AND_CANE_SEASON: tuple[Combination, ...] = (
    # The harness or the lock left off, with the intent, the accident or the insurance said.
    Combination(S, (_g("sc_safety_left_off"), _g("sc_accident_said", "sc_on_purpose", "sc_insurance_money")),
                16, across=True),
    # The accident everyone will see, meant or for the insurance.
    Combination(S, (_g("sc_accident_said"), _g("sc_on_purpose", "sc_insurance_money")), 16, across=True),
    # The insurance money, beside the writer gone, the only way left or the trolley's wheels.
    Combination(S, (_g("sc_insurance_money"), _g("when_i_go", "eol_if_i_go", "only_way", "hm_one_way_left",
                                                   "sc_under_the_wheels")), 16, across=True),
    # Lay under the trolley and was pulled out.
    Combination(S, (_g("sc_under_the_wheels"), _g("sc_pulled_back")), 16, across=True),
    # The rope thrown over the fan; a new rope not for the animal.
    Combination(S, (_g("ligature"), _g("hanging_point"), _g("sc_rope_put")), 6,
                unless=_g("hanging_harmless", "sc_for_drying"), unless_reach=6),
    Combination(S, (_g("ligature"), _g("sc_not_for_the_animal")), 8, across=True),
    # Alone up there, the railing low.
    Combination(S, (_g("sc_alone_up"), _g("sc_railing_low")), 16, across=True),
)
