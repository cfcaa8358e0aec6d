"""The concept lexicon (alumni.domain.crisis.base_lexicon widened by the areas) and where
each concept occurs in a text: what words mean, in English, Hindi and Marathi, both scripts.

A concept is a list of entries. An entry is one word or a few words in a row, written as
people type them; "stem*" matches any word the stem begins (its inflections: मर -> मरना,
मरूंगा; jag* is too broad, so inflections that would collide with other words are
listed instead). Entries are compared by skeleton (alumni.domain.crisis.spelling), so one
spelling per sound is enough: "daru" also finds daaru, दारू, DAARUUU; "jeena" finds
jina, जीना. A word may belong to several concepts ("marunga" is dying and a will).

Nothing here is a crisis on its own except the concepts rules.py lists as strong: the
rules say which combinations, within a few words in any order, are.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from typing import cast

from alumni.domain.crisis.areas import AREAS
from alumni.domain.crisis.base_lexicon import BASE_CONCEPTS
from alumni.domain.crisis.entry_trie import EntryTrie, Matcher, compile_entry
from alumni.domain.crisis.records import record
from alumni.domain.crisis.spelling import Token
from alumni.domain.crisis.word_lists import merge_lexicon

# An area that names an existing concept as new, or extends one that does not exist, stops
# the import here (alumni.domain.crisis.word_lists).
CONCEPTS: dict[str, tuple[str, ...]] = merge_lexicon(BASE_CONCEPTS, AREAS)

# Strong substance-specific nouns: for relapse the named substance goes on the finding.
SUBSTANCES = {"alcohol": "alcohol", "cannabis": "cannabis", "opioids": "opioids",
              "cocaine": "cocaine", "sedatives": "pills", "stimulants": "stimulants",
              "inhalants": "inhalants", "drugs": None}
SUBSTANCE_CONCEPTS = tuple(SUBSTANCES)
# A bet by name: for an alumnus in recovery from gambling, what a substance is to the others
# (areas/substance_use/bets_placed.py).
BETTING_CONCEPTS = ("bet_game", "bet_cards", "bet_on", "bet_said")


@record
class Hit:
    concept: str
    start: int          # first token index
    end: int            # one past the last token index


# Every entry of every concept, compiled once: (concept, words).
ENTRIES: tuple[tuple[str, tuple[Matcher, ...]], ...] = tuple(
    (name, words) for name, entries in CONCEPTS.items()
    for words in dict.fromkeys(map(compile_entry, entries)))


_TRIE = EntryTrie(ENTRIES)


class _Bounds(list[int]):
    """Where a concept was found in a text (start, end, start, end, ...), its Hits not made."""


class Concepts:
    """Where each concept occurs in one text's tokens."""

    def __init__(self, words: list[Token]):
        self.words = words
        # Each concept's hits, or until first asked for, where it was found (_Bounds): most
        # concepts a text holds are never asked about, and a long text's few hundred hits,
        # built at once, were a tenth of detect() and most of the objects whose count sets
        # the garbage collector off.
        found: dict[str, _Bounds] = {}
        spans_from = _TRIE.spans_from_each_word([token.skeleton or "_" for token in words])
        for start, spans in enumerate(spans_from):
            for name, length in spans:
                if length > 1 and words[start].sentence != words[start + length - 1].sentence:
                    continue    # no entry runs across a full stop: "मी घेतली. नाही म्हणू" is no "घेतली नाही"
                bounds = found.get(name)
                if bounds is None:
                    found[name] = _Bounds((start, start + length))
                else:
                    bounds.append(start)
                    bounds.append(start + length)
        self._hits = cast("dict[str, list[Hit] | _Bounds]", found)

    @property
    def hits(self) -> dict[str, list[Hit]]:
        """Every concept's hits, by concept (all of them made)."""
        for name, found in list(self._hits.items()):
            if isinstance(found, _Bounds):
                self._made(name, found)
        return cast("dict[str, list[Hit]]", self._hits)      # all made above

    def _made(self, name: str, bounds: _Bounds) -> list[Hit]:
        """A concept's hits, made from where it was found (the first time they are asked for)."""
        hits = [Hit(name, bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
        self._hits[name] = hits
        return hits

    def _get(self, name: str) -> list[Hit] | None:
        """A concept's hits (made now if need be); None for a concept the text never held."""
        found = self._hits.get(name)
        return self._made(name, found) if isinstance(found, _Bounds) else found

    def present(self) -> list[str]:
        """The concepts with a hit, without making the hits."""
        return [name for name, hits in self._hits.items() if hits]

    def keep(self, concept: str, hits: list[Hit]) -> None:
        """Keep only `hits` of a concept (a reading chose them from of(concept))."""
        self._hits[concept] = hits

    @cached_property
    def typed(self) -> str:
        """The text's words as typed (Token.raw), each with a space before and after it."""
        return " " + " ".join(token.raw for token in self.words) + " "

    @cached_property
    def typed_words(self) -> frozenset[str]:
        """The text's words as typed (Token.raw), each once."""
        return frozenset(token.raw for token in self.words)

    @cached_property
    def sentences(self) -> dict[int, range]:
        """Each sentence's words (their indices), by sentence number in the text's order: a
        sentence is a run of words (spelling.tokens only ever counts sentences up)."""
        bounds: dict[int, range] = {}
        start = 0
        for i in range(1, len(self.words) + 1):
            if i == len(self.words) or self.words[i].sentence != self.words[start].sentence:
                bounds[self.words[start].sentence] = range(start, i)
                start = i
        return bounds

    @cached_property
    def spelled(self) -> str:
        """The text's words' skeletons, each with a space before and after it."""
        return " " + " ".join(token.skeleton for token in self.words) + " "

    def may_spell(self, parts: Iterable[str]) -> bool:
        """As may_hold, for skeletons: False when no word's skeleton begins with, ends with
        or is one of `parts`."""
        spelled = self.spelled
        return any(part in spelled for part in parts)

    def may_hold(self, parts: Iterable[str]) -> bool:
        """False when no word of the text begins with, ends with or is one of `parts`; True
        when one may (the words are still to be read). A reading that goes through every
        word for a few words or stems asks this first: one search of the text per part
        instead of a Python call per word, on a text that almost never has them."""
        typed = self.typed
        return any(part in typed for part in parts)

    def of(self, *names: str) -> list[Hit]:
        # Read a few hundred times per text, mostly for concepts it lacks: one look-up for
        # those, no comprehension (a frame of its own). A copy otherwise, as callers add and
        # drop while they go through it.
        made = self._hits
        if len(names) == 1:
            found = made.get(names[0])
            if not found:
                return []
            return (self._made(names[0], found) if isinstance(found, _Bounds) else found)[:]
        out: list[Hit] = []
        for name in names:
            found = made.get(name)
            if found:
                out += self._made(name, found) if isinstance(found, _Bounds) else found
        return out

    def add(self, concept: str, start: int, end: int) -> None:
        """A concept read from context rather than from a word list ("I used" at a clause end)."""
        hits = self._get(concept)
        if hits is None:
            hits = self._hits[concept] = []
        hits.append(Hit(concept, start, end))

    def drop_all(self, start: int, end: int) -> None:
        """Forget every concept's occurrences inside [start, end): the words meant none of them."""
        for name in self.present():
            self.drop(name, start, end)

    def drop(self, concept: str, start: int, end: int) -> None:
        """Forget a concept's occurrences inside [start, end): an idiom used the words."""
        hits = self._get(concept)
        if hits:
            self._hits[concept] = [h for h in hits if h.end <= start or h.start >= end]
