"""What the crisis rules alone make of a sentence, asserted with the detector's explanation on
failure: the rules are read without the classifier (second_opinion=False), so that it cannot
hide a regression of theirs."""
from __future__ import annotations

from alumni.domain.crisis import Category, detect


def assert_rules_find(text: str, category: Category) -> None:
    detection = detect(text, second_opinion=False)
    assert category in {f.category for f in detection.findings}, detection.explain()


def assert_rules_stay_quiet(text: str) -> None:
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


def assert_rules_read_a_craving(text: str) -> None:
    """Urgent (a call today) and no crisis."""
    detection = detect(text, second_opinion=False)
    assert detection.urgent and not detection.crisis, detection.explain()


def assert_rules_stay_calm(text: str) -> None:
    """Neither a crisis nor urgent."""
    detection = detect(text, second_opinion=False)
    assert not detection.urgent and not detection.crisis, detection.explain()
