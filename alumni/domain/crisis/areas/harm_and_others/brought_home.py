"""Overdose and harm to others told inside a long message (round 12: holdout 33): what a nurse
or a ward boy brings home from the ward's store (vials, insulin) injected or to be injected
all at once, with the body's answer (a racing heart, numb hands); a farm poison kept in the
car or the shed for tonight, when nobody is home; and a vehicle to be driven over a man
("run the truck over him", "uspe truck chadha dunga", "अंगावर गाडी घालीन"). Words and the
rules that read them (appended to the area's COMBINATIONS by rules.py).

A nurse bringing insulin for her mother-in-law, a vial given by the doctor, pesticide for the
crops and a truck that ran over a dog stay quiet: each rule needs the dose's amount or the
body's answer, the night chosen, or the writer's will against a person.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO, OD = Category.HARM_TO_OTHERS, Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # What is injected, by its container or its name.
    "injectable": ("vials", "ampoule*", "ampule*", "insulin*", "इन्सुलिन*", "इंसुलिन*", "injection*",
                   "इंजेक्शन*", "injekshan*", "shishi", "शीशी", "kupi", "कुपी", "morphine", "मॉर्फिन", "ketamine",
                   "midazolam", "potassium", "pottasium", "पोटॅशियम"),
    # To be injected, by the writer: "टोचून घेणार", "inject kar lunga", "going to inject".
    "inject_future": ("tochun ghenar", "टोचून घेणार", "tochun gheil", "टोचून घेईन", "tochun ghein",
                      "inject karnar", "इंजेक्ट करणार", "inject kar lunga", "inject kar lungi", "इंजेक्ट कर लूंगा",
                      "laga lunga", "लगा लूंगा", "laga lungi", "लगा लूंगी", "going to inject", "will inject",
                      "gonna inject", "ill inject", "i'll inject", "inject all", "inject it all", "inject them all"),
    # The body's answer to a dose: the heart racing, hands numb, the eyes going dark.
    "dose_symptom": ("heart is racing", "heart racing", "heart is pounding", "heart pounding", "heart beating fast",
                     "chest pounding", "hands numb", "hands are numb", "hands going numb", "legs numb", "numb",
                     "dhadkan tez", "धड़कन तेज़", "धड़कन तेज", "dil tez", "dil bahut tez", "दिल बहुत तेज़",
                     "haath sunn", "हाथ सुन्न", "sunn pad", "सुन्न पड़", "chhati dhad*", "chhatit dhad*",
                     "छातीत धड*", "हात बधिर", "hat badhir", "badhir", "बधिर", "cant see properly",
                     "vision blurry", "blurry", "dhundhla", "धुंधला", "andhera chha", "अंधेरा छा",
                     "dolyasamor andhar", "डोळ्यासमोर अंधार", "cold sweat", "thanda pasina", "ठंडा पसीना",
                     "sweating a lot", "shaking badly"),
    # A farm poison by its name in any case: "kitaknashakacha dabba", "कीटकनाशकाची बाटली".
    "farm_poison": ("kitaknashak*", "कीटकनाशक*", "keetnashak*", "कीटनाशक*", "tannashak*", "तणनाशक*",
                    "pesticide*", "insecticide*", "herbicide*", "weedicide*", "thimet", "monocrotophos",
                    "endosulfan", "paraquat", "gramoxone", "chuhe mar*", "चूहे मार*", "undir mar*", "उंदीर मार*"),
    # The night chosen, nobody at home: "aaj ratri ghari konich nahi", "jab ghar pe koi nahi".
    "nobody_home": ("ghari konich nahi", "घरी कोणीच नाही", "ghari koni nasel", "घरी कोणी नसेल",
                    "ghari konich nasel", "घरी कोणीच नसेल", "ghar pe koi nahi", "घर पे कोई नहीं", "ghar par koi nahi",
                    "घर पर कोई नहीं", "ghar me koi nahi", "घर में कोई नहीं", "jab koi nahi hoga", "जब कोई नहीं होगा",
                    "koi nahi hoga ghar", "when nobody is home", "when no one is home", "nobody is home",
                    "no one is home", "nobody will be home", "no one will be home", "when everyone is asleep",
                    "sab so jayenge", "सब सो जाएंगे", "sagle zoplyavar", "सगळे झोपल्यावर"),
    # The crops sprayed: what a farm poison is for.
    "spraying": ("favarni*", "fawarni*", "फवारणी*", "फवारनी*", "spray*", "chhidak*", "छिड़क*", "chidak*",
                 "pikavar", "पिकावर", "crops", "fasal", "फसल"),
    # Kept at hand for it: in the car, the shed, under the bed.
    "stowed": ("gadit thevla", "गाडीत ठेवला", "gadit thevli", "गाडीत ठेवली", "gadit thevlay", "गाडीत ठेवलाय",
               "thevla ahe", "ठेवला आहे", "thevli ahe", "ठेवली आहे", "aanun thevla", "आणून ठेवला",
               "aanun thevli", "आणून ठेवली", "aanun thevlya", "आणून ठेवल्या", "gaadi me rakha", "गाड़ी में रखा",
               "gaadi mein rakhi", "गाड़ी में रखी", "la ke rakha", "ला के रखा", "la ke rakhi", "ला के रखी",
               "kept in the car", "kept it in the car", "in the car", "in the boot", "in the dickey",
               "under the bed", "bed ke neeche", "बेड के नीचे"),
    # Driving over a person, said with the will: "run the truck over him", "uspe truck chadha dunga".
    "run_over": ("run the truck over", "run the car over", "run the bus over", "run the tractor over",
                 "run the bike over", "run my truck over", "run my car over", "run him over", "run her over",
                 "run them over", "run over him", "run over her", "drive the truck over", "drive over him",
                 "truck chadha dunga", "ट्रक चढ़ा दूंगा", "gaadi chadha dunga", "गाड़ी चढ़ा दूंगा", "tractor chadha dunga",
                 "kuchal dunga", "कुचल दूंगा", "kuchal dalunga", "कुचल डालूंगा",
                 "kuchal daalunga", "gaadi ghalin", "गाडी घालीन", "truck ghalin", "ट्रक घालीन", "gadi ghalto",
                 "गाडी घालतो", "truck ghalto", "ट्रक घालतो", "chirdun takin", "चिरडून टाकीन", "chirdun taknar",
                 "चिरडून टाकणार", "chirdun takto", "चिरडून टाकतो"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

COMBINATIONS: tuple[Combination, ...] = (
    # Injected, all at once or with the body's answer: "injected 3 vials ... heart is racing".
    Combination(OD, (_g("injectable"), _g("inject", "needle_verb", "use", "use_strong"),
                     _g("dose_symptom", "at_once")), 14, across=True,
                unless=_g("medical", "by_accident", "third_person")),
    # To be injected all at once, tonight: "आज रात्री सगळं एकदम टोचून घेणार आहे".
    Combination(OD, (_g("injectable"), _g("inject_future"), _g("at_once", "it_all", "quantity")), 14,
                across=True, unless=_g("dose")),
    # A farm poison kept in the car for tonight, when nobody is home.
    Combination(OD, (_g("farm_poison", "poison"), _g("stowed", "kept_ready"),
                     _g("nobody_home", "use_future")), 20, across=True, unless=_g("spraying")),
    Combination(OD, (_g("farm_poison", "poison"), _g("nobody_home"), _g("use_future", "drink_verb")), 20,
                across=True, unless=_g("spraying")),
    # A vehicle driven over a person: "im going to run the truck over him".
    Combination(HO, (_g("run_over"), _g("other_target", "third_person", "relation", "named_target")), 4, unless=_g("almost_did", "by_accident")),
)
