"""Phrases that make danger words harmless, each only beside the words of its kind in the same
sentence: the machinery shared by the readings of everyday talk (stall_talk, mill_and_garden_talk).

A phrase is a few runs of words as typed; its first word is looked up once per word of the text, the
rest are compared in order ("x*" is a stem). When a run is found in a sentence that holds one of the
phrase's `beside` words (or it has none) and none of its `keep` words (a word of real danger), every
concept on the run's words is forgotten and "unmeant" is put there instead, so that the evidence read
across the message does not take the words up either.
"""
from __future__ import annotations

from dataclasses import dataclass

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.look_alikes import typed_as


@dataclass(frozen=True)
class Phrase:
    words: tuple[tuple[str, ...], ...]   # runs of words as typed; after the first, "x*" is a stem
    beside: frozenset[str] = frozenset()  # one of these in the sentence (empty: always)
    keep: frozenset[str] = frozenset()    # one of these in the sentence keeps every word


def word_set(*words: str) -> frozenset[str]:
    return frozenset(words)


class PhraseBook:
    """Phrases indexed by their first word, which is never a stem: one look-up per word of the text.
    For each word the first of its phrases that is harmless there is taken."""

    def __init__(self, phrases: tuple[Phrase, ...]):
        self._by_first: dict[str, list[tuple[Phrase, tuple[str, ...]]]] = {}
        for phrase in phrases:
            for run in phrase.words:
                self._by_first.setdefault(run[0], []).append((phrase, run))

    def forget(self, c: Concepts) -> None:
        words = c.words
        for start, token in enumerate(words):
            for phrase, run in self._by_first.get(token.raw, ()):
                if _runs_at(c, start, run) and _harmless_here(c, start, phrase):
                    c.drop_all(start, start + len(run))
                    c.add("unmeant", start, start + len(run))
                    break


def _runs_at(c: Concepts, start: int, run: tuple[str, ...]) -> bool:
    words = c.words
    end = start + len(run)
    return end <= len(words) and all(typed_as(words[start + k].raw, (run[k],)) for k in range(1, len(run))) \
        and words[start].sentence == words[end - 1].sentence


def _harmless_here(c: Concepts, start: int, phrase: Phrase) -> bool:
    words = c.words
    sentence = {words[i].raw for i in c.sentences[words[start].sentence]}
    return not (phrase.beside and sentence.isdisjoint(phrase.beside)) and not (sentence & phrase.keep)
