"""Using again told by how much was taken reaches a person: the amount drunk not remembered
("kitni pi yaad nahi", "किती प्यायलो ते आठवत नाही", "don't remember how much I drank") and
joints by their count ("2 joints", "teen joint"). Water by the amount, a joint longed for and
the joints of the body stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "kitni pi yaad nahi kal raat",
    "कितनी पी, याद नहीं",
    "किती प्यायलो ते आठवत नाही",
    "i don't remember how much i drank",
    "result ke baad terrace pe 2 joints",
    "काल रात्री तीन joint ओढले",
])
def test_how_much_was_taken_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "kitna paani piya yaad nahi",
    "2 joints me bahut dard hai",
])
def test_water_and_the_body_s_joints_stay_quiet(text):
    assert_rules_stay_quiet(text)


def test_a_joint_longed_for_stays_a_craving():
    found = {f.category for f in detect("bahut tadap hai, ek joint ke liye kuch bhi", second_opinion=False).findings}
    assert Category.RELAPSE not in found
