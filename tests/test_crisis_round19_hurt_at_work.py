"""Self-harm told with a kitchen's or a workplace's tools reaches a person: a tandoor's rod or
skewer heated and laid on the arm, hot or boiling oil poured on oneself on purpose, lines drawn on
the wrist with a knife, the wall punched until the hand split or swelled. Oil spilt while frying,
a rod that burnt by mistake, onions cut, a gym's sandbag and a drilled wall stay quiet beside
their earnest twins."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "seekh garam karke jaan bujh ke haath pe laga di",
    "heated the tandoor skewer and pressed it on my arm on purpose",
    "kadhai ka khaulta tel jaan bujh ke pair pe daal diya",
])
def test_a_heated_rod_or_hot_oil_on_purpose_alerts(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "chaku se kalai pe lakeerein kheench di gusse mein",
    "drew lines on my arm with a blade after the chef shouted at me",
])
def test_lines_drawn_with_a_blade_alert(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "dewar pe mukke maare haath phatne tak",
    "भिंतीवर ठोसे मारले हात सुजेपर्यंत",
    "punched the wall till my knuckles bled",
])
def test_the_wall_punched_till_the_hand_breaks_alerts(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "boiling oil spilled on my hand by mistake while frying",
    "tandoor ki salakh se galti se haath jal gaya",
    "कांदा कापताना सुरीने हातावर रेषा ओढल्या गेल्या",
    "punched the sandbag at the gym till my knuckles hurt",
    "drilled the wall till it broke, the plumber was angry",
])
def test_a_kitchen_mishap_the_gym_or_a_drill_stays_quiet(text):
    assert_rules_stay_quiet(text)
