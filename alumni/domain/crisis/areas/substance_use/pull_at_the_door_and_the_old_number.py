"""The pull at the door and the old number (cravings of rounds 92-97, the thirty-fourth session):

- standing at the bar's door, the adda or the desi shop "and not gone in yet", "still inside here";
- the mind pulled to the bar or the bottle, the eyes going to it, the feet turning to the gutta;
- the others drinking and "I feel like it too", "I'll need it too"; an occasion coming where drink will be,
  and "I won't be able to stop", "I'm scared", "how do I hold out", "need to talk";
- "one peg, what will it do" going round the head since morning; hands shaking for a peg; the memory of one
  puff or one sip at night; a smell that woke the old memory;
- the dealer's message or number "I can't bring myself to block or delete"; the betting app "I want to
  download again"; the satta "not placed yet"; scared of myself on payday.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    "cv_drink_place": ("बार", "bar", "अड्ड्यासमोर", "adda", "अड्डा", "dukanasamor", "दुकानासमोर", "gutta", "गुत्ता",
                       "गुत्त्याकडे", "bhatti", "भट्ट्या", "theka", "ठेका", "batlich", "बाटलीच", "bottle", "बियर",
                       "beer", "peg", "पेग", "hatbhatti", "हातभट्टी", "mahua", "daru", "दारू", "wine shop", "party",
                       "पार्टी", "jatra", "जत्रा", "शिमग्याला", "होळी", "amavasya", "अमावस", "market day"),
    "cv_not_gone_in": ("आत गेलो नाही अजून", "अजून आत गेलो नाही", "aat nahi gelo ajun", "aat gelo nahi ajun",
                       "अभी तक गया नहीं", "abhi tak gaya nahi", "andar hi hu bas abhi tak", "nahi ghetla ajun"),
    "cv_pulled": ("मन तिकडे ओढतं", "man tikde odhta", "धावतंय", "dhavtay", "laksh jatay", "लक्ष जातंय", "नजर जाते",
                  "najar jate", "looking at it", "पाय वळ", "pay val", "mind is not stopping"),
    "cv_others_drink": ("sagle pitat", "सगळे पितात", "piun baslet", "पिऊन बसलेत", "घेतात", "ghetat",
                        "baithe hai bottle leke", "हातात glass", "hatat glass"),
    "cv_me_too_want": ("mala pan vatatay", "मला पण वाटतंय", "mala pan odh", "मला पण ओढ", "मला पण लागेल",
                       "mala pan lagel", "majha pan jeev jatoy", "माझा पण जीव जातोय"),
    "cv_fear_slip": ("रुक नहीं पाऊँगा", "रुक नहीं पाऊंगा", "ruk nahi paunga", "thambnar nahi", "थांबणार नाही",
                     "मन चलबिचल", "man chalbichal", "kasa tiku", "कसं टिकू", "bhiti vattey", "भीती वाटतेय", "scared",
                     "its hard", "it's hard", "need to talk", "feeling really close"),
    "cv_since_morning": ("dokyat ahe", "डोक्यात आहे", "sakalpasun dokyat", "सकाळपासून डोक्यात"),
    "cv_shaking_for": ("shake for a peg", "shaking for a peg", "हात थरथरतात", "hat tharthartat", "haath kaanpte"),
    "cv_one_puff": ("ek kash", "एक कश", "एका घोटाची", "eka ghotachi", "ek ghoont", "एक घूंट"),
    "cv_remembered": ("yaad aati", "याद आती", "आठवण येते", "aathvan yete", "athvan yete"),
    "cv_smell": ("वास", "vaas", "smell"),
    "cv_old_memory": ("juni aathvan", "जुनी आठवण", "जुन्या आठवणी", "purani yaad", "पुरानी याद", "dok firtay",
                      "डोकं फिरतंय"),
    "cv_cant_cut_off": ("delete nahi ho raha", "delete नहीं कर पा रहा", "delete nahi kar pa raha", "ब्लॉक करायचं धाडस",
                        "block karaycha dhadas", "can't delete", "cant block", "can't block", "phir download",
                        "download karne ka mann"),
    "cv_contact": ("number", "नंबर", "message", "मेसेज", "डीलर", "dealer", "offer", "app", "MD", "phone"),
    "cv_scared_of_me": ("भीती वाटते स्वतःची", "bhiti vatte swatachi", "स्वतःची भीती", "scared of myself"),
    "cv_payday": ("पगाराच्या दिवशी", "pagarachya divshi", "payday", "pay day", "salary day"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_DRINK = ("alcohol", "cannabis", "opioids", "drugs", "bb_country_liquor", "drink_unit", "measure", "sq_quarter",
          "liquor_place", "drink_place", "habit_den", "cv_drink_place", "drinkers", "sq_gamble")

PULL_AT_THE_DOOR_AND_THE_OLD_NUMBER: tuple[Combination, ...] = (
    Combination(CR, (_g(*_DRINK), _g("cv_not_gone_in")), 14, across=True),
    Combination(CR, (_g(*_DRINK), _g("cv_pulled")), 10, across=True),
    Combination(CR, (_g("cv_others_drink"), _g("cv_me_too_want")), 14, across=True),
    Combination(CR, (_g(*_DRINK), _g("cv_fear_slip")), 16, across=True),
    Combination(CR, (_g(*_DRINK), _g("cv_since_morning", "cv_shaking_for")), 10, across=True),
    Combination(CR, (_g("cv_one_puff"), _g("cv_remembered")), 6),
    Combination(CR, (_g("cv_smell"), _g("cv_old_memory")), 10, across=True),
    Combination(CR, (_g("cv_contact", *_DRINK), _g("cv_cant_cut_off")), 12, across=True),
    Combination(CR, (_g("cv_scared_of_me"), _g("cv_payday")), 8, across=True),
)
