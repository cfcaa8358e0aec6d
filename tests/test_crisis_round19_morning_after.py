"""Using again told by the morning after reaches a person (rules alone): an offer the writer
could not refuse and the head that pounds after it, in English, Hindi and Marathi. Work that
could not be refused stays quiet. And an apology for one day's behaviour ("sorry for everything
yesterday, i was rude") is no farewell, for the rules and the classifier alike, while a
farewell's "sorry for everything" still alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "the old friends came over last night and i couldn't say no. head is pounding",
    "yaar log aaye, mana nahi kar paya, subah se sir phat raha hai",
    "नको म्हणता आलं नाही, आज डोकं जड आहे",
    "party me mana nahi kar paya. hangover abhi tak",
])
def test_an_offer_not_refused_and_the_morning_after_is_using_again(text):
    assert_rules_find(text, Category.RELAPSE)


def test_work_not_refused_stays_quiet():
    assert_rules_stay_quiet("couldn't say no to the extra shift, head is pounding")


@pytest.mark.parametrize("text", [
    "sorry for everything yesterday, i was rude",
    "kal ke liye sorry, maine gussa kiya, aaj milte hai",
])
def test_an_apology_for_a_day_is_no_farewell(text):
    assert not detect(text).crisis, detect(text).explain()


def test_a_farewells_sorry_still_alerts():
    assert detect("sorry for everything. this is my last message").crisis
