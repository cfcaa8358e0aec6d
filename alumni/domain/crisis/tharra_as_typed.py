"""Tharra, the country liquor, as typed (round 81: "honestly had tharra in Chakeri yesterday with the
pole team"). Its skeleton is that of Marathi "तर" (then), "तार" (a wire) and "tar", so the lexicon
cannot hold it; the word as typed is the drink. Called from alumni.domain.crisis.idioms, before the
drinking readings, as rum_in_devanagari is."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_THARRA = frozenset({"tharra", "tharaa", "thharra", "tharre", "ठर्रा", "ठर्रे"})


def read_tharra_as_typed(c: Concepts) -> None:
    if c.typed_words.isdisjoint(_THARRA):
        return
    for i, token in enumerate(c.words):
        if token.raw in _THARRA:
            c.add("alcohol", i, i + 1)
