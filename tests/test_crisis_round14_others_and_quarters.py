"""Relations in the plural who drink are others drinking ("cousins were drinking after the
cremation"), and a quarter of the firm's year told with work is no quarter bottle; the
writer's own drink, or a quarter drunk, still alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "funeral ke baad cousins were drinking in the back, i sat with dadi",
    "my uncles were drinking at the wedding, i had juice and went home early",
    "neighbours were drinking on the terrace till 2am, couldnt sleep because of the noise",
    "the team hit target this quarter, manager gave everyone a bonus",
    "Boss said I was killing it this quarter, got a small bonus",
    "company profit was down last quarter but our team did fine",
])
def test_others_drinking_and_the_firms_quarter_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "my cousins were drinking and i had a few with them",
    "my friends were drinking, i had one too",
    "last quarter i drank alone in the room",
    "this quarter finished in 10 minutes, bought another",
    "ek quarter le liya aaj fir se",
    "office ka tension tha, ek quarter maar liya",
])
def test_the_writers_drink_and_a_quarter_bottle_alert(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "pura din barbaad ho gaya traffic me",
    "1, baarish me gaadi band padi, aaj ka din barbaad",
    "आज का दिन बर्बाद, बॉस ने पूरा दिन मीटिंग में बिठाया",
])
def test_a_whole_day_spoilt_is_no_clean_count_lost(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "90 din barbaad ho gaye, kal pi li",
    "mere 6 mahine barbaad",
    "sara din barbaad kiya daru me",
])
def test_a_clean_count_thrown_away_still_alerts(text):
    assert_rules_find(text, Category.RELAPSE)
