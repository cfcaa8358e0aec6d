"""Sobriety told by not going near it (round 23, holdouts 65-66): "daru kade gelo nahi", "नशे की
तरफ नहीं गया", "daru ke paas nahi gaya", "didn't go near the bottle"; and "phir bhi" (even so),
which is no "phir" (again): "tension thi phir bhi daru ke paas nahi gaya".

The drink is forgotten when a direction (kade, ki taraf, ke paas, near) follows it and a denied
going ("gelo nahi", "nahi gaya", "didn't go") comes within a few words, with no drink had
in the text ("phir se daru ki taraf gaya aur pi li" keeps its reading: the going is not denied).
A drink had in the same clause keeps it; a breath taken ("shwas ghetla") elsewhere does not. A promise
("नशे की तरफ नहीं जाऊंगा") is left as it reads. Read by alumni.domain.crisis.idioms
before the rules.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import SUBSTANCE_CONCEPTS, Concepts

_TOWARDS = (("kade",), ("कडे",), ("ki", "taraf"), ("की", "तरफ"), ("ke", "paas"), ("के", "पास"), ("ki", "or"),
            ("की", "ओर"), ("jawal",), ("जवळ",), ("javal",), ("near",), ("near", "the"))
_JOINED_TOWARDS = ("kade", "कडे", "जवळ")
_WENT = frozenset({"gelo", "गेलो", "geli", "गेली", "gaya", "गया", "gayi", "गई", "gya", "गेला", "gela", "go",
                   "went", "phirklo", "फिरकलो", "firklo", "fatakla", "फटकलो", "bhatakla", "भटका", "gaye"})
_DENIED = frozenset({"nahi", "नाही", "nahin", "नहीं", "nhi", "nai", "nay", "नाय", "didnt", "didn't", "never",
                     "not"})
_EVEN_SO = frozenset({"bhi", "भी", "bhee"})
_AGAIN_FOLDED = frozenset({"phir", "fir", "फिर", "phirr"})
_HAD = ("drank", "use_strong", "down_it", "took", "took_at_sitting", "measure")


def _towards_after(raws: list[str], i: int) -> int:
    """How many words after i name a direction (0 when none)."""
    for phrase in _TOWARDS:
        if tuple(raws[i + 1:i + 1 + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def forget_not_gone_towards(c: Concepts) -> None:
    typed = c.typed_words
    even_so = not typed.isdisjoint(_AGAIN_FOLDED) and not typed.isdisjoint(_EVEN_SO)
    if not even_so and typed.isdisjoint(_WENT):
        return
    words = c.words
    raws = [t.raw for t in words]
    for i, raw in enumerate(raws[:-1]):
        if even_so and raw in _AGAIN_FOLDED and raws[i + 1] in _EVEN_SO:
            c.drop("again", i, i + 1)
    had_in = {words[h.start].clause for h in c.of(*_HAD)}
    for hit in c.of(*SUBSTANCE_CONCEPTS):
        if words[hit.start].clause in had_in:
            continue
        last = hit.end - 1
        span = _towards_after(raws, last)
        if not span and not raws[last].endswith(_JOINED_TOWARDS):
            continue
        after = raws[hit.end + span:hit.end + span + 4]
        if any(w in _WENT for w in after) and any(w in _DENIED for w in after):
            for name in SUBSTANCE_CONCEPTS + ("drawn",):
                c.drop(name, hit.start, hit.end + span)
