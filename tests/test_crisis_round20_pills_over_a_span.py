"""A count of tablets spread over a span of time, read by the rules alone: tablets counted over
a week or a month ("is mahine", "या महिन्यात", "in two weeks") are a total, not an overdose; the
same count taken this morning, just now, at once, last week or a week ago, or with no span
named, still alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "finished 12 tablets of iron this month, doctor said continue",
    "took 14 tablets of calcium in two weeks",
    "is mahine 20 goliyan khayi vitamin ki",
    "इस महीने 15 गोलियां खाईं, डॉक्टर ने बोला था",
    "ya mahinyat 15 golya ghetlya b12 chya",
    "या महिन्यात 12 गोळ्या घेतल्या, औषध संपलं",
    "took 30 tablets over the month for my thyroid",
])
def test_tablets_over_a_span_are_no_overdose(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "took 12 tablets this morning",
    "took 14 tablets just now",
    "abhi 20 goliyan kha li",
    "आता 15 गोळ्या घेतल्या",
    "is mahine bahut hua, abhi 20 goliyan ek saath kha li",
    "took 30 tablets",
    "took 20 sleeping pills last week and woke up in hospital",
    "took 25 tablets a week ago, didnt tell anyone",
    "do hafte pehle 20 goliyan kha li thi",
    "is hafte 10 goliyan ek baar me kha li",
    "या आठवड्यात 20 गोळ्या एकदाच घेतल्या",
])
def test_tablets_at_once_still_alert(text: str) -> None:
    assert_rules_find(text, Category.OVERDOSE)
