"""The only way left is an errand when the way is named, even a clause after the words ("only
option left now is to call the landlord"); with nothing named, or only a farewell after it, it
reaches a person. A cancel looks as far as its rule allows (Combination.unless_reach)."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "only option left now is to call the landlord and ask for a week",
    "ek hi rasta bacha hai ab, bank se loan lena padega",
    "एकच मार्ग उरलाय आता, साहेबांशी बोलून बघतो",
])
def test_the_only_way_left_with_the_way_named_later_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "only option left now. i am tired of fighting, tell maa i tried",
    "bas ek hi rasta bacha hai ab, sab ko sorry bol dena",
    "एकच मार्ग उरलाय आता, मला माफ करा",
])
def test_the_only_way_left_with_nothing_named_alerts(text):
    assert_rules_find(text, Category.SUICIDE)
