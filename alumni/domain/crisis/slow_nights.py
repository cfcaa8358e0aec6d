"""A slow night at work (round 19): "dead night at the bar", "आज bar में dead night थी", "hotel
madhe ekdam dead night", "a dead day at the shop": a bar, a hotel or a shop without customers.
"dead" right before a night, a day or a shift names the trade's quiet, so its dying is
forgotten. "i'm dead tonight", "i'll be dead by night", "wish i was dead night after night"
keep theirs: a "be", an "am", a "was" or the writer right before "dead" makes it the writer's.
Read by alumni.domain.crisis.idioms before the rules."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_DEAD = frozenset({"dead", "डेड"})
_SPAN = frozenset({"night", "nights", "day", "days", "shift", "shifts", "evening", "week", "weekend",
                   "season", "month", "business", "नाईट", "नाइट", "डे", "धंदा", "dhanda", "dhandha", "धंधा"})
_BEING = frozenset({"be", "am", "was", "is", "were", "been", "being", "i'm", "im", "i", "main", "mai", "मैं",
                    "mi", "मी", "hu", "hoon", "हूं", "हूँ", "hoga", "hounga", "jaunga", "जाऊंगा", "me",
                    "feel", "feels", "felt", "feeling", "dil", "mann"})


def forget_slow_nights(c: Concepts) -> None:
    if c.typed_words.isdisjoint(_DEAD):
        return
    words = c.words
    for hit in c.of("die"):
        raw = words[hit.start].raw
        if raw not in _DEAD or hit.end >= len(words) or words[hit.end].raw not in _SPAN:
            continue
        if words[hit.end].clause != words[hit.start].clause:
            continue
        before = words[hit.start - 1].raw if hit.start else ""
        if before in _BEING:
            continue
        c.drop("die", hit.start, hit.end)
