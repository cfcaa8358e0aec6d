"""The place or the means on one's mind (round 15: holdouts 20 and 28): the last train asked
about "for a reason you won't like", and the water under a bridge pictured as quiet ("it would
be so quiet down there. I just can't stop picturing it").

Each needs the place or the means beside the sign: "don't ask why" about a pizza at 2 am, the
beach one can't stop picturing before a holiday, a quiet hill station stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # A reason the reader is warned off: "for a reason u wont like", "वजह मत पूछना".
    "dark_reason": ("reason u wont like", "reason you wont like", "reason you won't like", "reason u won't like",
                    "you wont like the reason", "you won't like the reason", "you dont want to know why",
                    "you don't want to know why", "u dont wanna know why", "u dont want to know why",
                    "reason you will not like", "reason u will not like", "wajah mat poochna", "वजह मत पूछना",
                    "kyun mat poochna", "क्यों मत पूछना", "karan vicharu naka", "कारण विचारू नका",
                    "karan vicharu nakos", "कारण विचारू नकोस"),
    # The pull of the place, pictured: "so quiet down there", "can't stop picturing it",
    # "नीचे कितना सुकून", "खाली किती शांत".
    "pull_of_place": ("quiet down there", "peaceful down there", "calm down there", "so quiet below",
                      "cant stop picturing", "can't stop picturing", "keep picturing it", "cant stop imagining",
                      "can't stop imagining", "neeche kitna sukoon", "नीचे कितना सुकून", "neeche kitni shanti",
                      "नीचे कितनी शांति", "khali kiti shant", "खाली किती शांत", "khali kiti shanti",
                      "खाली किती शांती"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_PLACE_OR_MEANS = _g("vehicle", "rail_line", "high_place", "height", "water_body", "danger_place", "poison")

DRAWN_TO_THE_PLACE: tuple[Combination, ...] = (
    # The last train's time asked, for a reason the reader won't like.
    Combination(S, (_PLACE_OR_MEANS, _g("dark_reason")), 20, across=True),
    # The water under the bridge stared at and pictured as quiet.
    Combination(S, (_PLACE_OR_MEANS, _g("pull_of_place"), _g("gaze", "present_there", "posture", "look_down")), 24,
                across=True, unless=_g("water_leisure", "away_trip", "everyday_view")),
)
