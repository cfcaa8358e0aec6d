"""The road home waited on, the man set alight, the gelatin stick, and the poisons of the orchard and the
pawn shop (the reading of rounds 88-89: orchestra bars, chai tapris, santra orchards, manganese mines,
the tehsil's typists, pawn shops):

- "he won't reach home this time", "I know which road he takes", "I will be waiting on the road";
- the trader's truck set alight with the driver in it; petrol poured on the agent's car and him burnt;
- "I'll smash him with a bottle"; threatened to burn her, with kerosene in his hand (reported);
- a gelatin stick under his scooter; the supervisor left inside at the blast;
- rat-kill cake eaten, Rogor poured or emptied into the mouth, cyanide kept beside the safe's key.

A bus that will not reach home in time, rubbish burnt, a blast timed by the foreman, Rogor sprayed on
the trees stay quiet.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import NOT_MINE, Combination, _g
from alumni.domain.crisis.detection import Category

OD, HO = Category.OVERDOSE, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "rh_wont_reach_home": ("will not reach home", "wont reach home", "won't reach home", "he wont reach",
                           "he won't reach", "ghar nahi pahunchega", "घर नहीं पहुंचेगा", "घर नहीं पहुँचेगा",
                           "ghari pohochnar nahi", "घरी पोहोचणार नाही", "ghari pochnar nahi", "wont walk back home", "won't walk back home"),
    "rh_lying_in_wait": ("i will be waiting", "ill be waiting", "waiting on", "which road he takes",
                         "i know which road", "i know where he lives", "raste me milunga", "रास्ते में मिलूंगा",
                         "rastyat gathto", "रस्त्यात गाठतो", "this time", "i know where he sits", "i know where he"),
    "rh_set_alight": ("पेटवून देतो", "petvun deto", "पेटवून देईन", "petvun dein", "पेटवतो", "petavto", "जाळतो",
                      "jalto", "jaalto", "jalvto", "जाळवतो", "जाळून टाकतो", "jalun takto", "jala dunga",
                      "जला दूंगा", "जला दूँगा", "aag laga dunga", "आग लगा दूंगा", "set him on fire", "burn him"),
    "rh_with_him": ("ड्रायव्हरसकट", "driversakat", "त्याच्यासकट", "tyachyasakat", "tyala", "त्याला", "usko",
                    "उसको", "usse", "him", "ला उद्या"),
    "rh_smash": ("bottle ne phodnar", "बाटलीने फोडणार", "bottle ne phodto", "बाटलीने फोडतो", "bottle se phod dunga",
                 "बोतल से फोड़ दूंगा", "doka phodnar", "डोकं फोडणार", "sar phod dunga", "सर फोड़ दूंगा", "todun kadhin", "तोडून काढीन", "ekekala todun"),
    "rh_burn_threat": ("जला देने की धमकी", "jala dene ki dhamki", "जलाने की धमकी", "jalane ki dhamki",
                       "जाळून टाकण्याची धमकी", "jalun takaychi dhamki", "threatening to burn", "threatens to burn"),
    "rh_his_vehicle": ("under his scooter", "his scooter", "his bike", "his car", "uski gaadi", "उसकी गाड़ी",
                       "tyachya gadi", "त्याच्या गाडी"),
    "rh_into_mouth": ("तोंडात", "tondat", "मुंह में", "munh me", "muh me", "into my mouth", "in my mouth"),
    "rh_poured_in": ("ओतलं", "otla", "ओतला", "रिकामं केलं", "rikama kela", "rikam kela", "डाल लिया", "daal liya",
                     "उंडेल", "undel", "poured", "emptied"),
    "rh_shoot": ("गोळी घालायची", "goli ghalaychi", "goli maar dunga", "गोली मार दूंगा", "shoot him",
                 "12 bore into him", "into him, i swear"),
    "rh_on_his_head": ("on his head", "uske sar pe", "त्याच्या डोक्यात", "tyachya dokyat", "on his face",
                       "uske munh pe", "त्याच्या तोंडावर"),
    "rh_tool": ("tommy bar", "rod", "रॉड", "hammer", "हातोडा", "spanner", "boiling", "उकळत", "ubalta", "kadhai"),
    "rh_strike_with": ("koytyane vaar karin", "कोयत्याने वार करीन", "vaar karin", "वार करीन", "vaar karunga",
                       "वार करूंगा"),
    "rh_into_oven": ("oven मध्ये टाकतो", "oven madhe takto", "भट्टीत टाकतो", "bhattit takto", "oven me daal dunga"),
    "rh_sleep_bottle": ("नींद वाली पूरी शीशी", "नींद की पूरी शीशी", "neend wali puri shishi", "पूरी शीशी खाली",
                        "puri shishi khali", "whole bottle of sleeping"),
    "rh_mixing": ("mixing it in water", "mix kar raha", "पाण्यात मिसळ", "mix करून", "mix karun", "पानी में मिला"),
    "rh_not_responding": ("जवाब नहीं दे रहा", "jawab nahi de raha", "उठत नाही", "uthat nahi", "not responding",
                          "बेहोश", "behosh", "unconscious"),
    "rh_blast": ("blast", "ब्लास्ट", "स्फोट", "sphot"),
    "rh_leave_inside": ("अंदर ही छोड़ दूँगा", "अंदर ही छोड़ दूंगा", "andar hi chhod dunga", "अंदर छोड़ दूंगा",
                        "andar chhod dunga", "आत सोडून देतो", "aat sodun deto", "leave him inside"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # Rat-kill cakes, the orchard's Rogor (dimethoate), the goldsmith's cyanide.
    "poison": ("zuralanchi", "झुरळांचं", "झुरळांची", "cockroach medicine", "रॅटकिल*", "ratkil*", "रैटकिल*", "रोगर*", "rogor*", "सायनाइड*", "cyanide*", "sayanide*", "सायनाईड*"),
}

ROAD_HOME_AND_THE_GELATIN_STICK: tuple[Combination, ...] = (
    Combination(HO, (_g("rh_wont_reach_home"), _g("rh_lying_in_wait")), 20, across=True),
    Combination(HO, (_g("rh_set_alight"), _g("rh_with_him", "other_target")), 6, across=True,
                unless=_g("negation"), unless_reach=2),
    Combination(HO, (_g("fuel"), _g("rh_set_alight")), 6, unless=_g("negation"), unless_reach=2),
    Combination(HO, (_g("rh_smash"),), unless=_g("negation"), unless_reach=2),
    Combination(HO, (_g("rh_burn_threat"),)),
    Combination(HO, (_g("mz_explosive"), _g("rh_his_vehicle")), 8, across=True),
    Combination(HO, (_g("rh_blast"), _g("rh_leave_inside")), 10, across=True),
    # "रोगरचं पाकीट तोंडात ओतलं": a poison poured into the writer's own mouth.
    Combination(OD, (_g("poison", "farm_poison"), _g("rh_into_mouth", "rh_poured_in"), _g("rh_poured_in")), 8,
                across=True, unless=NOT_MINE, unless_reach=2),
    Combination(HO, (_g("rh_shoot"),), unless=_g("negation"), unless_reach=2),
    Combination(HO, (_g("rh_on_his_head"), _g("rh_tool", "tk_weapon")), 6, unless=_g("negation"), unless_reach=2),
    Combination(HO, (_g("rh_strike_with"),), unless=_g("negation"), unless_reach=2),
    Combination(HO, (_g("rh_into_oven"),), unless=_g("negation"), unless_reach=2),
    Combination(OD, (_g("rh_sleep_bottle"),)),
    Combination(OD, (_g("poison", "farm_poison"), _g("rh_mixing")), 8, across=True, unless=_g("negation"),
                unless_reach=2),
    Combination(OD, (_g("pills", "sleeping_pills"), _g("rh_not_responding")), 10, across=True),
)
