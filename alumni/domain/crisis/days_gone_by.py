"""Days gone by, counted (round 19): Marathi "100 divas zale", "दिवस झाले", "mahine zale" (a
hundred days have passed). "zale", "झाले" is also read as "jale" (burnt) and as a harm done;
inside the count of days it is the days that went by, so the burning and the injury are
forgotten there. "haat zale", "hath jal gaya" and "divas zale, aaj haat kaapla" keep theirs:
only the words of the count itself are read this way. Read by alumni.domain.crisis.idioms
before the rules, and by the evidence (alumni.domain.crisis.evidence) for its own injuring
words."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_HARM = ("burn", "injure", "hurt", "done_formally")


def forget_days_gone_by(c: Concepts) -> None:
    for hit in c.of("milestone"):
        for name in _HARM:
            c.drop(name, hit.start, hit.end)


def in_days_gone_by(c: Concepts, start: int) -> bool:
    """The word at `start` is inside a count of days gone by ("divas zale")."""
    return any(h.start <= start < h.end for h in c.of("milestone"))
