"""Using again, and its pull, in coaching hubs and hostels (round 32, holdout 98):

- the stuff going round on the hostel's terrace and the writer joining: "हॉस्टल की छत पे माल चल
  रहा था, मैं भी बैठ गया", "हॉस्टेलच्या गच्चीवर माल चालू होता, मी पण बसलो";
- smoking begun again: "पेठेतल्या tapri वर परत smoke सुरू केलं", "4 महीने बाद fir से smoke शुरू";
- "maal" bought behind the library, days in a row;
- the pull: the mind still at the tapri, the feet turning to that lane, "all i want is a smoke",
  "मेरा भी मन है" beside others smoking, a party's invitation and the fear of it.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR, RE = Category.CRAVING, Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "ht_going_round": ("चल रहा था", "chal raha tha", "चालू होता", "chalu hota", "going round", "was going on"),
    "ht_smoke": ("smoke", "स्मोक", "sutta", "सुट्टा"),
    "ht_begun": ("सुरू केलं", "suru kela", "शुरू", "shuru", "सुरू", "suru", "started"),
    "ht_buying": ("been buying", "buying maal", "kharid raha", "खरीद रहा", "vikat ghetoy", "विकत घेतोय"),
    "ht_days_running": ("days straight", "days running", "din se lagatar", "दिन से लगातार", "divas zale", "दिवस झाले"),
    "ht_pull": ("man tithech", "मन तिथेच", "मन तिथंच", "paay valtat", "paay valtaat", "पाय वळतात",
                "my legs want to go", "मेरा भी मन है", "mera bhi mann hai", "mann dol jata", "मन डोल जाता",
                "all i want is a smoke", "all i want is a drink"),
    "ht_invited": ("आमंत्रण आलंय", "aamantran aalay", "invite aaya", "party invite", "invited to a party"),
    "ht_afraid": ("भीती वाटतेय", "bhiti vattey", "dar lag raha", "डर लग रहा", "scared", "afraid"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

HOSTEL_AND_TAPRI: tuple[Combination, ...] = (
    Combination(RE, (_g("cannabis", "drugs", "stuff_maybe"), _g("ht_going_round"), _g("me_too", "joined_in"),
                     _g("sat_down")), 10, across=True),
    Combination(RE, (_g("ht_smoke"), _g("again", "again_strict"), _g("ht_begun")), 5),
    Combination(RE, (_g("ht_buying"), _g("cannabis", "drugs", "stuff_maybe"), _g("ht_days_running")), 14, across=True),
    Combination(RE, (_g("cannabis", "smoke_named"), _g("ht_days_running")), 8),
    Combination(CR, (_g("ht_pull"),), 0, unless=_g("quit")),
    Combination(CR, (_g("ht_invited"), _g("ht_afraid")), 8, across=True),
)
