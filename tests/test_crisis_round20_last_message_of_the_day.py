"""The last message for today, read by the rules alone: the day's last message, or one with the
talk put off to tomorrow, is a good night; the last message alone, or said for ever or with
tomorrow's talk denied, still alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "ye aakhri msg aaj ke liye, kal baat karenge",
    "आज के लिए ये आखिरी मैसेज, कल बात करते हैं",
    "ok last text for tonight, talk tomorrow",
    "this is my last message, see you tomorrow at the gym",
    "आजचा शेवटचा मेसेज, उद्या बोलू",
    "aajcha shevatcha message, udya bolu",
])
def test_last_message_of_the_day_is_no_farewell(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "ye mera aakhri msg hai",
    "हा माझा शेवटचा मेसेज",
    "this is my last text",
    "ye aakhri message hai, kal se baat nahi hogi",
    "my last message, never talk again",
    "his last text last night said bye and his phone is off",
    "this is my last message for today and ever",
    "aaj ke liye aur hamesha ke liye ye mera aakhri message",
])
def test_last_message_still_alerts(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)
