"""The month's pills fetched from the chemist are an errand; a count, a sleeping pill, a
wish to take them or a hiding place beside them still alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "got all my pills from the pharmacy for the month",
    "picked up all the tablets from the chemist today, sugar wali bhi",
    "मेडिकल से सारी गोलियां ले आया महीने भर की",
    "chemist se saari goliyan le aaya hu, ab ek mahina chinta nahi",
    "collected all my tablets from the medical store on the way home",
])
def test_the_months_pills_from_the_chemist_are_an_errand(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "got all my pills from the pharmacy, will take them all tonight",
    "got 40 sleeping pills from 3 different chemists",
    "मेडिकल से सारी गोलियां ले आया, आज सब खा लूंगा",
    "collected all the pills from the chemist and hid them under the bed",
    "chemist se saari neend ki goliyan le aaya",
])
def test_pills_gathered_with_a_count_a_wish_or_a_hiding_place_alert(text):
    assert_rules_find(text, Category.OVERDOSE)
