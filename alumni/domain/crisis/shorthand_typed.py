"""Self-harm's shorthand "sh" only as typed (round 21): its skeleton is the English "as" and the
Marathi "as" ("started estradiol as the endo prescribed", "relapse as such"), so the concept is
kept only where the writer typed "sh" ("relapsed on sh", "sh urges again"). Called from
alumni.domain.crisis.scenes_told."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_TYPED = frozenset({"sh", "s.h", "s/h", "s-h"})


def forget_shorthand_mistyped(c: Concepts) -> None:
    hits = c.of("sh_short")
    if not hits:
        return
    words = c.words
    for hit in hits:
        if not any(words[i].raw in _TYPED for i in range(hit.start, hit.end)):
            c.drop("sh_short", hit.start, hit.end)
