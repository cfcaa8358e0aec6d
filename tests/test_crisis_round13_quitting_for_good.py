"""Round 13: the drink given up for good ("दारू कायमची थांबवायची आहे, आता बस झालं", "sharab
hamesha ke liye chhodni hai, ab bas") is a resolve, not a farewell: "for good" follows the
substance. The quiet sentences were false alarms of the rules of 4c60c16; a going for good
that names no substance still alerts.
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

QUIET = (
    "दारू कायमची थांबवायची आहे, आता बस झालं",
    "daru kaymchi sodaychi ahe, ata bas",
    "sharab hamesha ke liye chhodni hai, ab bas",
)
STILL_ALERTS = (
    "ab hamesha ke liye ja raha hu, bas",
    "aaj kaymcha nighto, ata bas",
)


@pytest.mark.parametrize("text", QUIET)
def test_a_substance_given_up_for_good_is_a_resolve(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", STILL_ALERTS)
def test_a_going_for_good_still_alerts(text):
    assert_rules_find(text, Category.SUICIDE)
