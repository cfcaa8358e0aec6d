"""Craving told as missing the substance or dreaming of it (round 21, holdout 61): "बिअरची आठवण",
"daru ki yaad aa rahi hai", "I miss the rum", "swapnat pan tina yete", "सपने में भी चरस आता
है", "dreamt of a drink again". Missing it is wanting it: the craving is marked urgent.

Quiet: someone else's drinking remembered (a father's, a friend's), a negation on the missing
("don't miss it at all", "आठवण पण येत नाही", read by negation.py as for every craving), and
the substance's memory named as the past overcome (sober_progress.py). Words and the rule that
reads them (in the area's rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    "missed_or_dreamt": ("aathvan", "athvan", "आठवण", "aathvan yete", "आठवण येते", "aathvan aali", "आठवण आली",
                         "yaad", "याद", "yaad aa rahi", "याद आ रही", "yaad aati", "याद आती", "miss", "missing",
                         "i miss"),
    # Dreamt of: "tina" (a name too) is a drug in a dream, not in a friend missed.
    "dreamt_of": ("swapnat", "स्वप्नात", "swapnaat", "sapne mein", "sapne me", "सपने में", "sapne", "सपने",
                  "dream", "dreams", "dreamt", "dreamed", "dreaming"),
}

# The beer with the Marathi genitive ("बिअरची आठवण").
EXTENDS: dict[str, tuple[str, ...]] = {
    "alcohol": ("बिअरची", "बिअरचा", "बिअरच्या", "biarchi", "beerchi", "beercha", "beerchya"),
}

MISSED_AND_DREAMT: tuple[Combination, ...] = (
    Combination(CR, (ANY, _g("missed_or_dreamt", "dreamt_of")), 3,
                unless=_g("others", "relation", "third_person", "drinkers", "beverage", "negation"), unless_reach=3),
    Combination(CR, (_g("tina_chem"), _g("dreamt_of")), 3,
                unless=_g("others", "relation", "third_person", "drinkers", "beverage"), unless_reach=3),
)
