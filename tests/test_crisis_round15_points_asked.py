"""A medicine swallowed and then dying now is an overdose, unless an illness is named beside
it. The only way still left now, with nothing named, is read towards a person: "bas ek hi rasta
bacha hai ab" said to a counsellor is an end; the only way left being a loan or the court is an
errand.

The point of going on asked as a question that expects no answer, and nothing mattering any
more, are hopelessness, read by the rules; the point of a meeting or a class, and what matters
more than something, stay quiet. "what's" is "what is" (not a possessive, as "mom's" is),
with either apostrophe."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "ab kya point hai agle hafte ka bhi",
    "what's the point of another week like this",
    "nothing matters anymore, not even the kids",
    "sach bolu to ab kuch matter nahi karta",
    "काय पॉइंट आहे आता, next week पण असंच",
    "what's the point anymore",
    "what’s the point anymore honestly",
])
def test_a_point_asked_for_with_none_expected_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "next week ki class ka kya point hai, sir chutti pe hain",
    "what's the point of the meeting next week if nobody comes lol",
    "nothing matters more than my family",
    "kya point hai is movie ka, bakwas thi",
])
def test_the_point_of_a_meeting_or_what_matters_more_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "ab toh ek hi rasta bacha hai mere paas",
    "एकच मार्ग उरलाय आता माझ्यासमोर",
    "only option left now, sorry for everything",
    "अब एक ही रास्ता बचा है",
])
def test_the_only_way_left_with_nothing_named_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "ab ek hi rasta bacha hai, bank se loan lena padega",
    "ekach upay urlay ata, court madhe jaycha",
    "the only option left now, a loan from the bank",
    "ek hi rasta bacha tha, wahi traffic wala, 2 ghante lage",
])
def test_the_only_way_left_being_an_errand_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "खेत में दवाई खा ली है, मर रहा हूँ",
    "saari dawai kha li, ab mar raha hu",
    "गोळ्या खाल्ल्या, मरतोय",
])
def test_a_medicine_swallowed_and_dying_now_is_an_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "dawai kha li, bukhar se mar raha hu",
    "bp ki dawai kha li, ab theek hu",
])
def test_a_medicine_taken_for_a_named_illness_stays_quiet(text):
    assert_rules_stay_quiet(text)
