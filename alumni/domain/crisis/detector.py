"""Interim detector: the old phrase lexicon behind the new Detection type (being replaced
by the concept-based classifier)."""
from __future__ import annotations

from alumni.domain.crisis.detection import Category, Detection, Finding
from alumni.domain.crisis_lexicon import find_crisis_terms
from alumni.domain.keywords import normalise

_OLD = {"suicide": Category.SUICIDE, "self_harm": Category.SELF_HARM,
        "overdose": Category.OVERDOSE, "using_again": Category.RELAPSE}


def detect(text: str) -> Detection:
    found = find_crisis_terms(normalise(text or ""))
    return Detection(tuple(Finding(_OLD[term], (term,), (term,)) for term in found))
