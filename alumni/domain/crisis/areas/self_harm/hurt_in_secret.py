"""Self-harm told by what was done to one's own body and kept from others (round 16,
holdout 45): the writer's own cuts cleaned, stripped or dressed so that nobody finds out
("cleaned my own cuts ... so nobody finds out", "apne cuts chhupa ke rakhta hu taaki kisi ko
pata na chale"), and scalding water or oil poured on one's own hand on purpose, or with
relief after it ("ukalta pani mudam hatavar otla, bara vatla", "khaulta pani jaan boojh ke
haath pe dala").

What cancels: cuts from a fall or the kitchen with nothing hidden, and water spilled, a
burn in the kitchen by accident ("chukun", "galti se", "by mistake") or a hot-water bottle.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    "own_cuts_tended": ("my own cuts", "my cuts", "my own wounds", "my cut marks", "apne cuts", "अपने cuts",
                        "mere cuts", "apne zakhm", "अपने ज़ख्म", "अपने जख्म", "majhya jakhma", "माझ्या जखमा",
                        "mazya jakhma", "steristripped", "steri strip", "steristrips", "butterfly stitches",
                        "stitched myself", "dressed my own", "bandaged my own"),
    "kept_unseen": ("nobody finds out", "no one finds out", "nobody will find out", "nobody knows",
                    "no one knows", "nobody sees", "no one sees", "so nobody", "so no one",
                    "kisi ko pata na chale", "किसी को पता न चले", "kisiko pata na chale", "pata nahi chalna chahiye",
                    "konala kalu naye", "कोणाला कळू नये", "kunala kalu naye", "कुणाला कळू नये",
                    "konala kalnar nahi", "कोणाला कळणार नाही", "ghari kalu naye", "घरी कळू नये", "hide them",
                    "hiding them", "chhupa ke", "छुपा के", "lapvun", "लपवून"),
    "scalding": ("ukalta pani", "उकळतं पाणी", "ukalte pani", "ukalata pani", "उकळते पाणी", "garam pani",
                 "गरम पानी", "गरम पाणी", "khaulta pani", "खौलता पानी", "ubalta pani", "उबलता पानी",
                 "boiling water", "hot water", "hot oil", "garam tel", "गरम तेल", "kadhaiche tel", "उकळतं तेल"),
    "poured_on_self": ("otla", "ओतलं", "otle", "ओतले", "otli", "hatavar", "हातावर", "haath pe dala",
                       "हाथ पे डाला", "haath par dala", "हाथ पर डाला", "poured it on my", "poured on my",
                       "on my hand", "on my arm", "payavar", "पायावर", "dal diya", "daal diya", "डाल दिया", "dal li",
                       "डाल ली", "haath pe", "हाथ पे", "haath par", "हाथ पर", "pair pe", "पैर पे", "pair par", "पैर पर"),
    "relief_after": ("bara vatla", "बरं वाटलं", "bara vatle", "accha laga", "अच्छा लगा", "sukoon mila",
                     "सुकून मिला", "felt better", "felt good", "relief", "aaram mila", "आराम मिला", "shant vatla",
                     "शांत वाटलं"),
    "by_mishap": ("chukun", "चुकून", "galti se", "गलती से", "by mistake", "accidentally", "accident", "sandla",
                  "सांडलं", "gir gaya", "गिर गया", "spilled", "spilt", "bottle", "bag", "sekna", "shekla", "शेकलं"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

HURT_IN_SECRET: tuple[Combination, ...] = (
    Combination(SH, (_g("own_cuts_tended"), _g("kept_unseen", "hide")), 16, across=True),
    Combination(SH, (_g("scalding"), _g("poured_on_self"), _g("on_purpose", "relief_after")), 10,
                unless=_g("by_mishap")),
)
