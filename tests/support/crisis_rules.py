"""The crisis rules read alone, without the classifier beside them: a test of a rule must
fail when the rule breaks, not be rescued by the classifier's second opinion."""
from __future__ import annotations

from alumni.domain.crisis import Detection, detect


def rules_alone(text: str) -> Detection:
    return detect(text, second_opinion=False)


def rules_explained(text: str) -> str:
    """The text and what the rules alone made of it, for an assertion's message."""
    return f"{text!r} -> {rules_alone(text).explain()!r}"
