"""Suicide said as taking the same way as others who died, read by the rules alone in English,
Hindi and Marathi, Latin and Devanagari: men who hang themselves or farmers gone before the
writer, and the same to be done or the writer's turn now. A turn in a game or a queue stays
quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "आमच्या वस्तीत कर्ज झालं की लोक लटकतात, मी पण तेच करेन",
    "gaon me log ped se latak jate hai karze me. main bhi wahi karunga",
    "two farmers in our village hang themselves every year. i'll do the same",
    "मेरे पहले तीन चले गए, अब मेरी बारी",
])
def test_the_same_end_alerts(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "kabaddi match me mere pehle teen out, ab meri baari",
    "रांगेत माझ्या आधी दोन होते, आता माझी पाळी",
])
def test_a_turn_in_play_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
