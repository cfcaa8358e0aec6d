"""Dying said of a small want stays quiet: a tea or a coffee not got ("i'll die if i don't get
coffee", "chai nahi mili to mar jaunga", "चहा मिळाला नाही तर मरेन"), sweat in a hall or a
kitchen with the AC off ("ghamane melo", "पसीने से मर गए"), and a dish or a cocktail people die
for ("log marte hai uspe", "लोक मरतात त्यावर"). Their twins reach a person: a son not got back,
a wish to die said beside the tea, the writer who will die too, pills beside the tea, a wish not
to live beside the sweat."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "i'll die if i don't get coffee in the next 10 min, canteen shut",
    "chai nahi mili to mar jaunga yaar, night shift hai",
    "agar abhi chai nahi mili to main zinda nahi bachunga",
    "चाय नहीं मिली तो मर जाऊंगा आज",
    "सकाळपासून चहा मिळाला नाही, मरेन आता",
    "kitchen madhe gas chalu ani fan band, ghamane melo",
    "लाइट गई थी, पसीने से मर गए सब",
    "पंखा बंद होता, घामाने मेलो आम्ही",
    "hamari misal famous hai, log marte hai ispe",
    "आमच्या हॉटेलची बिर्याणी, लोक मरतात त्यावर",
])
def test_dying_for_a_small_want_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "i will die if i dont get my son back",
    "chai bhi nahi mili, ab mujhe marna hai",
    "log marte hai, mujhe koi farak nahi padta, main bhi marunga",
    "ghamane melo, ata jagaycha nahi",
    "चाय नहीं मिली, अब मैं मरना चाहता हूं",
])
def test_the_earnest_twins_are_suicide(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)


def test_pills_beside_the_tea_are_an_overdose() -> None:
    assert_rules_find("if i dont get tea i will take all my pills", Category.OVERDOSE)
