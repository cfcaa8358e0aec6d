"""Self-harm kept up till it hurt, and the means made ready (the reading of rounds 126-127, its second part; the
first is track_and_the_rosary.py):

- self-harm kept up till it hurt ("till the skin burned", "till it swelled", "till the bone hurt", "till the
  anger settled" with a wound made), a hot thing laid on one's own wrist or arm, pins pushed into one's own
  fingers, the head banged on the floor till it split, one's own ear struck till it swelled, the blood seen
  "and I feel calm"; never beside a massage, ice, a doctor, an accident, a fall or stitching;
- overdose: the hair dye "I'll drink it", the rat-poison paste opened on the table (not for the rats in the
  godown), the whole strip eaten (not over a month).

Words and the rules that read them (appended to the area's COMBINATIONS by readings_from_round_50.py, right
after the first part's).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH, OD = Category.SELF_HARM, Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # Self-harm kept up till it hurt.
    "ux_until": ("jab tak", "जब तक", "paryant", "पर्यंत", "till", "until", "tak", "तक", "hoi paryant", "होईपर्यंत"),
    "ux_injury": ("jali", "जली", "jal gayi", "जल गई", "jalat", "जळत", "burnt", "burned", "blister",
                  "phod", "फोड", "sujan", "सूजन", "सूज", "swelling", "swollen", "khoon", "खून", "ragat", "रक्त",
                  "blood", "bled", "bleed", "jakham", "जखम", "zakham", "ज़ख्म", "chamdi", "चमड़ी", "haddi", "हड्डी",
                  "dukhi", "दुखी", "neela", "नीला", "bruise", "bruised", "sujla", "सुजला", "सुजलं", "phutla", "फुटला",
                  "फुटलं", "kapal phutla", "कपाळ फुटलं"),
    "ux_own_body": ("ungliyon", "उंगलियों", "ungliyo", "bot", "बोट", "bota", "बोटं", "bototun", "बोटातून", "botat",
                    "बोटात", "pair", "पैर", "pay", "पाय", "payavar", "पायावर", "haath", "हाथ", "hath", "hatavar",
                    "हातावर", "हातावरच", "managat", "मनगट", "मनगटावर", "मनगटाला", "managatala",
                    "managatavar", "bazu", "बाजू", "बाज़ू", "dand", "दंड", "arm", "arms", "wrist", "wrists", "fingers",
                    "finger", "thigh", "mandi", "मांडी", "मांडीवर", "kaan", "कान", "कानावर", "kanavar", "chamdi", "चमड़ी"),
    "ux_soothing": ("malish", "maalish", "मालिश", "massage", "tel", "तेल", "oil", "barf", "बर्फ", "ice", "cream",
                    "क्रीम", "dawai", "दवाई", "dava", "दवा", "औषध", "aushadh", "doctor", "डॉक्टर", "mehendi", "मेहंदी",
                    "dhoop", "धूप", "ruka", "रुका", "थांबलं", "thambla", "stopped", "kam hua", "कम हुआ", "utri", "उतरी",
                    "utarli", "उतरली", "ghatli", "घटली", "accident", "galti se", "गलती से", "chukun", "चुकून",
                    "by mistake", "gir", "गिर", "gira", "गिरा", "padlo", "पडलो", "fell", "slipped", "ghasarlo",
                    "घसरलो", "shivtana", "शिवताना", "silai", "सिलाई", "stitching", "sewing", "chakkar", "चक्कर", "kaam karte", "काम करते", "kaam kartana", "काम करताना", "donate",
                    "donation", "रक्तदान", "raktdan", "test"),
    "ux_hot_thing": ("अगरबत्ती", "agarbatti", "अगरबत्तीने", "agarbattine", "जळकं", "jalka", "जळकं लाकूड",
                     "jalka lakud", "मेणबत्ती", "menbatti", "मोमबत्ती", "mombatti", "jyoti", "ज्योती", "soldering",
                     "rod garam", "garam rod", "गरम रॉड", "गरम सळई", "garam salai", "matchstick", "माचिस", "machis",
                     "kadipeti", "काडीपेटी", "cigarette", "सिगरेट", "bidi", "बीडी", "lighter", "लाइटर", "iron",
                     "istri", "इस्त्री"),
    "ux_laid_on": ("laga leta", "लगा लेता", "laga leti", "लगा लेती", "लावलं", "lavla", "लावले", "lavle", "लगाता रहा",
                   "lagata raha", "लगाता", "lagata", "चटके देतो", "chatke deto", "चटके", "chatke", "daag deta",
                   "दाग देता", "thevla", "ठेवला", "ठेवलं", "laga liya", "लगा लिया", "pressed it", "held it"),
    "ux_small_sharp": ("pin", "pins", "sui", "सुई", "सुया", "suya", "needle", "needles", "kanta", "काटा", "stapler",
                       "nail", "टाचणी", "tachni", "bhartakamachi sui", "भरतकामाची सुई"),
    "ux_pushed_in": ("ghusa deta", "ghusa deti", "घुसा देता", "घुसा देती", "ghusa di", "घुसा दी", "ghusa li", "घुसा ली",
                     "ghusavte", "घुसवते", "ghusavto", "घुसवतो", "tochli", "टोचली", "tochto", "टोचतो", "tochte",
                     "टोचते", "chubhota", "चुभोता", "chubhoti", "चुभोती", "chubho di", "चुभो दी", "pushed into",
                     "push into", "stuck into", "poke into", "jab into"),
    "ux_head": ("dok", "डोकं", "डोके", "सिर", "head", "kapal", "कपाळ", "matha", "माथा"),
    "ux_banged": ("aaptla", "आपटलं", "आपटला", "aapatla", "aaptle", "आपटले", "pataka", "पटका", "patak diya",
                  "पटक दिया", "de maara", "दे मारा", "banged", "smashed", "फोडलं", "fodla"),
    "ux_hard_surface": ("farshivar", "फरशीवर", "farshi", "फरशी", "floor", "deewar", "दीवार", "भिंतीवर", "bhintivar",
                        "wall", "zameen", "ज़मीन", "जमीन"),
    "ux_struck": ("मारले", "marle", "maarle", "मारला", "marla", "maara", "मारा", "marta", "मारता", "hit", "punched",
                  "fist मारले", "thappad", "थप्पड़"),
    "ux_self": ("स्वतःच्या", "swatachya", "swatahachya", "khud ke", "खुद के", "apne", "अपने", "my own", "myself",
                "apni", "अपनी"),
    "ux_blood": ("khoon", "खून", "ragat", "रक्त", "blood"),
    "ux_calm_after": ("sukoon", "सुकून", "shant vatla", "शांत वाटलं", "shant vatta", "शांत वाटतं", "relief",
                      "aaram milta", "आराम मिलता", "halka lagta", "हल्का लगता", "feel calm", "calms me"),
    "ux_lines_drawn": ("lakeerein khench", "लकीरें खींच", "lakire khench", "reghya odhlya", "रेघा ओढल्या",
                       "lines on my", "drew lines", "hansiye se", "हंसिए से", "विळ्याने", "vilyane", "blade se"),
    # Overdose.
    "ux_hair_dye": ("काली मेहंदी वाली डाई", "kali mehndi", "काली मेहंदी", "hair dye", "डाई", "dye", "डाय", "vasmol",
                    "वसमोल", "super vasmol"),
    "ux_will_drink": ("पी लूंगा", "pi lunga", "पी लूंगी", "pi lungi", "पिऊन टाकेन", "piun taken", "पिणार", "pinar",
                      "will drink it", "drink it", "पी जाऊंगा", "pi jaunga"),
    "ux_rat_paste": ("ratol", "रॅटॉल", "रैटोल", "रेटोल", "ratol ki tube", "rat kill", "raticide"),
    "ux_opened_out": ("खोल के रखी", "khol ke rakhi", "खोलके रखी", "ughadun thevli", "उघडून ठेवली", "ughadun thevla",
                      "opened it", "open on the table", "सामने रखी", "samne rakhi", "table पे", "table pe"),
    "ux_pests": ("chuhe", "चूहे", "चूहों", "undir", "उंदीर", "उंदरं", "rats", "mice", "godown", "गोदाम", "kitchen"),
    "ux_whole_packet": ("अख्खं पाकीट", "akkha pakit", "akkha paket", "अख्खी स्ट्रिप", "akkhi strip", "पूरा पत्ता",
                        "poora patta", "pura patta", "saara patta", "सारा पत्ता", "whole strip", "whole packet",
                        "whole box"),
    "ux_eaten": ("खाल्लं", "khalla", "खाल्ली", "khalli", "खा लिया", "kha liya", "खा ली", "kha li", "kha gaya", "खा गया",
                 "kha gayi", "खा गई", "swallowed", "took", "gilun", "गिळलं", "gilla"),
    "ux_over_time": ("month", "mahine me", "महीने में", "mahinyat", "महिन्यात", "week", "hafte me", "हफ्ते में",
                     "athavdyat", "आठवड्यात", "roz ek", "रोज एक"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

KEPT_UP_TILL_IT_HURT: tuple[Combination, ...] = (
    # Self-harm kept up till it hurt.
    Combination(SH, (_g("ux_own_body"), _g("ux_until"), _g("ux_injury")), 10, unless=_g("ux_soothing"),
                unless_reach=10),
    Combination(SH, (_g("ux_hot_thing"), _g("ux_own_body"), _g("ux_laid_on")), 8, unless=_g("ux_soothing"),
                unless_reach=6),
    Combination(SH, (_g("ux_small_sharp"), _g("ux_own_body"), _g("ux_pushed_in")), 8, unless=_g("ux_soothing"),
                unless_reach=6),
    Combination(SH, (_g("ux_head"), _g("ux_hard_surface"), _g("ux_banged"), _g("ux_injury")), 12, across=True,
                unless=_g("ux_soothing"), unless_reach=8),
    Combination(SH, (_g("ux_self"), _g("ux_own_body"), _g("ux_struck"), _g("ux_injury")), 8,
                unless=_g("ux_soothing"), unless_reach=6),
    Combination(SH, (_g("ux_blood"), _g("ux_calm_after")), 6, unless=_g("ux_soothing"), unless_reach=8),
    Combination(SH, (_g("ux_lines_drawn"), _g("ux_own_body")), 6, unless=_g("ux_soothing"), unless_reach=6),
    # Overdose.
    Combination(OD, (_g("ux_hair_dye"), _g("ux_will_drink")), 8),
    Combination(OD, (_g("ux_rat_paste"), _g("ux_opened_out")), 6, unless=_g("ux_pests"), unless_reach=10),
    Combination(OD, (_g("ux_whole_packet"), _g("ux_eaten")), 6, unless=_g("ux_over_time"), unless_reach=6),
)
