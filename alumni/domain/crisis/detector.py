"""Interim detector: the old phrase lexicon behind the new Detection type (being replaced
by the concept-based classifier)."""
from __future__ import annotations

from alumni.domain.crisis.detection import Category, Detection, Finding
from alumni.domain.crisis_lexicon import find_crisis_terms
from alumni.domain.keywords import normalise

_OLD = {"suicide": Category.SUICIDE, "self_harm": Category.SELF_HARM,
        "overdose": Category.OVERDOSE, "using_again": Category.RELAPSE}
# Interim craving / plea-for-help rule, only until the concept-based detector replaces this
# whole file: whole words or phrases, so "urgent" is not an urge.
_CRAVING = tuple(normalise(p) for p in ("help me", "craving", "cravings", "urge", "urges",
                                         "बचाओ", "मदत करा"))


def detect(text: str) -> Detection:
    normalised = normalise(text or "")
    found = find_crisis_terms(normalised)
    findings = [Finding(_OLD[term], (term,), (term,)) for term in found]
    padded = f" {normalised} "
    craving = tuple(p for p in _CRAVING if f" {p} " in padded)
    if craving:
        findings.append(Finding(Category.CRAVING, ("craving",), craving))
    return Detection(tuple(findings))
