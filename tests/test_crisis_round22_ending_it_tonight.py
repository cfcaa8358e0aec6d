"""Suicide said as ending it with nothing named to end, tonight or as the day's one thought,
read by the rules alone in English, Hindi and Marathi, Latin and Devanagari. A project or a file
to finish stays quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "दिवसभर तोच विचार, संपवायचा",
    "आज रात्री सगळे भोग संपवणार",
    "aatun sampun gelo, ata baherun pan sampvaycha",
    "अंदर से टूट गया, आज रात सब खत्म करना है",
    "tonight i end it all, no more",
])
def test_ending_it_alerts(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "divasbhar toch vichar, project sampvaycha ahe",
    "aaj ratri file sampvaychi ahe, udya submit",
])
def test_a_project_to_finish_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
