"""Overdose told by people who inject or are on a substitution dose, read by the rules alone:
the whole stash (a packet, the puDi, ampoules, a tola, a month's pills) put in at once beside
today, tonight or a word that no coming back is meant; an overdose seen by an outreach worker or
a relative (blue lips, not breathing) beside a collapse or naloxone. The day's doses taken
together as the doctor said, take-home doses handed out at once, and naloxone in a training or a
demonstration stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "putting the whole stash in one syringe tonight, dont wait up",
    "aaj raat saari pudiya ek hi baar mein le lunga",
    "आज सारी शीशी एक साथ लगा दूंगा, बस",
    "aaj saglya ampoule ekatra ghenar, je hoil te hoil",
    "आज सगळ्या पुड्या एकाच वेळी घेणार, परत उठायचं नाही",
    "gonna do all 8 vials at once today. no half measures",
])
def test_the_stash_at_once_is_an_overdose(text: str) -> None:
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "aaj se bupe aur ART subah ek saath lena hai, doctor ne kaha",
    "clinic ne aaj 3 din ki take home ek saath di",
    "सकाळी सगळ्या गोळ्या एकत्र घेतो, जेवणानंतर",
])
def test_the_days_doses_together_stay_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "outreach here, a man is lying near the bus stop, lips blue, no naloxone left",
    "भैया मंदिर के पीछे एक लड़का पड़ा है, होंठ नीले, सांस नहीं",
    "ek banda station pe pada hai, saans nahi, narcan hai kisi ke paas?",
    "बाजाराजवळ एकजण पडलाय, ओठ निळे, श्वास घेत नाही",
])
def test_an_overdose_seen_is_reported(text: str) -> None:
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "naloxone training kab hogi? mujhe certificate chahiye",
    "नालोक्सोन का demo अच्छा था, kit मिलेगी क्या",
    "naloxone training parat kadhi aahe, mala kit pahije",
])
def test_naloxone_taught_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
