"""A rope and a note found together (round 20): "found a rope and a note in his bag", "uske bag
me rassi aur chitthi mili", "त्याच्या बॅगेत दोरी आणि चिठ्ठी सापडली": whatever trip he spoke of,
a note beside the rope is what a family fears. Read even when a trek or a camp is named, which
keeps a rope alone quiet (alumni.domain.crisis.rope_for_the_trip). Quiet: study notes ("notes"),
a rope with no note. Words and the rule that reads them (appended to the area's COMBINATIONS by
rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # A note or a letter, one: "a note", "chitthi", "चिठ्ठी", "पत्र".
    "ran_note": (
        "a note", "note", "letter", "a letter", "chitthi", "chithi", "chitti", "चिट्ठी", "चिठ्ठी", "चिठी",
        "patra", "पत्र", "suicide note",
    ),
    # A rope: "rassi", "दोरी", "rope".
    "ran_rope": (
        "rassi", "रस्सी", "rope", "ropes", "dori", "दोरी", "dor", "दोर", "dorkhand", "दोरखंड", "noose", "fanda",
        "फंदा",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

ROPE_AND_NOTE: tuple[Combination, ...] = (
    # "found a rope and a note in his bag", "rassi aur chitthi mili".
    Combination(S, (_g("ran_rope"), _g("ran_note"), _g("exf_found")), 8),
)
