"""A patient's day at a clinic (round 21), read by alumni.domain.crisis.idioms before the rules:

- the queue: "dose le li, line chhoti thi", "ART centre la line lambi hoti", "the line was
  short today": a line that is short, long or stood in is a queue, not a line of powder. "2
  line maari", "did a line in the toilet" keep their reading;
- a fever that rose: "बुखार चढ़ गया", "taap chadhla", "fever chadh gaya": the fever climbed, no
  one got high. "नशा चढ़ गया", "chadh gayi thi kal" keep their reading.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

# Only its length or its forming, within three words in its clause, names a queue: "did lines
# at the party", "a line in the bathroom" stay powder.
_QUEUE_NEXT = frozenset({"chhoti", "choti", "chotti", "छोटी", "lambi", "lambee", "लंबी", "लम्बी", "badi",
                         "बड़ी", "moti", "mothi", "मोठी", "lahan", "लहान", "short", "long", "lagi", "लगी",
                         "lagli", "लागली"})
_QUEUE_BEFORE = frozenset({"in", "queue", "stood", "standing"})
_QUEUE_WORD = ("line", "lines", "लाइन", "लाईन", "queue")
_FEVER_WORDS = ("बुखार", "bukhar", "bukhaar", "bukhhar", "ताप", "taap", "tap", "fever", "temperature",
                    "temp", "ज्वर", "jwar", "bp", "बीपी", "sugar", "शुगर")
_FEVER = frozenset(_FEVER_WORDS)


def _queue(c: Concepts) -> None:
    words = c.words
    for hit in c.of("lines"):
        if not words[hit.start].raw.startswith(_QUEUE_WORD):
            continue
        clause = words[hit.start].clause
        after = [w.raw for w in words[hit.end:hit.end + 3] if w.clause == clause]
        before = words[hit.start - 1].raw if hit.start else ""
        if any(w in _QUEUE_NEXT for w in after) or before in _QUEUE_BEFORE:
            c.drop("lines", hit.start, hit.end)


def _fever_rose(c: Concepts) -> None:
    words = c.words
    for hit in c.of("intoxicated"):
        if any(w.raw in _FEVER for w in words[max(0, hit.start - 2):hit.start]):
            c.drop("intoxicated", hit.start, hit.end)


def forget_at_the_clinic(c: Concepts) -> None:
    # Cheap first: the queue's and the fever's words are rare in a message.
    if c.may_hold(_QUEUE_WORD) and c.of("lines"):
        _queue(c)
    if c.may_hold(_FEVER_WORDS) and c.of("intoxicated"):
        _fever_rose(c)
