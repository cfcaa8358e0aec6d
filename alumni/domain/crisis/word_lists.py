"""How the areas' word lists join the base lexicon, and the guard that keeps it explicit.

An area's word module says which concepts it introduces (NEW) and which existing concepts
it adds words to (EXTENDS). A NEW name that already exists, or an EXTENDS name that does
not, is a mistake made silently otherwise (a new "sleep" list would quietly widen the
base "sleep" that the overdose rules read): the lexicon refuses to build, at import.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import ModuleType
from typing import Protocol

Words = dict[str, tuple[str, ...]]


class LexiconError(ValueError):
    """A word list names a concept the wrong way: new but existing, or extending nothing."""


class WordModule(Protocol):
    __name__: str
    NEW: Mapping[str, tuple[str, ...]]
    EXTENDS: Mapping[str, tuple[str, ...]]


def collect(*modules: ModuleType | WordModule) -> tuple[Words, Words]:
    """One area's NEW and EXTENDS from its word modules, in order. A name in two of the
    area's own modules is one list widened (an inflection module adds to a list of the same
    area); the same name as NEW in one and EXTENDS in another is a mistake."""
    new: Words = {}
    extends: Words = {}
    for module in modules:
        for target, other, words in ((new, extends, module.NEW), (extends, new, module.EXTENDS)):
            for name, entries in words.items():
                if name in other:
                    raise LexiconError(f"{module.__name__}: concept {name!r} is both new and extended "
                                       f"in one area")
                target[name] = target.get(name, ()) + tuple(entries)
    return new, extends


def merge_lexicon(base: Mapping[str, tuple[str, ...]], areas: Iterable[ModuleType | WordModule]) -> Words:
    """The base lexicon with each area's words added, area by area. An area's EXTENDS must
    name a concept of the base or of an area before it; its NEW must name none."""
    merged: Words = {name: tuple(entries) for name, entries in base.items()}
    origin = dict.fromkeys(merged, "the base lexicon")
    for area in areas:
        for name, entries in area.EXTENDS.items():
            if name not in merged:
                raise LexiconError(f"{area.__name__} extends concept {name!r}, which does not exist "
                                   f"(not in the base lexicon nor in an area before it): list it in NEW")
            merged[name] += tuple(entries)
        for name, entries in area.NEW.items():
            if name in merged:
                raise LexiconError(f"{area.__name__} defines concept {name!r} as new, but {origin[name]} "
                                   f"already has it: list its words in EXTENDS to add to it")
            merged[name] = tuple(entries)
            origin[name] = area.__name__
    return merged


def join_modules(*modules: ModuleType) -> Words:
    """One lexicon (the base, the evidence signals) from its modules, in order; a concept in two
    of them is an error (the second list would replace the first)."""
    joined: Words = {}
    for module in modules:
        for name, entries in module.WORDS.items():
            if name in joined:
                raise LexiconError(f"{module.__name__}: concept {name!r} is already listed in another "
                                   f"module of the same lexicon; keep its words in one place")
            joined[name] = entries
    return joined
