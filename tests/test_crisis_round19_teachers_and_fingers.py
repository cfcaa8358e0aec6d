"""A teacher or a warden threatened, and one's own finger cut, reach a person (round 19, rules
alone): "maths sir ko maar dalunga paper ke baad", "main apni ungli cut kar dunga". A message
passed to a teacher and a finger cut while chopping stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "maths sir ko maar dalunga paper ke baad",
    "warden ko kal maar dalunga, bahut tang kiya hai",
    "टीचर को मार डालूंगा, सबके सामने बेइज्जती की",
])
def test_a_teacher_or_a_warden_threatened_is_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "main apni ungli cut kar dunga",
    "apni ungli kaat dunga, tab samjhenge",
    "अपनी उंगली काट लूंगा आज",
])
def test_ones_own_finger_cut_is_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "sir ko bata dena main kal nahi aaunga",
    "apni ungli kat gayi sabzi kaatte hue",
])
def test_a_message_to_a_teacher_or_a_kitchen_cut_stays_quiet(text):
    assert_rules_stay_quiet(text)
