"""The last of a routine is no farewell (rules alone): "meri aakhri class", "my last duty tonight",
"aaj raat meri aakhri shift hai" stay quiet; the last night, the last day with nobody there
tomorrow and a last message with a sorry still reach a person."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "aaj raat meri aakhri class hai, phir exam",
    "meri aakhri duty aaj raat, kal se chhutti",
    "aaj raat meri aakhri shift hai, kal se naya job",
    "आज रात मेरी आखिरी शिफ्ट है, फिर छुट्टी",
])
def test_the_last_of_a_routine_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "aaj raat meri aakhri raat hai",
    "ye meri aakhri raat hai, maaf karna sabko",
    "aaj meri aakhri din hai, kal se main nahi rahunga",
    "आज रात मेरी आखिरी रात है, सबको माफ करना",
])
def test_the_last_night_still_reaches_a_person(text):
    assert_rules_find(text, Category.SUICIDE)
