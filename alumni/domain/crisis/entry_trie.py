"""Word lists' entries compiled and arranged as a trie of their words, so that one walk from
each word of a text finds every entry starting there. Used for the concept lexicon
(alumni.domain.crisis.concepts) and the evidence signal classes."""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TypeVar

from alumni.domain.crisis.dialect_words import DIALECT_WORDS
from alumni.domain.crisis.spelling import SHORTHAND, fold, skeleton

# A word of an entry: (skeleton, is_prefix), or a compiled pattern for "re:" entries.
Matcher = tuple[str, bool] | re.Pattern[str]


def _word_matcher(word: str) -> Matcher:
    prefix = word.endswith("*")
    word = word.rstrip("*")
    if word.startswith("emoji_"):
        skel = word
    else:   # a whole word is read as a text's word is (alumni.domain.crisis.spelling._read_word)
        folded = fold(word)
        skel = skeleton(SHORTHAND.get(folded) or (word if prefix else DIALECT_WORDS.get(folded, word)))
    return (skel or "_", prefix)   # "a", "आ": a word of a-sounds only is written "_"


def compile_entry(entry: str) -> tuple[Matcher, ...]:
    if entry.startswith("re:"):      # a pattern over one skeleton, e.g. a count of 10 or more
        return (re.compile(entry[3:] + "$"),)
    return tuple(_word_matcher(word) for word in entry.split())


def _matches(matcher: Matcher, skel: str) -> bool:
    if isinstance(matcher, re.Pattern):
        return matcher.match(skel) is not None
    text, prefix = matcher
    return skel.startswith(text) if prefix else skel == text


class _Node:
    """One step of the entry trie: the entries sharing the words so far branch from here."""

    __slots__ = ("exact", "other", "ending", "_steps")

    def __init__(self) -> None:
        self.exact: dict[str, _Node] = {}
        self.other: dict[Matcher, _Node] = {}     # prefix words and patterns
        self.ending: list[tuple[tuple[int, int], str]] = []   # (rank, concept) of entries ending here
        self._steps: dict[str, tuple[_Node, ...]] = {}

    def child(self, matcher: Matcher) -> _Node:
        if isinstance(matcher, tuple) and not matcher[1]:    # a whole word: looked up by its skeleton
            node = self.exact.get(matcher[0])
            if node is None:
                node = self.exact[matcher[0]] = _Node()
            return node
        node = self.other.get(matcher)
        if node is None:
            node = self.other[matcher] = _Node()
        return node

    def steps(self, skel: str) -> tuple[_Node, ...]:
        """The nodes one word further on (remembered per skeleton: words repeat across texts)."""
        found = self._steps.get(skel)
        if found is None:
            exact = self.exact.get(skel)
            found = ((exact,) if exact is not None else ()) + tuple(
                node for matcher, node in self.other.items() if _matches(matcher, skel))
            if len(self._steps) >= 65536:      # bounded, like an lru_cache
                self._steps.clear()
            self._steps[skel] = found
        return found


