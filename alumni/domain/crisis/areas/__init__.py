"""The lexicon's areas, each widened on its own: words for concepts and the rules that
combine them, merged after the base lexicon (concepts.CONCEPTS, rules.COMBINATIONS).

Each area package exports NEW (the concepts it introduces), EXTENDS (the words it adds to
concepts of the base lexicon or of an area before it) and COMBINATIONS; word_lists.py merges
them and refuses a name used the wrong way. The areas' readings of context (figures of
speech, harmless uses, substance context) are modules of their own, imported by
alumni.domain.crisis.idioms, so that the word lists depend on nothing that reads a text.
"""
from __future__ import annotations

from alumni.domain.crisis.areas import harm_and_others, self_harm, substance_use
from alumni.domain.crisis.combination import Combination

AREAS = (self_harm, substance_use, harm_and_others)

AREA_COMBINATIONS: tuple[Combination, ...] = tuple(c for area in AREAS for c in area.COMBINATIONS)
