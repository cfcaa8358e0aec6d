"""What the crisis classifier reads of a text: hashed word features, the same at training
time (bench/crisis_model.py) and at run time (alumni.domain.crisis.model).

The words are the detector's own tokens (alumni.domain.crisis.spelling), so a Devanagari
word and its casual romanisation already meet in one skeleton ("जीना" and "jeena" are both
"jin"), and shorthand, look-alike letters and repeated letters are folded the same way the
rules see them. Per word, three kinds of feature, each present or absent:

- ``w:`` its skeleton: one feature for every spelling and script of a word;
- ``r:`` its folded form (lower case, accents and look-alikes undone, "a" kept): English
  words that the skeleton would merge ("man" and "mean" are both "mn") stay apart;
- ``b:`` the skeletons of it and the next word (hashed from the two skeletons' CRC-32s):
  "jin nhi" (jeena nahi) weighs otherwise than "jin" and "nhi" apart;
- ``n:`` its skeleton again when a negation sits up to two words after it or three before
  it ("didnt have a drink", "nahi pi", "pyayla nahi"): "drink" said of a drink not taken
  is another feature than "drink".

Character n-grams inside words were measured too (3-5 and 4 letters, on the skeleton):
on the backtests (docs/crisis-detection.md) they caught no more and raised more false
alarms, so they are not read.

Each feature is hashed with CRC-32 (stable across processes and machines, unlike hash())
into 2**20 slots: the weights file holds numbers, not the sets' words. Only the first
MAX_WORDS words are read: no training line is half as long, and a 1,600-character text
(some 300 words) costs the classifier half as much (the rules read every word).
"""
from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter
from typing import Protocol

BITS = 20
_MASK = (1 << BITS) - 1
MAX_WORDS = 150
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
    from alumni.domain.crisis.spelling import skeletons

    return skeletons(*NEGATIONS)


@lru_cache(maxsize=65536)
def _word_slots(skeleton: str, raw: str) -> tuple[int, int, int, int]:
    """A word's w:, r: and n: slots, and its skeleton's CRC-32, from which the slot of a
    pair is worked out by arithmetic (no string built per pair: a long text has hundreds)."""
    return (slot("w:" + skeleton), slot("r:" + raw), slot("n:" + skeleton),
            zlib.crc32(skeleton.encode("utf-8", "surrogatepass")))


def pair_slot(first: int, second: int) -> int:
    """The b: slot of two words, from their skeletons' CRC-32s (order matters)."""
    return ((first * 16777619) ^ second) & _MASK


def pair_slots(crcs: list[int]) -> list[int]:
    """pair_slot of each word and the next, from the words' CRC-32s in order (one
    comprehension rather than a call per pair: a long text has a hundred and fifty)."""
    return [((first * 16777619) ^ second) & _MASK for first, second in zip(crcs, crcs[1:], strict=False)]


_SKELETON_SLOT, _FOLDED_SLOT = itemgetter(0), itemgetter(1)


@dataclass(frozen=True)
class Reading:
    """The features of a text, per word read (at most MAX_WORDS): `words[i]` are word i's
    slots (as _word_slots gives them: shared, not built per text), `negated[i]` whether its
    n: slot counts, `pairs[i]` the slot of words i and i + 1."""

    words: list[tuple[int, int, int, int]]
    negated: list[bool]
    pairs: list[int]

    def own(self, i: int) -> tuple[int, ...]:
        """Word i's own slots."""
        slots = self.words[i]
        return slots[:3] if self.negated[i] else slots[:2]

    def slots(self) -> frozenset[int]:
        """The text's features, each counted once (built without a tuple per word: a
        collection during a long text's reading would walk all of the rules' objects)."""
        out = set(map(_SKELETON_SLOT, self.words))
        out.update(map(_FOLDED_SLOT, self.words), self.pairs)
        if any(self.negated):
            out.update(slots[2] for slots, no in zip(self.words, self.negated, strict=True) if no)
        return frozenset(out)


def read(words: Sequence[Word]) -> Reading:
    words = words[:MAX_WORDS]
    per_word = [_word_slots(w.skeleton, w.raw) for w in words]
    negations = _negations()
    negated = [False] * len(words)
    for i, word in enumerate(words):
        if word.skeleton in negations:
            for j in range(max(0, i - NEGATES_BEFORE), min(len(words), i + NEGATES_AFTER + 1)):
                negated[j] = negated[j] or j != i
    pairs = pair_slots([slots[3] for slots in per_word])
    return Reading(per_word, negated, pairs)


def slots(words: Sequence[Word]) -> frozenset[int]:
    """The text's features, each counted once."""
    return read(words).slots()
