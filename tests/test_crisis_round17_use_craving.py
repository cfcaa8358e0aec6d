"""Craving said through a longing reaches a person as urgent: the drink seen even in sleep, an
old habit missed today, the others' drink while the writer thinks only of it, the pill the
soul aches for, the feet that turn to the shop every day."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find


@pytest.mark.parametrize("text", [
    "sapne me bhi botal dikhti hai",
    "स्वप्नात पण दारू दिसते",
    "sunday ko whisky ki aadat thi, aaj bahut yaad aa rahi hai",
    "friends are out drinking beer tonight, i'm thinking only about it",
    "daru ke liye tadap raha hu, abhi tak pi nahi",
    "नवीन बारकडे रोज पाय तिकडे वळतात",
])
def test_longing_for_it_is_a_craving(text):
    assert_rules_find(text, Category.CRAVING)
