"""Forgiveness asked through someone else, read by the rules alone: the family to be told to
forgive the writer is a farewell passed on; an apology for a named wrong passed on stays quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "gharwalon ko bol dena mujhe maaf karein",
    "घर वालों को बोल देना मुझे माफ कर दें",
    "please tell my family to forgive me",
    "aai babanna sanga mala maaf kara",
    "घरच्यांना सांगा मला माफ करा, सगळ्यांना",
])
def test_the_family_told_to_forgive_is_a_farewell(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "papa ko bolna der ho gayi, maaf karna",
    "tell mom sorry i forgot the bread",
    "gharwalon ko bolna mujhe maaf karein, aaj late aaunga",
    "didi ko bolna mujhe maaf kare, kal ki party miss ho gayi",
])
def test_an_apology_for_a_named_wrong_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
