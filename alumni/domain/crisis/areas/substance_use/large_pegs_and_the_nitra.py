"""Large pegs and the nitra (the reading of rounds 128-129's relapses): brown sugar "taken again from the
Aminabad guy", nitrazepam "two eaten without a prescription", opium "on for two days", "started with beer and
the whole khamba finished", "two large taken, control went", two cough syrups bought and drunk, "अमल ले लिया फिर
से".

Words and the rules that read them (appended to the area's COMBINATIONS by readings_from_round_88.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "ve_brown": ("brown",),
    "ve_brown_took": ("li", "ली", "ghetli", "घेतली", "ghetla", "घेतला", "maari", "मारी", "chased", "fooki", "फूंकी"),
    "ve_brown_again": ("slip", "parat", "परत", "phir", "फिर", "again", "dubara", "दुबारा", "bande se", "बंदे से",
                       "puriya", "पुड़िया", "pudi", "पुडी"),
    "ve_sleep_tabs": ("nitra", "नाइट्रा", "नित्रा", "nitrazepam", "nitravet", "alprax", "अल्प्रैक्स", "restyl",
                      "clonazepam", "clonotril", "zolpidem", "tramadol", "ativan"),
    "ve_no_prescription": ("bina parchi", "बिना पर्ची", "without prescription", "without a prescription",
                           "chitthi nahi", "चिठ्ठी नाही", "चिट्ठी नाही", "parchi nahi", "पर्ची नहीं", "prescription nahi",
                           "prescription नाही"),
    "ve_opium": ("अफू", "afu", "afeem", "अफीम", "डोडा पोस्त", "doda post"),
    "ve_ongoing": ("चालू आहे", "chalu ahe", "chalu aahe", "चल रहा है", "chal raha hai", "सुरू आहे", "suru ahe"),
    "ve_khamba": ("खंबा", "khamba", "full bottle", "फुल बाटली"),
    "ve_finished": ("संपला", "sampla", "संपवला", "sampavla", "finished", "khatam kiya", "खत्म किया", "khatam kar diya"),
    "ve_serving": ("stock", "स्टॉक", "order", "ऑर्डर", "customer", "गिऱ्हाईक", "ग्राहक", "table", "counter", "serve",
                   "सर्व्ह", "pizza", "पिझ्झा", "पिज़्ज़ा", "coffee", "chai", "size", "shirt", "packet"),
    "ve_large": ("2 large", "do large", "दोन large", "don large", "ek large", "एक large", "3 large", "teen large",
                 "large peg", "large पेग"),
    "ve_had": ("घेतले", "ghetle", "had", "मारले", "marle", "pyalo", "प्यायलो", "ghetla", "घेतला",
               "control गेला", "control gela"),
    "ve_syrup": ("cough syrup", "कफ सिरप", "corex", "कोरेक्स", "phensedyl", "codeine", "कोडीन"),
    "ve_drank": ("pyalo", "प्यायलो", "pi li", "पी ली", "piya", "पिया", "gatak", "गटक", "drank", "ghetli", "घेतली",
                 "aanun pyalo"),
    "ve_for_a_cough": ("khansi", "खांसी", "खोकला", "khokla", "sardi", "सर्दी", "doctor", "डॉक्टर", "prescribed", "बच्चे",
                       "baby", "mulala", "मुलाला"),
    "ve_amal": ("अमल", "amal"),
    "ve_amal_took": ("ले लिया", "le liya", "kha liya", "खा लिया", "ghetla", "घेतला", "ली", "li"),
    "ve_again": ("फिर से", "phir se", "fir se", "again", "दुबारा", "dubara", "परत", "parat"),
    # Rounds 130-131: "मैं सीधा शराब की दुकान गया", "raha nahi gaya, le liya thoda", "tithech padlo hoto", codeine
    # syrup "without a cough", "देशी दुकानात एक टाकली".
    "ve_straight": ("सीधा", "seedha", "sidha", "सरळ", "sarla", "straight"),
    "ve_liquor_shop": ("शराब की दुकान", "sharab ki dukan", "theke pe", "ठेके पे", "ठेके पर", "wine shop", "गुत्त्यावर",
                       "gutyavar", "देशी दुकानात", "desi dukanat", "daru chya dukanat", "दारूच्या दुकानात"),
    "ve_went": ("गया", "gaya", "गेलो", "gelo", "went", "pahuncha", "पहुंचा"),
    "ve_refused": ("nahi", "नहीं", "नाही", "nahi gaya", "not", "didn't", "didnt", "past", "home", "ghar", "घर", "ghari",
                   "घरी", "samorun", "समोरून", "saamne se", "सामने से"),
    "ve_couldnt_resist": ("raha nahi gaya", "रहा नहीं गया", "rahavla nahi", "राहवलं नाही", "couldn't resist",
                          "couldnt resist"),
    "ve_took_some": ("le liya", "ले लिया", "ghetla", "घेतलं", "घेतला", "pi li", "पी ली", "odhla", "ओढला", "had some",
                     "took some"),
    "ve_toddy": ("tadi", "ताडी", "toddy", "daru", "दारू", "desi", "देशी", "mahua", "महुआ", "moha", "मोहा"),
    "ve_lay_there": ("tithech padlo", "तिथेच पडलो", "wahi pada raha", "वहीं पड़ा रहा", "wahin pada raha",
                     "lay there for"),
    "ve_no_cough": ("khokla nahi tarihi", "खोकला नाही तरीही", "khansi nahi fir bhi", "खांसी नहीं फिर भी",
                    "without a cough", "no cough but"),
    "ve_downed_one": ("एक टाकली", "ek takli", "ek maarli", "एक मारली", "ek chadha li", "एक चढ़ा ली"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

LARGE_PEGS_AND_THE_NITRA: tuple[Combination, ...] = (
    Combination(RE, (_g("ve_brown"), _g("ve_brown_took"), _g("ve_brown_again")), 8, across=True),
    Combination(RE, (_g("ve_sleep_tabs"), _g("ve_no_prescription")), 12, across=True),
    Combination(RE, (_g("ve_opium"), _g("ve_ongoing")), 6),
    Combination(RE, (_g("ve_khamba"), _g("ve_finished")), 6, unless=_g("ve_serving"), unless_reach=8),
    Combination(RE, (_g("ve_large"), _g("ve_had")), 6, unless=_g("ve_serving"), unless_reach=8),
    Combination(RE, (_g("ve_syrup"), _g("ve_drank")), 6, unless=_g("ve_for_a_cough"), unless_reach=10),
    Combination(RE, (_g("ve_amal"), _g("ve_amal_took"), _g("ve_again")), 8),
    Combination(RE, (_g("ve_straight"), _g("ve_liquor_shop"), _g("ve_went")), 6, unless=_g("ve_refused"),
                unless_reach=4),
    Combination(RE, (_g("ve_couldnt_resist"), _g("ve_took_some")), 8),
    Combination(RE, (_g("ve_toddy"), _g("ve_lay_there")), 12, across=True),
    Combination(RE, (_g("ve_syrup"), _g("ve_no_cough")), 12, across=True),
    Combination(RE, (_g("ve_toddy"), _g("ve_downed_one")), 6),
)
