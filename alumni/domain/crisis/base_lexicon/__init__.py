"""The base concept lexicon: what words mean, in English, Hindi and Marathi, in both
scripts, before the areas (alumni.domain.crisis.areas) widen it. One module per family of
concepts; how an entry is written is told in alumni.domain.crisis.concepts."""
from __future__ import annotations

from alumni.domain.crisis.base_lexicon import (
    idiom_markers,
    life_and_death,
    means,
    people_and_intent,
    rule_partners,
    substances_and_using,
)
from alumni.domain.crisis.word_lists import join_modules

BASE_CONCEPTS: dict[str, tuple[str, ...]] = join_modules(
    life_and_death, means, people_and_intent, substances_and_using, rule_partners, idiom_markers)
