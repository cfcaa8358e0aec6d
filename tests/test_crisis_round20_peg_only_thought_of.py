"""A peg only thought of, remembered or longed for, read by the rules alone: a craving, urgent,
not a relapse; a peg had still reads as a relapse."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_find


@pytest.mark.parametrize("text", [
    "shaam ko ek peg ka khayal baar baar aata hai",
    "aaj ek peg ki yaad bahut aa rahi hai",
    "एक पेग की तलब लगी है",
    "ek peg chi aathvan yetey sarkhi",
    "एक पेग ची आठवण येतेय",
])
def test_a_peg_thought_of_is_a_craving(text: str) -> None:
    detection = detect(text, second_opinion=False)
    assert detection.urgent and not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "kal ek peg maar liya",
    "ek peg le liya yaar, sorry",
    "काल एक पेग घेतला",
])
def test_a_peg_had_is_still_a_relapse(text: str) -> None:
    assert_rules_find(text, Category.RELAPSE)
