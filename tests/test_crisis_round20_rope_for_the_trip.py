"""A rope packed for a trip that needs one, read by the rules alone: a rope in his bag beside a
trek, a camp or a climb is gear, as are study notes beside it; a rope with nothing explained, or
with a note (now read with the rope even beside a trip), a fan or a neck named, still alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "bhai ke bag me rassi dekhi, kal trekking hai unki",
    "त्याच्या बॅगेत दोरी सापडली, उद्या ट्रेक आहे",
    "uski almari me rope mila, kal camping jana hai",
    "found rope in his bag, climbing trip tomorrow",
    "found a rope and his notes in his bag, hiking tomorrow",
])
def test_rope_for_the_trip_is_gear(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "bhai ke bag me rassi mili",
    "त्याच्या बॅगेत दोरी आणि चिठ्ठी सापडली, उद्या ट्रेक आहे",
    "uske bag me rassi aur chitthi mili, kal trekking bola tha",
    "found a rope and a letter in her cupboard, she said trekking tomorrow",
    "rassi mili uske kamre me, pankhe ke paas, kal camping bola tha",
    # not coming back from the trip
    "took a rope for the hike, this time i am not coming back",
])
def test_rope_unexplained_still_alerts(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)
