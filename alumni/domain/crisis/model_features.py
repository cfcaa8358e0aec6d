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
  than "jin" and "nhi" apart.

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
from functools import lru_cache
from typing import Protocol

BITS = 20
_MASK = (1 << BITS) - 1
MAX_WORDS = 400


class Word(Protocol):
    """What a feature needs of a word: spelling.Token has both."""

    @property
    def skeleton(self) -> str: ...

    @property
    def raw(self) -> str: ...


def slot(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & _MASK


@lru_cache(maxsize=65536)
def _word_slots(skeleton: str, raw: str) -> tuple[int, int]:
    return slot("w:" + skeleton), slot("r:" + raw)


def word_slots(words: Sequence[Word]) -> list[tuple[int, ...]]:
    """Per word read (at most MAX_WORDS), the slots of its features: its skeleton, its
    folded form, and the pair it starts with the next word (the last word has none)."""
    read = words[:MAX_WORDS]
    out: list[tuple[int, ...]] = []
    for i, word in enumerate(read):
        unigram, folded = _word_slots(word.skeleton, word.raw)
        if i + 1 < len(read):
            out.append((unigram, folded, slot(f"b:{word.skeleton} {read[i + 1].skeleton}")))
        else:
            out.append((unigram, folded))
    return out


def slots(words: Sequence[Word]) -> frozenset[int]:
    """The text's features, each counted once."""
    return frozenset(s for per_word in word_slots(words) for s in per_word)
