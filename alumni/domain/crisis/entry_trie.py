"""Word lists' entries compiled and arranged as a trie of their words, so that one walk from
each word of a text finds every entry starting there. Used for the concept lexicon
(alumni.domain.crisis.concepts) and the evidence signal classes."""
from __future__ import annotations

import re
from collections.abc import Iterable

from alumni.domain.crisis.dialect_words import DIALECT_WORDS
from alumni.domain.crisis.spelling import SHORTHAND, fold, skeleton

_UNSEEN: tuple[tuple[str, int], ...] = (("", 0),)     # words longest_spans() has not met yet

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
        # What longest_spans() found from a word, by the words its walk read; None for the
        # first words of a walk that read further.
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
        pass over the text, most words answered by one look-up of the root's steps."""
        root = self._root
        known = root._steps
        out: list[tuple[int, list[tuple[tuple[int, int], str, int]]]] = []
        for i, skel in enumerate(skeletons):
            first = known.get(skel)
            if first is None:
                first = root.steps(skel)
            if first:
                found = self._walk(skeletons, i, first)
                if found:
                    out.append((i, found))
        return out

    def longest_spans(self, skeletons: list[str]) -> list[tuple[str, int, int]]:
        """(name, start, end) of the longest entry of each name starting at each word: by
        start, and at one start in the order of the names' first entries in scan() (by rank).
        What the concept lexicon needs of scan(). A walk from a word reads a few words and
        its finding depends on those alone, and the same few words come back in every text:
        remembered by the words read, most words need a look-up or two, no walk, no sort."""
        root = self._root
        known = self._spans_after
        count = len(skeletons)
        out: list[tuple[str, int, int]] = []
        append = out.append
        for i, skel in enumerate(skeletons):
            read = (skel,)
            spans = known.get(read, _UNSEEN)
            while spans is None and i + len(read) < count:     # the walk read further before
                read += (skeletons[i + len(read)],)
                spans = known.get(read, _UNSEEN)
            if spans is None or spans is _UNSEEN:
                spans, length = self._longest_from(skeletons, i, root.steps(skel))
                if length:
                    if len(known) >= 65536:     # bounded, like an lru_cache
                        known.clear()
                    for shorter in range(1, length):
                        known[tuple(skeletons[i:i + shorter])] = None
                    known[tuple(skeletons[i:i + length])] = spans
            for name, words in spans:
                append((name, i, i + words))
        return out

    @staticmethod
    def _longest_from(skeletons: list[str], i: int,
                      frontier: tuple[_Node, ...]) -> tuple[tuple[tuple[str, int], ...], int]:
        """((name, words) of each name's longest entry from word i, in the names' rank order;
        how many words decided it), 0 when the text's end did: then it holds for this text only.
        The walk stops where no entry goes further, as _walk's next step would find nothing."""
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
        longest: dict[str, int] = {}
        for _, name, last in found:
            if last > longest.get(name, i):
                longest[name] = last
        return tuple((name, last - i) for name, last in longest.items()), read

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
