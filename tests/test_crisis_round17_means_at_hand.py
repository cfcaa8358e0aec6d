"""Harm to others and overdoses told through the means at hand reach a person: fuel bought for
the people who will burn, a corpse promised in Marathi, a head to be split, a stick held waiting
for him to come, boiling water to be thrown, a son to be carried off by the lenders; a pill box
found empty beside one who does not answer or wake, lots of pills taken, the farm's poison drunk
by a parent. Petrol's price, pills taken daily, boiling water thrown out, a box emptied at the end
of a course stay quiet, each beside an earnest twin that still alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "bought kerosene. the landlord and his family will burn tonight",
    "त्या सावकाराचा मुडदाच पाडीन",
    "uska sir phod dunga agar phir aaya",
    "ekda tyache doke fodin mi",
    "लाठी लेके बैठा हूं, आने दो उसको",
    "will throw boiling water on his face",
    "तिच्या अंगावर उकळतं पाणी फेकीन",
])
def test_fuel_a_corpse_a_head_a_stick_or_boiling_water_alerts(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "recovery wale bhai ko utha le jayenge, dhamki de rahe hain",
    "कर्जवाले माझ्या भावाला उचलून नेऊ अशी धमकी देतायत",
])
def test_a_relation_threatened_with_being_carried_off_alerts(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "her sleeping pill strip is empty and she won't wake up",
    "his pill box is empty and he is not answering",
    "aai chya zopechya golyancha dabba rikama, ti uthat nahi",
    "she took lots of pills after the fight",
    "papa ne khet wali dawai pi li, hospital le ja rahe hain",
])
def test_a_pill_box_found_empty_or_lots_taken_alerts(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "petrol is so expensive, my salary burns in a week",
    "ukalta pani fekun de, chaha nako",
    "i have to take lots of pills every day for bp",
    "his pill box is empty, need to order more from the pharmacy, he's not answering his phone",
])
def test_a_price_a_kettle_or_a_refill_stays_quiet(text):
    assert_rules_stay_quiet(text)
