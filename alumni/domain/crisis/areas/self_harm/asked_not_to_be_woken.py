"""God asked not to wake the writer (round 20): "देवा, मला उद्या उठवू नको", "bhagwan mujhe kal
subah mat uthana", "god please don't wake me up tomorrow": a prayer to be let sleep for good.
Quiet: a lie-in asked for, with a holiday, an alarm or a time ("don't wake me before ten,
it's sunday"); a mother asked, not God, is no prayer and never reads here; a baby not to wake
is read in alumni.domain.crisis.sleeper_not_to_wake. Words and the rule that reads them
(appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # A lie-in's reasons and limits: a holiday, an alarm, a time until which.
    "not_woken_lie_in": (
        "sutti", "सुट्टी", "chutti", "छुट्टी", "holiday", "sunday", "ravivar", "रविवार", "weekend", "alarm",
        "अलार्म", "lie in", "sleep in", "der tak", "देर तक", "ushira", "उशिरा", "late", "before", "pehle",
        "पहले", "aadhi", "आधी", "till", "until", "paryant", "पर्यंत", "baje", "बजे", "vajta", "वाजता",
        "o'clock", "oclock", "am", "thaka", "थका", "thaklo", "थकलो", "tired", "nap",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

ASKED_NOT_TO_BE_WOKEN: tuple[Combination, ...] = (
    # God, the writer, waking, and its denial: "देवा, मला उद्या उठवू नको".
    Combination(S, (_g("god"), _g("me"), _g("wake"), _g("negation", "weak_negation", "dont_do")), 6,
                unless=_g("not_woken_lie_in", "clock_time"), unless_reach=6),
)
