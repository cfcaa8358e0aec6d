"""A mother or a brother and a sister named by short words whose skeleton other words share
(round 18), read by alumni.domain.crisis.idioms before the rules, by their spelling as typed:

- "aai", "आई", "maa", "माँ", "ammi", "मम्मी", "आईला" as mother_spoken_to: by skeleton "आई" is the
  English "i", "maa" is "am", "ammi" and "मम्मी" are the Marathi "mi", "आईला" is "ill";
- "दादाला", "dadala", "ताईला", "taila" (to the elder brother, to the elder sister) as to_a_sibling:
  by skeleton they are "daal", "dala" (put) and "till".

The leaving said to a mother and one's things handed to a sibling
(areas/self_harm/after_the_quarrel.py) need them named; a writer's own "i am leaving", "mi
nighalo" or "sabzi me namak daal de" must not count as them.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_MOTHER = frozenset({"aai", "aayi", "aaii", "आई", "आइ", "maa", "माँ", "मां", "ammi", "अम्मी", "amma", "अम्मा",
                     "maaa", "mamma", "मम्मी", "मम्मीला", "मम्मीजी", "आईला", "aaila", "aaela", "आईस", "आईशी",
                     "aaishi", "माँजी", "maaji", "मम्मा", "मॉम", "आईसाहेब"})
_TO_SIBLING = frozenset({"dadala", "दादाला", "daadala", "taila", "ताईला", "taayla", "tayila", "दादासाठी",
                         "ताईसाठी", "dadasathi", "taisathi"})


def read_kin_named(c: Concepts) -> None:
    for i, token in enumerate(c.words):
        if token.raw in _MOTHER:
            c.add("mother_spoken_to", i, i + 1)
        elif token.raw in _TO_SIBLING:
            c.add("to_a_sibling", i, i + 1)
