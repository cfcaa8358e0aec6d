"""The lexicon's areas, each widened on its own: words for concepts and the rules that
combine them, merged after the base lexicon (concepts.CONCEPTS, rules.COMBINATIONS)."""
from __future__ import annotations

from alumni.domain.crisis.areas import harm_and_others, self_harm, substance_use
from alumni.domain.crisis.combination import Combination

AREAS = (self_harm, substance_use, harm_and_others)


def _merged_words() -> dict[str, tuple[str, ...]]:
    merged: dict[str, tuple[str, ...]] = {}
    for area in AREAS:
        for concept, entries in area.WORDS.items():
            merged[concept] = merged.get(concept, ()) + tuple(entries)
    return merged


AREA_WORDS: dict[str, tuple[str, ...]] = _merged_words()
AREA_COMBINATIONS: tuple[Combination, ...] = tuple(c for area in AREAS for c in area.COMBINATIONS)
