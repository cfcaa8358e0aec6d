"""The pouch and the Pola (the reading of rounds 126-127's relapses): the country-liquor pouch ("thaili")
"started again, one every day", "bought a pouch and finished it before reaching home", "a mistake happened,
I drank at Pola", "the mukadam gave it, I couldn't say no, two glasses", "took two quarters on pay day",
Alprax "taken for fun", toddy "yesterday and today also".

Words and the rules that read them (appended to the area's COMBINATIONS by readings_from_round_88.py).
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # "pouch" alone is "पूछ" (asked) to the spelling's skeletons: only with a word before it.
    "uz_pouch": ("thaili", "थैली", "थैल्या", "thailya", "a pouch", "ek pouch", "one pouch", "the pouch", "एक पाउच",
                 "दारूचा पाउच", "daru pouch"),
    "uz_pouch_taken": ("roj", "रोज", "roz", "chalu", "चालू", "parat", "परत", "finished it", "sampavli", "संपवली",
                       "gatakli", "गटकली", "pili", "piun", "पिऊन", "tension", "टेन्शन", "daily", "every day"),
    "uz_bag_use": ("bhaji", "भाजी", "sabzi", "सब्जी", "bazaar", "बाजार", "bazar", "kapde", "कपडे", "shopping", "plastic",
                   "प्लास्टिक", "jhola", "झोला", "kirana", "किराणा", "rashan", "राशन", "dudh", "दूध", "milk", "tea",
                   "chaha", "चहा", "shampoo", "gutkha", "गुटखा", "kharra", "खर्रा"),
    "uz_slip_said": ("chuk jhali", "चूक झाली", "chuk zali", "chook jhali", "galti ho gayi", "गलती हो गई",
                     "galti ho gyi", "गलती हो गयी", "i messed up", "i slipped"),
    "uz_drank_1sg": ("pilo", "पिलो", "pyalo", "प्यालो", "pyayalo", "प्यायलो", "pi li", "पी ली", "piya", "पिया",
                     "pi liya", "पी लिया", "i drank", "drank"),
    "uz_measure": ("glass", "ग्लास", "peg", "पेग", "quarter", "क्वार्टर", "ghoont", "घूंट", "घोट", "ghot", "bottle",
                   "बाटली", "बोतल", "pauwa", "पव्वा", "cup", "shot", "shots"),
    "uz_quarter": ("quarter", "क्वार्टर", "quarters", "pauwa", "पव्वा", "pavva", "khamba", "खंबा"),
    "uz_took": ("ले लिए", "le liye", "le liya", "ले लिया", "ghetle", "घेतले", "ghetla", "घेतला", "ghetlya", "घेतल्या",
                "maar liya", "मार लिया", "maar liye", "मार लिए", "pi liye", "पी लिए", "chadha liye", "चढ़ा लिए",
                "had two", "downed"),
    "uz_lodging": ("staff", "railway", "sarkari", "सरकारी", "police", "allot", "kiraya", "किराया", "room", "ghar",
                   "घर", "flat", "quarters me", "colony"),
    "uz_for_fun": ("majja sathi", "मज्जा साठी", "mazza sathi", "majjesathi", "मज्जेसाठी", "maze ke liye",
                   "मज़े के लिए", "maje ke liye", "मजे के लिए", "for fun", "for kicks", "nashe ke liye", "नशे के लिए",
                   "नशेसाठी", "nashesathi", "just for a high"),
    "uz_yesterday_and_today": ("yesterday and today", "yesterday and today also", "kal aur aaj", "कल और आज",
                               "काल आणि आज", "kaal ani aaj", "kal ani aaj", "today also", "aaj bhi phir"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

POUCH_AND_THE_POLA: tuple[Combination, ...] = (
    Combination(RE, (_g("uz_pouch"), _g("uz_pouch_taken")), 6, unless=_g("uz_bag_use"), unless_reach=6),
    Combination(RE, (_g("uz_slip_said"), _g("uz_drank_1sg")), 8),
    Combination(RE, (_g("gave_in", "rs_gave_in"), _g("uz_measure")), 12, across=True, unless=_g("own_drink"),
                unless_reach=6),
    Combination(RE, (_g("uz_quarter"), _g("uz_took")), 4, unless=_g("uz_lodging", "own_drink"), unless_reach=6),
    Combination(RE, (_g("uz_for_fun"), _g("sedatives", "took", "uz_took")), 8),
    Combination(RE, (_g(*ANY), _g("uz_yesterday_and_today")), 12, across=True),
)
