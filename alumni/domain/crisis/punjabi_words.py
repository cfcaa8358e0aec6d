"""Punjabi words in Hinglish that fold onto other words of the lexicon, read from the
letters typed: "chhad" (छड्ड, Punjabi "quit": "chitta chhade ik saal ho gaya", "nasha chhado")
folds to "chadh" (nasha chadh gaya, got high). Only "chh" (छ) is the quitting; "chadh",
"chad" stay the high. Called early by alumni.domain.crisis.idioms, so the refusals, the
sobriety and the evidence all read it as a quitting word."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_QUIT = ("chhad", "छड्ड", "छड")
# The high and the downing that a quitting word cannot be: "nasha chhado" is quit the drugs,
# "daru chhaddi" (quit drink) is not "chadhai" (downed it).
_HIGH = ("intoxicated", "high_word", "get_intox", "use", "use_strong", "down_it", "drank", "drank_bare",
         "took", "take_any", "raised_again")


def _quitting(raw: str) -> bool:
    """"chhad", "chhade", "chhaddeya", "छड्ड दित्ता" (not "chadh", "chad gaya")."""
    return raw.startswith(_QUIT) and "dh" not in raw


def read_punjabi(c: Concepts) -> None:
    if not c.may_hold(_QUIT):
        return
    words = c.words
    negated = {h.end for h in c.of("negation", "weak_negation")}
    for i, token in enumerate(words):
        # "zinda nahi chhaddanga" (won't leave him alive): a negated leaving is no quitting,
        # and is left for the threat it is
        if not _quitting(token.raw) or i in negated:
            continue
        for name in _HIGH:
            c.drop(name, i, i + 1)
        c.add("quit", i, i + 1)
