"""Word lists' entries compiled and arranged as a trie of their words, so that one walk from
each word of a text finds every entry starting there. Used for the concept lexicon
(alumni.domain.crisis.concepts) and the evidence signal classes."""
from __future__ import annotations

import re
from collections.abc import Iterable

from alumni.domain.crisis.dialect_words import DIALECT_WORDS
from alumni.domain.crisis.spelling import SHORTHAND, fold, skeleton

_UNSEEN: tuple[str, ...] = ("",)     # a word longest_spans() has not met yet

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
        # Per first word, the names of the entries it is whole, when no entry starting with it
        # runs on to a second word (most words): longest_spans() then needs no walk.
        self._one_word: dict[str, tuple[str, ...] | None] = {}
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
        What the concept lexicon needs of scan(), without a walk or a sort for most words."""
        root = self._root
        one_word = self._one_word
        out: list[tuple[str, int, int]] = []
        append = out.append
        for i, skel in enumerate(skeletons):
            names = one_word.get(skel, _UNSEEN)
            if names is _UNSEEN:
                if len(one_word) >= 65536:      # bounded, like an lru_cache
                    one_word.clear()
                names = one_word[skel] = self._one_word_names(skel)
            if names is not None:       # entries of this word alone, or none at all
                for name in names:
                    append((name, i, i + 1))
                continue
            longest: dict[str, int] = {}
            for _, name, end in self._walk(skeletons, i, root.steps(skel)):
                if end > longest.get(name, i):
                    longest[name] = end
            for name, end in longest.items():
                append((name, i, end))
        return out

    def _one_word_names(self, skel: str) -> tuple[str, ...] | None:
        """The names of the entries that are this word alone, in rank order; None when an
        entry starting with it runs on to further words (the text must then be walked)."""
        first = self._root.steps(skel)
        if any(node.exact or node.other for node in first):
            return None
        return tuple(dict.fromkeys(name for _, name in sorted(
            ending for node in first for ending in node.ending)))

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
