"""Using again told in English street words (round 23): drunk said as "smashed", "trashed",
"plastered" or "baked" of the writer with "was" ("i was smashed last night"; "got smashed" and
the like are in taking_it.py); "caved" with its night ("caved last night"); the drug injected
("i shot up", "shot up in the bathroom"); the drug bought ("scored some gear", "copped some
brown from my guy").

The same words said of a thing stay quiet: a room trashed, a cake baked, prices that shot up,
runs scored, and a writer who shot up the rankings or in height. ("my car got smashed" is still
read as drunk by taking_it.py's "got smashed".)
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # Drunk or stoned, said of the writer: "i was smashed", "we got trashed".
    "street_wasted": (
        "i was smashed", "we were smashed", "was smashed last night", "i was trashed", "we were trashed",
        "i was plastered", "we were plastered", "i was baked", "we were baked", "got lit last night",
        "was lit last night",
    ),
    # Caved, with its night: "caved last night", "caved and drank".
    "street_caved": (
        "caved last night", "caved again", "i caved yesterday", "caved this weekend", "caved at the party",
        "caved and drank", "caved and used", "caved and had", "caved in last night", "caved in again",
    ),
    # Injected: "i shot up", "shot up in the bathroom".
    "street_shot_up": (
        "i shot up", "shot up last night", "shot up in the bathroom", "shot up in the toilet", "shot up in the car",
        "shot up again last", "shooting up again",
    ),
    # Bought: "scored some gear", "copped some brown from my guy".
    "street_scored": (
        "scored some gear", "scored some brown", "scored some smack", "scored some dope", "scored some h",
        "scored some charas", "scored some weed", "scored some coke", "scored some pills", "copped some brown",
        "copped some gear", "copped some smack", "copped some dope", "copped some weed", "copped some coke",
        "copped from my guy", "copped from my dealer", "picked up from my dealer", "bought from my dealer",
        "picked up from my old guy", "copped from my old guy",
    ),
    # Rising in a ranking or in height: "i shot up the rankings", "shot up three inches".
    "street_risen": ("rankings", "ranking", "ranks", "height", "tall", "taller", "inches", "chart", "charts",
                     "list", "leaderboard", "polls", "grades", "marks"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

STREET_WORDS_ENGLISH: tuple[Combination, ...] = (
    Combination(RE, (_g("street_wasted", "street_caved", "street_scored"),), 0),
    Combination(RE, (_g("street_shot_up"),), 0, unless=_g("street_risen"), unless_reach=4),
)
