"""Overdose, harm to others and reports about someone else, and the idioms and sobriety phrasings that must not alert.

WORDS adds entries to concepts (an existing concept name extends it; a new name makes a new
concept, written the way alumni.domain.crisis.concepts documents); COMBINATIONS adds rules
after the base ones in alumni.domain.crisis.rules."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g  # noqa: F401
from alumni.domain.crisis.detection import Category  # noqa: F401

WORDS: dict[str, tuple[str, ...]] = {
}

COMBINATIONS: tuple[Combination, ...] = (
)
