"""A bottle named by what it holds, when that is no drink (round 72: "a new IPA bottle and flux for the
shop", "phenyl ki bottle"): the bottle is the shop's. Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_BOTTLE_AS_DRINK = ("alcohol", "alcohol_maybe", "bottle_word", "bottles_plural", "drunk_by_the_vessel",
                    "pn_party_around")
_CONTENTS = ("bottle_of_else",)
# A bottle finished, put to the mouth or to be drunk is the writer's, whatever it held.
_CONSUMED = ("eat", "drank", "drink_verb", "swallow", "down_it", "use_strong", "end", "cs_will_take_it", "pm_on_lips")
_CONTENT_WORDS = frozenset({"ipa", "isopropyl", "flux", "spray", "sanitiser", "sanitizer", "cleaner", "dettol",
                            "harpic", "lizol", "colin", "glue", "paint", "colour", "color", "handwash"})
_OF = frozenset({"ki", "की", "ka", "का", "ke", "के", "chi", "ची", "cha", "चा", "of"})


def forget_bottle_of_something_else(c: Concepts) -> None:
    """A bottle named by what it holds, when that is no drink: "a new IPA bottle and flux for the
    shop" (round 72), "phenyl ki bottle": the bottle is the shop's, not a drink's."""
    words = c.words
    if c.of(*_CONSUMED):
        return
    contents = {i for h in c.of(*_CONTENTS) for i in range(h.start, h.end)}
    contents |= {i for i, t in enumerate(words) if t.raw in _CONTENT_WORDS}
    if not contents:
        return
    for hit in c.of("bottle_word"):
        before = hit.start - 1
        if before >= 0 and words[before].raw in _OF:
            before -= 1
        if before in contents:
            for name in _BOTTLE_AS_DRINK:
                c.drop(name, hit.start, hit.end)
