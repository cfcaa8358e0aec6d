"""Suicide and self-harm: more ways of saying wanting to die, ending, leaving for good, means and methods, cutting, burning and hurting oneself.

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
