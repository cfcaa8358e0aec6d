"""A sober writer among drunk revellers (round 18): the others drunk ("sagle tight hote", "sab
tight the", "everyone was wasted") and the writer's own sobriety told right after ("mi ekdam
shuddh", "main hosh me tha", "i was the sober one"). Read by alumni.domain.crisis.idioms
before the rules: the others' being drunk is forgotten.

Only with the writer's sobriety said: "sagle tight hote, mi pan" (me too), "sab tight the aur
main bhi" and "sagle tight hote" alone keep their reading; the writer's own drinking told
elsewhere in the message is read by the rules as before."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_DRUNK = ("intoxicated", "drank", "high_word", "alcohol")
_REVELLERS = ("others", "drinkers")
_WRITER = frozenset({"mi", "मी", "main", "मैं", "i", "me", "mai"})
# Sober, clear-headed: "शुद्ध", "शुद्धीत", "होश में", "sober".
_SOBER = frozenset({"shuddh", "शुद्ध", "shudh", "shuddhit", "शुद्धीत", "shuddhivar", "शुद्धीवर", "sober",
                    "hosh", "होश", "normal", "नॉर्मल"})
_TOO = frozenset({"pan", "पण", "bhi", "भी", "too", "also", "suddha", "सुद्धा"})


def _writer_sober_after(c: Concepts, end: int) -> bool:
    words = c.words
    sentence = words[end - 1].sentence
    window = [w for w in words[end:end + 6] if w.sentence == sentence]
    for i, w in enumerate(window):
        if w.raw in _WRITER:
            rest = window[i + 1:i + 4]
            if rest and rest[0].raw in _TOO and not any(r.raw in _SOBER for r in rest[1:2]):
                return False
            return any(r.raw in _SOBER for r in rest)
    return False


def _revellers_before(c: Concepts, start: int) -> bool:
    """The others are the subject: "sagle tight hote", "everyone at the wedding was wasted",
    with no "I" between them and the drunk word."""
    words = c.words
    for h in c.of(*_REVELLERS):
        if h.end <= start and start - h.end <= 4 and words[h.start].clause == words[start].clause \
                and not any(w.raw in _WRITER for w in words[h.end:start]):
            return True
    return False


def forget_sober_among_revellers(c: Concepts) -> None:
    for hit in c.of("intoxicated", "high_word"):
        if _revellers_before(c, hit.start) and _writer_sober_after(c, hit.end):
            for name in _DRUNK:
                c.drop(name, hit.start, hit.end)
