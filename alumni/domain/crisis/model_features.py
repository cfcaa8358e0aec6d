"""What the crisis classifier reads of a text: hashed word features, the same at training
time (bench/crisis_model.py) and at run time (alumni.domain.crisis.model).

The words are the detector's own tokens (alumni.domain.crisis.spelling), so a Devanagari
word and its casual romanisation already meet in one skeleton ("जीना" and "jeena" are both
"jin"), and shorthand, look-alike letters and repeated letters are folded the same way the
rules see them. Per word, three kinds of feature, each present or absent:

- ``w:`` its skeleton: one feature for every spelling and script of a word;
- ``r:`` its folded form (lower case, accents and look-alikes undone, "a" kept): English
  words that the skeleton would merge ("man" and "mean" are both "mn") stay apart;
- ``b:`` the skeletons of it and the next word: "jin nhi" (jeena nahi) weighs otherwise
  than "jin" and "nhi" apart;
- ``n:`` its skeleton again when a negation sits up to two words after it or three before
  it ("didnt have a drink", "nahi pi", "pyayla nahi"): "drink" said of a drink not taken
  is another feature than "drink".

Character n-grams inside words were measured too (3-5 and 4 letters, on the skeleton):
on the backtests (docs/crisis-detection.md) they caught no more and raised more false
alarms, so they are not read.

Each feature is hashed with CRC-32 (stable across processes and machines, unlike hash())
into 2**20 slots: the weights file holds numbers, not the sets' words. Only the first
MAX_WORDS words are read: a 1,600-character text stays within the time budget.
"""
from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Protocol

BITS = 20
_MASK = (1 << BITS) - 1
MAX_WORDS = 400
# Negations as typed (their skeletons are compared): English, Hindi, Marathi, both scripts.
NEGATIONS = ("not", "no", "dont", "didnt", "never", "wont", "cant", "havent", "isnt", "wasnt",
             "nahi", "nahin", "nahiye", "na", "mat", "nako", "naka", "nakos", "nathi", "nay",
             "नहीं", "नही", "ना", "मत", "नको", "नाही")
# A negation colours the two words before it ("pyayla nahi") and the three after it
# ("didnt have a drink", "nahi pi").
NEGATES_BEFORE, NEGATES_AFTER = 2, 3


class Word(Protocol):
    """What a feature needs of a word: spelling.Token has both."""

    @property
    def skeleton(self) -> str: ...

    @property
    def raw(self) -> str: ...


def slot(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8", "surrogatepass")) & _MASK


@cache
def _negations() -> frozenset[str]:
    from alumni.domain.crisis.spelling import skeleton

    return frozenset(skeleton(w) for w in NEGATIONS)


@lru_cache(maxsize=65536)
def _word_slots(skeleton: str, raw: str) -> tuple[int, int]:
    return slot("w:" + skeleton), slot("r:" + raw)


@dataclass(frozen=True)
class Reading:
    """The features of a text, per word read (at most MAX_WORDS): `own[i]` are word i's
    (its skeleton, its folded form, its negated skeleton), `pairs[i]` the pair of words i
    and i + 1."""

    own: list[tuple[int, ...]]
    pairs: list[int]

    def slots(self) -> frozenset[int]:
        """The text's features, each counted once."""
        return frozenset((*(s for own in self.own for s in own), *self.pairs))


def read(words: Sequence[Word]) -> Reading:
    words = words[:MAX_WORDS]
    skeletons = [w.skeleton for w in words]
    negations = _negations()
    negated = [False] * len(words)
    for i, skel in enumerate(skeletons):
        if skel in negations:
            for j in range(max(0, i - NEGATES_BEFORE), min(len(words), i + NEGATES_AFTER + 1)):
                negated[j] = negated[j] or j != i
    own: list[tuple[int, ...]] = []
    for word, skel, no in zip(words, skeletons, negated, strict=True):
        unigram, folded = _word_slots(skel, word.raw)
        own.append((unigram, folded, slot("n:" + skel)) if no else (unigram, folded))
    pairs = [slot(f"b:{a} {b}") for a, b in zip(skeletons, skeletons[1:], strict=False)]
    return Reading(own, pairs)


def slots(words: Sequence[Word]) -> frozenset[int]:
    """The text's features, each counted once."""
    return read(words).slots()
