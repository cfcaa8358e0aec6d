"""Using again at a party that led on, and craving as missing or dreaming of the substance, read
by the rules alone: the one peg or shot that started it all, one line that became four, one
taken and then four, "बिअरची आठवण", "swapnat pan tina yete". Their ordinary twins (a fight
that started it all, a one-line reply, a roti and then four, a father's drinking remembered,
not missing it) stay quiet or are no craving."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "6 mahine sober hoto, pan ek peg ne sagla suru zhala",
    "ek shot se sab phir se shuru ho gaya",
    "'just one line' at the after party became six lines",
    "ek ghetla aani mag char zale",
    "पहले एक ली, फिर चार हो गए",
])
def test_one_that_led_on_is_a_relapse(text: str) -> None:
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "ek bhandan ne sagla suru zhala",
    "one line reply became four lines of essay",
    "ek roti li aur phir chaar ho gayi",
])
def test_no_substance_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "आज बिअरची खूप आठवण येते, अस्वस्थ आहे",
    "daru ki bahut yaad aa rahi hai aaj",
    "swapnat pan tina yete, uthlyavar ghasa korda",
    "sapne mein bhi charas aata hai",
])
def test_missed_or_dreamt_is_a_craving(text: str) -> None:
    assert_rules_find(text, Category.CRAVING)


@pytest.mark.parametrize("text", [
    "i miss tina, she moved to pune",
    "I don't miss the rum at all",
])
def test_no_craving_when_nothing_is_missed(text: str) -> None:
    assert Category.CRAVING not in {f.category for f in detect(text, second_opinion=False).findings}