class EntryTrie:
    """Word lists' entries as a trie of their words: one walk from each word finds every
    entry starting there, instead of trying each entry in turn."""

    def __init__(self, entries: Iterable[tuple[str, tuple[Matcher, ...]]]) -> None:
        self._root = _Node()
        # What scan() and longest_spans() found from a word, by the words its walk read
        # (ends counted from the word); None for the first words of a walk that read further.
        self._found_after: dict[tuple[str, ...], tuple[tuple[tuple[int, int], str, int], ...] | None] = {}
        self._spans_after: dict[tuple[str, ...], tuple[tuple[str, int], ...] | None] = {}
        for number, (name, words) in enumerate(entries):
            first = words[0]
            # The order entries were once tried in: exact first words first, then by number.
            rank = (0 if isinstance(first, tuple) and not first[1] else 1, number)
            node = self._root
            for matcher in words:
                node = node.child(matcher)
            node.ending.append((rank, name))

    def scan(self, skeletons: list[str]) -> list[tuple[int, list[tuple[tuple[int, int], str, int]]]]:
        """(i, starting_at(skeletons, i)) for every i where an entry starts, in order: one
        pass over the text, each word's walk remembered by the words it read (see
        longest_spans)."""
        root = self._root
        known = self._found_after
        out: list[tuple[int, list[tuple[tuple[int, int], str, int]]]] = []
        for i, skel in enumerate(skeletons):
            found = _recall(known, skeletons, i)
            if found is None:
                walked, length = self._walk_from(skeletons, i, root.steps(skel))
                found = tuple((rank, name, end - i) for rank, name, end in walked)
                _remember(known, skeletons, i, length, found)
            if found:
                out.append((i, [(rank, name, i + words) for rank, name, words in found]))
        return out

    def longest_spans(self, skeletons: list[str]) -> list[tuple[str, int, int]]:
        """(name, start, end) of the longest entry of each name starting at each word: by
        start, and at one start in the order of the names' first entries in scan() (by rank).
        What the concept lexicon needs of scan()."""
        return [(name, i, i + words) for i, spans in enumerate(self.spans_from_each_word(skeletons))
                for name, words in spans]

    def spans_from_each_word(self, skeletons: list[str]) -> list[tuple[tuple[str, int], ...]]:
        """For each word, (name, words) of the longest entry of each name starting there, in
        the order longest_spans gives them. A walk from a word reads a few words and its
        finding depends on those alone, and the same few words come back in every text:
        remembered by the words read, most words need a look-up or two, no walk, no sort,
        and no object built (the findings are the remembered ones)."""
        root = self._root
        known = self._spans_after
        out: list[tuple[tuple[str, int], ...]] = []
        append = out.append
        for i, skel in enumerate(skeletons):
            spans = _recall(known, skeletons, i)
            if spans is None:
                walked, length = self._walk_from(skeletons, i, root.steps(skel))
                longest: dict[str, int] = {}
                for _, name, end in walked:
                    if end > longest.get(name, i):
                        longest[name] = end
                spans = tuple((name, end - i) for name, end in longest.items())
                _remember(known, skeletons, i, length, spans)
            append(spans)
        return out

    @staticmethod
    def _walk_from(skeletons: list[str], i: int,
                   frontier: tuple[_Node, ...]) -> tuple[list[tuple[tuple[int, int], str, int]], int]:
        """(what _walk finds, how many words decided it), 0 when the text's end did: then it
        holds for this text only. Stops where no entry goes further, as _walk's next step
        would find nothing."""
        found: list[tuple[tuple[int, int], str, int]] = []
        count = len(skeletons)
        end = i + 1
        read = 0
        while frontier:
            for node in frontier:
                for rank, name in node.ending:
                    found.append((rank, name, end))
            if not any(node.exact or node.other for node in frontier):
                read = end - i
                break
            if end >= count:
                break
            frontier = tuple(step for node in frontier for step in node.steps(skeletons[end]))
            end += 1
        else:
            read = end - i
        found.sort()
        return found, read

    def starting_at(self, skeletons: list[str], i: int) -> list[tuple[tuple[int, int], str, int]]:
        """(rank, name, end) of every entry whose words are skeletons[i:end], by rank."""
        frontier = self._root.steps(skeletons[i])
        if not frontier:        # most words start no entry
            return []
        return self._walk(skeletons, i, frontier)

    @staticmethod
    def _walk(skeletons: list[str], i: int,
              frontier: tuple[_Node, ...]) -> list[tuple[tuple[int, int], str, int]]:
        found: list[tuple[tuple[int, int], str, int]] = []
        count = len(skeletons)
        end = i + 1
        while frontier:
            for node in frontier:
                for rank, name in node.ending:
                    found.append((rank, name, end))
            if end >= count:
                break
            skel = skeletons[end]
            if len(frontier) == 1:
                frontier = frontier[0].steps(skel)
            else:
                frontier = tuple(step for node in frontier for step in node.steps(skel))
            end += 1
        if len(found) > 1:
            found.sort()
        return found


_Found = TypeVar("_Found")


def _recall(known: dict[tuple[str, ...], _Found | None], skeletons: list[str], i: int) -> _Found | None:
    """What a walk from word i found before, looked up by the words it read; None if unknown."""
    count = len(skeletons)
    end = i + 1
    read: tuple[str, ...] = (skeletons[i],)
    found = known.get(read, _UNKNOWN)
    while found is None and end < count:     # it read further: one look-up per word
        read += (skeletons[end],)
        end += 1
        found = known.get(read, _UNKNOWN)
    return None if found is _UNKNOWN else found


# What _recall finds for words no walk has read (None there is a walk that read further).
_UNKNOWN: Any = object()


def _remember(known: dict[tuple[str, ...], _Found | None], skeletons: list[str], i: int,
              length: int, found: _Found) -> None:
    """Keep what the walk from word i found, under the `length` words it read (none when
    the text's end decided it)."""
    if not length:
        return
    if len(known) >= 65536:     # bounded, like an lru_cache
        known.clear()
    for shorter in range(1, length):
        known[tuple(skeletons[i:i + shorter])] = None
    known[tuple(skeletons[i:i + length])] = found
