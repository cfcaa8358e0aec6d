"""A death remembered on its day: "Dad's death anniversary tomorrow, will do path at the
gurudwara", "papa ki death anniversary kal hai". The death is a relative's, past, and kept as a
date, so its word is forgotten before the rules read the message (called from
alumni.domain.crisis.idioms). The writer's own death or a suicide named beside it keeps it."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_ANNIVERSARY = frozenset({"anniversary", "anniversery", "aniversary", "एनिवर्सरी", "ॲनिव्हर्सरी"})
_KEPT = ("self", "suicide", "self_harm")


def forget_death_remembered(c: Concepts) -> None:
    if c.of(*_KEPT):
        return
    words = c.words
    for hit in c.of("die"):
        if hit.end < len(words) and words[hit.end].raw in _ANNIVERSARY:
            c.drop("die", hit.start, hit.end)
