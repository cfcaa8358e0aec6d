"""A patient's day at a clinic, read by the rules alone: a queue that was short or long, a fever
that rose, the dose with a Marathi case ending ("डोसला"), sugarcane juice beside the friends'
toddy. Their earnest twins (lines of powder done, getting high, gulping it down, the writer
drinking too) still alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "dose le li subah, aaj line kaafi lambi thi",
    "took my dose early, the line was short today",
    "बुखार चढ़ गया कल रात, दवा ली",
    "taap chadh gaya tha, ab theek hu",
    "उद्या डोसला उशीर होईल, शेतात काम आहे",
    "मित्र बियर पीत होते, मी गन्ने का रस लिया",
    "जत्रेत मित्र ताडी पीत होते, मी उसाचा रस घेतला",
])
def test_the_clinics_day_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "did 2 lines at the party last night",
    "नशा चढ़ गया कल रात",
    "मित्र बियर पीत होते, मी पण बियर घेतली",
    "दारू ढोसली काल रात्री",
])
def test_the_earnest_twins_still_alert(text: str) -> None:
    assert_rules_find(text, Category.RELAPSE)


def test_a_line_done_beside_a_long_night_is_still_powder() -> None:
    assert_rules_find("did 2 lines, long night", Category.RELAPSE)
