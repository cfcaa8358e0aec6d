"""Suicide told by mall and cinema staff (round 44, holdout 149 and its neighbours): the atrium's
railing, a high floor's parapet or the parking ramp's wall as the place, and what is seen below
from there ("neeche dekha", "khali marble disto", "a long way down"), read by the older rule of a
place, a presence there and the drop (departure.py); going up to the terrace tonight and "कोणाला
सांगू नका". (Up on the terrace after the last show and "फिर नीचे नहीं आऊंगा" is read by
at_the_edge.py, now that a show ending is told as the hour and not as a story:
figures_of_speech.py.) Round 45 (railway staff): a signal pole climbed, for the older rule of a
height and a man not coming down (shut_in_and_silent.py). Words (widening the area's high places,
tall structures and drops) and the rule that reads them (appended to the area's COMBINATIONS by
rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # A railing, a parapet, a floor high up, the ramp's wall (widening means.py's list).
    # (not "majlyavar", a floor: "तिसऱ्या मजल्यावर" is where a flat is)
    "high_place": ("railing", "रेलिंग", "railing pe", "parapet", "ledge", "कठडा", "kathda", "कठड्यावर", "kathdyavar",
                   "atrium", "parking ramp", "ramp wall", "ramp ki deewar"),
    # A pole climbed, in the Marathi locative (widening at_the_edge.py's list; round 45).
    "tall_structure": ("खांबावर", "khambavar", "khambavr", "खांब्यावर", "khambyavar", "signal post", "signal pole"),
    # What is seen below from there (widening at_the_danger_place.py's list).
    # (not "khali" alone: children play cricket below a terrace)
    "the_drop": ("long way down", "khali marble", "marble", "khali pani", "खाली पाणी", "neeche dekha", "नीचे देखा",
                 "khali baghitla", "खाली बघितलं", "khali pahila", "खाली पाहिलं"),
    # Under the bridge, where men sit to drink, not its edge (round 46: "पहले तापी पुल के नीचे बैठ के पीता था").
    "rr_under_the_bridge": ("पुल के नीचे", "pul ke neeche", "pul ke niche", "pulakhali", "पुलाखाली", "pula khali",
                            "पुलाच्या खाली", "pulachya khali", "under the bridge", "below the bridge", "flyover ke neeche",
                            "फ्लायओवर के नीचे", "flyover khali"),
    # Going up there, the writer's future: "जाऊंगा", "जाणार आहे".
    "rr_going_up": ("जाऊंगा", "जाऊँगा", "jaunga", "jaaunga", "जाणार", "janar", "jaanar", "going up",
                    "will go up", "चढ़ूंगा", "chadhunga"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_UP_THERE = _g("high_place", "roof_top", "al_terrace", "height")

RAILING_AND_RAMP: tuple[Combination, ...] = (
    Combination(S, (_g("tonight", "by_night"), _UP_THERE, _g("rr_going_up", "go_mine", "going_there"),
                    _g("cut_off")), 10, across=True, unless=_g("rooftop_chore", "everyday_view")),
)
