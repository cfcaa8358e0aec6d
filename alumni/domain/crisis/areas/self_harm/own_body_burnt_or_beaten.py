"""Self-harm told with the writer's own hand, fingers, arm, knee or head named, and the heat or the
blow put to them (the second reading of rounds 62-63, holdouts 218, 220-222, 224 and 225):

- burnt: "torch jala ke apni ungliyan jalayi aaj", "टॉर्च की लौ से अपनी हथेली जलाई", "garam copper
  pipe se bazu pe daag deta hu", "गरम कॉपर पाईप दंडाला लावतो रोज रात्री";
- held over the flame: "शेगडीवर हात धरून ठेवला मुद्दाम", "दिव्याच्या ज्योतीवर बोट धरून ठेवलं
  भाजेपर्यंत";
- beaten, over and over: "हथौड़े से अपने ही घुटने पे मारता रहा", "swatahchya gudghyavar marto";
- acid poured on the writer's own arm, a hand put into the roller on purpose, a key heated and
  pressed to the wrist (rounds 68-69);
- held to the freezer's pipe till numb: "फ्रीजरच्या थंड पाईपला हात चिकटवून ठेवतो बधिर होईपर्यंत" (rounds 64-65);
- the head banged against the tank or the wall: "अपना सिर tank पे पटकता रहा", "dok aapatto takivar",
  "bang my head on the steel tank till i feel nothing".

A hand burnt at work by accident names no "own" and no holding; a head banged "lol" over a bug in
the code is a laugh.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # The writer's own: "apni", "अपने ही", "स्वतःच्या", "my".
    "ob_own": ("apni", "apna", "apne", "अपनी", "अपना", "अपने", "apne hi", "अपने ही", "swatahchya", "स्वतःच्या",
               "swatachya", "स्वताच्या", "my own", "my"),
    # The hand and its fingers, the arm, the knee, the thigh.
    "ob_part": ("ungliyan", "ungliya", "ungli", "उंगली", "उंगलियां", "उंगलियाँ", "उँगलियाँ", "hatheli", "हथेली",
                "bot", "बोट", "bota", "बोटं", "bote", "dand", "दंड", "dandala", "दंडाला", "bazu", "बाजू", "बाज़ू", "बाजु",
                "ghutna", "ghutne", "घुटना", "घुटने", "gudgha", "गुडघा", "gudghyavar", "गुडघ्यावर", "mandi", "मांडी",
                "jangh", "जांघ", "kalai", "कलाई", "managat", "मनगट", "fingers", "finger", "palm", "palms", "wrist",
                "knee", "knees", "thigh", "forearm", "arm", "hand", "hath", "haath", "हाथ", "हात", "hat",
                # the foot and the leg (rounds 64-65's second reading: "belan se apne pair pe maarti rahi")
                "pair", "पैर", "pairon", "पैरों", "tang", "टांग", "paayavar", "पायावर", "payavar",
                "mutthi", "मुट्ठी", "mutthi me", "मुट्ठी में", "muthit", "मुठीत", "हातावर", "hatavar", "हातावरती"),
    # Burnt or branded: "jalayi", "daag deta hu", "भाजलं".
    "ob_burnt": ("jalayi", "jalaya", "jalai", "जलाई", "जलाया", "jala di", "जला दी", "jala diya", "जला दिया", "burnt",
                 "burned", "daag deta", "दाग देता", "daag diya", "दाग दिया", "daag dila", "डाग दिला", "daag deto",
                 "डाग देतो", "bhajla", "भाजला", "bhajli", "भाजली", "bhajle", "भाजलं", "bhajun ghetla", "भाजून घेतला"),
    # Kept hitting: "मारता रहा", "marto", "kept hitting".
    "ob_kept_hitting": ("मारता रहा", "marta raha", "maarta raha", "मारत राहिलो", "marat rahilo", "marto", "मारतो",
                        "kept hitting", "keep hitting", "kept smashing", "hathode se", "हथौड़े से", "hatodyane",
                        "maarti rahi", "marti rahi", "मारती रही", "मारत राहिले", "marat rahile",
                        # pounded (rounds 68-69: "हथौड़ी से अपनी ही उंगलियाँ कूट लेता हूँ")
                        "कूट लेता", "kut leta", "kuut leta", "कूट ली", "kut li", "kutun ghetla", "कुटून घेतलं",
                        "हातोड्याने", "spanner ne", "spanner se"),
    # Something hot pressed on: "garam copper pipe", "गरम कॉपर पाईप", "hot rod".
    "ob_hot_metal": ("garam copper", "गरम कॉपर", "garam pipe", "गरम पाईप", "गरम पाइप", "garam rod", "गरम रॉड",
                     "hot pipe", "hot rod", "hot copper", "garam plate", "गरम प्लेट", "garam loha", "गरम लोहा",
                     "tapleli", "तापलेली", "tapla", "तापला",
                     # rounds 68-69: a key heated, the van's silencer, the glue pot
                     "garam karke", "गरम करके", "garam karun", "गरम करून", "silencer", "साइलेंसर", "सायलेन्सर",
                     "garam glue", "गरम glue", "hot glue", "glue चा pot", "garam silencer"),
    # Pressed to the skin, put on: "लावतो", "lagata hu", "daba di".
    "ob_pressed": ("लावतो", "lavto", "lavla", "लावला", "lagata", "लगाता", "lagaya", "लगाया", "lagata hu", "daba di",
                   "rakh di", "रख दी", "ठेवला", "thevla", "daba deta", "दबा देता", "लावली", "lavli",
                   "दबा दी", "daba diya", "press", "pressed", "pressing", "daag"),
    # Held over: "धरून ठेवला", "dharun thevla", "held it over".
    "ob_held_over": ("धरून ठेवला", "धरून ठेवलं", "धरून ठेवली", "dharun thevla", "dharun thevle", "dharun thevli",
                     "pakad ke rakha", "पकड़ के रखा", "held it over", "held my hand", "held my finger", "kept it over"),
    # The flame: the stove, the lamp's flame, the torch's.
    "ob_flame": ("शेगडी", "शेगडीवर", "shegdi", "shegdivar", "ज्योत", "ज्योतीवर", "jyot", "jyotivar", "लौ", "lau",
                 "flame", "stove", "gas", "chulha", "चूल्हा", "chulivar", "चुलीवर", "diva", "दिवा", "दिव्याच्या",
                 "bhajeparyant", "भाजेपर्यंत"),
    # The head banged: "सिर पटकता", "dok aapatto", "bang my head".
    "ob_head_banged": ("सिर पटकता", "sir patakta", "sar patakta", "सर पटकता", "सिर पटक", "sir patak", "apna sir",
                       "dok aapatto", "dok apatto", "डोकं आपटतो", "डोकं आपटत", "dok aaptat", "dok aapatla",
                       "डोकं आपटलं", "bang my head", "banged my head", "banging my head", "smash my head",
                       "hit my head on"),
    # ... and kept banging: "सिर पटकता रहा", "डोकं आपटत राहिलो".
    "ob_head_banged_on": ("सिर पटकता रहा", "sir patakta raha", "sar patakta raha", "सर पटकता रहा",
                          "sir patakti rahi", "सिर पटकती रही", "डोकं आपटत राहिलो", "dok aaptat rahilo",
                          "dok apatat rahilo", "kept banging my head", "kept hitting my head"),
    # What makes a banged head the writer's doing and not a joke: against a thing, again, till.
    # ("bang my head against the wall" alone is English's frustration, and stays so.)
    "ob_against": ("tank", "टाकी", "takivar", "टाकीवर", "tank पे", "deewar", "दीवार", "bhint", "भिंत",
                   "bhintivar", "भिंतीवर", "steel", "till", "jab tak", "जब तक", "tyanech bara", "त्यानेच बरं",
                   "feel nothing"),
    # Poured on the writer's own arm (rounds 68-69): "पॉलिशचं आम्ल हातावर ओतून घेतलं", "poured some of the
    # polishing acid on my forearm".
    "ob_acid": ("acid", "ॲसिड", "एसिड", "ऍसिड", "आम्ल", "aamla", "amla", "tezaab", "तेज़ाब", "तेजाब", "tezab"),
    "ob_poured_on": ("ओतून घेतलं", "otun ghetla", "otun ghetle", "ओतलं", "otla", "daal liya", "डाल लिया", "daal diya",
                     "poured", "poured some"),
    # Into the machine on purpose: "fed my fingers into the roller on purpose", "जानबूझ के हथेली घिसवा ली".
    "ob_machine": ("roller", "रोलर", "crusher", "क्रशर", "machine", "मशीन", "kharad", "खराद", "lathe", "belan",
                   "बेलन", "charak", "चरक", "charkha", "चरखा"),
    # Held to the freezer's pipe or the ice till numb (rounds 64-65's second reading): "फ्रीजरच्या थंड
    # पाईपला हात चिकटवून ठेवतो बधिर होईपर्यंत".
    "ob_held_to": ("चिकटवून ठेवतो", "चिकटवून ठेवला", "चिकटवून ठेवलं", "chiktavun thevto", "chiktavun thevla",
                   "chipka ke rakha", "चिपका के रखा", "chipka ke rakhta", "चिपका के रखता", "pakad ke rakha",
                   "पकड़ के रखा", "dharun thevto", "धरून ठेवतो", "held it", "held my hand", "kept my hand",
                   "pressed my hand"),
    "ob_till_numb": ("बधिर होईपर्यंत", "badhir hoiparyant", "sunn hone tak", "सुन्न होने तक", "सुन्न होईपर्यंत",
                     "sunna hoiparyant", "jab tak sunn", "जब तक सुन्न", "till it went numb", "until it went numb",
                     "till numb", "until numb", "till i couldnt feel", "till i could not feel", "jab tak chamdi",
                     "जब तक चमड़ी", "fafole pad", "फफोले पड़"),
    # By mistake, at the work: "galti se", "चुकून", "while cooking".
    "ob_by_mistake": ("galti se", "गलती से", "galti me", "chukun", "चुकून", "accidentally", "by mistake",
                      "by accident", "kaam karte waqt", "काम करते वक्त", "while working", "while cooking",
                      "kaam kartana", "काम करताना", "swayampak kartana", "स्वयंपाक करताना", "kaam karke", "काम करके",
                      "kaam karun", "काम करून"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

OWN_BODY_BURNT_OR_BEATEN: tuple[Combination, ...] = (
    Combination(SH, (_g("ob_own"), _g("ob_part"), _g("ob_burnt", "ob_kept_hitting")), 6, order=True,
                unless=_g("laugh", "by_accident", "ob_by_mistake"), unless_reach=8),
    # (not the lexicon's "by_accident": "rod" folds onto its "road")
    Combination(SH, (_g("ob_hot_metal"), _g("ob_part"), _g("ob_pressed")), 8, unless=_g("ob_by_mistake"),
                unless_reach=8),
    Combination(SH, (_g("ob_part"), _g("ob_held_over"), _g("ob_flame")), 8, across=True),
    Combination(SH, (_g("ob_acid"), _g("ob_part"), _g("ob_poured_on")), 8, unless=_g("ob_by_mistake"),
                unless_reach=8),
    Combination(SH, (_g("th_on_purpose"), _g("ob_part"), _g("ob_machine")), 8, across=True),
    Combination(SH, (_g("ob_part"), _g("ob_held_to"), _g("ob_till_numb")), 10, order=True,
                unless=_g("ob_by_mistake"), unless_reach=8),
    Combination(SH, (_g("ob_head_banged"), _g("ob_against")), 8, unless=_g("laugh"), unless_reach=8),
    Combination(SH, (_g("ob_head_banged_on"),), 0, unless=_g("laugh"), unless_reach=8),
)
