"""Round 13: too much eaten and breathless after it is a heavy meal; too much of a substance
or of pills and breathless stays an overdose. The quiet sentences were false alarms of the
rules of 450a9c0 (the rule for "took too much today, trouble breathing" read eating as taking).
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

QUIET = (
    "खूप जास्त खाल्लं, श्वास लागतोय",
    "khup jast khalla aaj lagnat, shwas lagtoy",
)
STILL_ALERTS = (
    "आज खूप जास्त घेतलं, श्वास लागतोय",
    "bahut zyada goliyan kha li, saans nahi aa rahi",
    "took way too much today, trouble breathing",
)


@pytest.mark.parametrize("text", QUIET)
def test_too_much_eaten_and_breathless_is_a_heavy_meal(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", STILL_ALERTS)
def test_too_much_taken_and_breathless_is_an_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)
