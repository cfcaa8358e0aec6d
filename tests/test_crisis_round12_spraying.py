"""Round 12: a pesticide bought for the crops, with the spraying still to do ("ratri favarni
karnar", "kal chhidkav karunga"), is an errand, as the spraying done already was; the poison
kept for oneself still alerts. The quiet sentences were false alarms of the rules of 2b0786e.
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

QUIET = (
    "shetasathi kitaknashak aanla, ratri favarni karnar",
    "शेतासाठी कीटकनाशक आणलं, उद्या फवारणी करणार",
    "kapsavar keetnashak aanla ahe udya favarni karnar aahe",
    "keetnashak laya hai kal subah khet me chhidkav karunga",
)
STILL_ALERTS = (
    ("kitaknashak aanla ahe, aaj ratri pinar", Category.OVERDOSE),
    ("कीटकनाशक आणलं आहे, आज रात्री मी पिणार", Category.OVERDOSE),
    ("keetnashak la liya hai, aaj raat pi lunga", Category.OVERDOSE),
)


@pytest.mark.parametrize("text", QUIET)
def test_a_pesticide_bought_for_the_spraying_to_come_is_an_errand(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize(("text", "category"), STILL_ALERTS)
def test_the_same_pesticide_kept_to_drink_still_alerts(text, category):
    assert_rules_find(text, category)
