"""Suicide said by the reasons to stay used up, by a place headed for with nobody to come
looking, and by a bridge looked at with "one day I won't stop", read by the rules alone in
English, Hindi and Marathi. A reason to stay at a job, a hostel or a party, and water fetched
from the well, stay quiet; the earnest twins alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    # The reasons to stay or to live used up.
    "ran out of reasons to stay",
    "i have run out of reasons to live",
    "honestly no more reasons to stay, everyone will manage",
    # Heading for the well, the river or the tracks, and nobody to come looking.
    "main gaon ke kuen ki taraf ja raha hu, koi mat dhundna",
    "नदीकडे चाललो आहे, मला शोधू नका",
    "railway line ki taraf ja raha hu, mujhe mat dhundhna",
    # The bridge looked at, and one day no stopping.
    "i keep looking at the bridge on my way home, one day i wont stop",
    "पुलावरून रोज खाली बघतो, एक दिवस थांबणार नाही",
])
def test_the_end_said_by_reasons_and_places_alerts(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "ran out of reasons to stay at this job",
    "no more reasons to stay in this hostel, shifting next week",
    "ran out of reasons to stay at the party lol",
])
def test_a_reason_to_stay_somewhere_is_no_life(text: str) -> None:
    assert_rules_stay_quiet(text)
