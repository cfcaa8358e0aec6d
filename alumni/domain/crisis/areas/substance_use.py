"""Using again and craving: substances by every name (brands, street names, local drinks), ways of taking them, being intoxicated, slipping, and the pull towards using.

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
