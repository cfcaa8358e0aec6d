"""Suicide told as a wish for the day's humiliations to end reaches a person: death as the one
relief from the abuse ("mar jaun to kam se kam"), a prayer not to wake in the morning, and "why
live" beside being treated as nobody. A phone that dies, a prayer to wake early, for a baby's
sleep or for a mother's health, and "why live in mumbai" over the rent stay quiet beside their
earnest twins."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "mar jaun to kam se kam roz ki ye zillat toh khatam hogi",
    "मैं मर जाऊं तो कम से कम किसी पर बोझ नहीं रहूंगा",
    "मी मेलो तर निदान रोजच्या शिव्या तरी ऐकाव्या लागणार नाहीत",
    "if i'm dead at least i won't have to hear the guests shouting every night",
])
def test_death_as_the_relief_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "रोज देवाकडे मागते की सकाळी उठूच नको",
    "har raat dua karta hu ki subah uthu hi na",
    "every night I pray that I never wake up again",
])
def test_a_prayer_not_to_wake_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "hotel mein sab kutte jaisa treat karte hain, kyun jeena aise",
    "nobody here sees me as a person. why even live",
    "कोणी माणूस म्हणून बघत नाही. कशाला जगायचं",
])
def test_why_live_when_treated_as_nobody_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "phone mar gaya to kam se kam koi call toh nahi karega",
    "I pray to wake up early for the exam tomorrow",
    "praying the baby will not wake up before 6 so i can sleep",
    "रोज रात्री देवाकडे मागतो की आईची तब्येत सुधारू दे",
    "why live in mumbai when rent eats the whole salary",
])
def test_a_dead_phone_a_prayer_or_the_rent_stays_quiet(text):
    assert_rules_stay_quiet(text)
