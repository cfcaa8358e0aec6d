"""A father's hanging told reaches a person (rules alone): "papa ne phansi laga li" was read as an
app that hangs, because "papa" folds to the skeleton of "app"; an app is now one only as typed.
A death anniversary remembered stays quiet; a wish to die beside it does not."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "papa ne phansi laga li",
    "पापा ने फांसी लगा ली, जल्दी आओ",
    "tomorrow is dad's death anniversary and i want to die too",
])
def test_a_hanging_or_a_wish_to_die_is_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "app hang ho gaya, baad me reply karta hu",
    "Dad's death anniversary tomorrow, will do the puja at home. cant come to the meeting",
])
def test_an_app_that_hangs_and_a_death_remembered_stay_quiet(text):
    assert_rules_stay_quiet(text)
