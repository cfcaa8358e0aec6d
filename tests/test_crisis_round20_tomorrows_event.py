"""Tomorrow's event not to be seen, read by the rules alone: "won't see tomorrow's match",
"won't make it to tomorrow's meeting" name a match or a meeting, not the day; Hindi and Marathi
name the event apart and stay quiet too. The day itself ("he won't see tomorrow", "tomorrow's
sunrise", "kal ka suraj") still alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "my sister won't see tomorrow's final, her boards are on",
    "i won't see tomorrow's episode, night duty",
    "sorry i will not make it to tomorrow's meeting",
    "he can't see tomorrow's big game, he has tuition",
    "kal ka match nahi dekh payega, uska paper hai",
    "उद्याची मॅच बघणार नाही, परीक्षा आहे",
])
def test_tomorrows_event_is_no_death(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "my brother keeps saying he won't see tomorrow",
    "i won't see tomorrow's sunrise",
    "i won't make it to tomorrow",
    "main kal ka suraj nahi dekhunga",
    "mi udyacha suryoday baghnar nahi",
])
def test_tomorrow_itself_still_alerts(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)
