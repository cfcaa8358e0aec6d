"""The cobbler's and the dismantler's solution glue on the mind (the reading of rounds 76-77): the
tube or its smell at work and the writer restless or unable to stop thinking of it ("सोल्युशनची ट्यूब
बघून अस्वस्थ वाटतंय", "solution ki smell ... dimaag me wahi ghoom raha hai", "cant stop thinking about
solution"). A craving: urgent, never a crisis.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {}

EXTENDS: dict[str, tuple[str, ...]] = {}

SOLUTION_ON_THE_MIND: tuple[Combination, ...] = (
    Combination(CR, (_g("solvent_named", "aq_solution", "inhalant_maybe", "inhalants"),
                     _g("restless", "longing", "wont_leave_mind", "thought_of")), 10, across=True,
                unless=_g("quit")),
)
