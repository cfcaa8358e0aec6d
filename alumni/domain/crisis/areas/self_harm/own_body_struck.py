"""One's own body struck after a loss (round 24, holdout 69: wrestlers and players): "match haarke
khud ke muh pe itne mukke maare", "स्वतःच्या पायावर rod ने मारलं", "स्वतःच्या तोंडावर दगडाने
मारलं", "swatahla dumbbell ne marla". The self, a part of the body or a blunt thing, and a blow.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {}

EXTENDS: dict[str, tuple[str, ...]] = {}

OWN_BODY_STRUCK: tuple[Combination, ...] = (
    Combination(SH, (_g("self"), _g("body_part_other", "cut_site", "blunt", "blunt_object", "sport_his_place_or_tool"),
                     _g("strike", "punch")), 5, order=True),
)
