"""A last day at work that is a retirement or a new job, read by the rules alone in English,
Hindi and Marathi, Latin and Devanagari: the farewell and the last day are the service's when a
retirement, a send-off's gifts or a new job are named, and stay quiet. Their earnest twins (a
last day on earth, a farewell with a rope or a grave word) still alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "aaj school madhe shevatcha divas, 35 varsh shikavla. sendoff la mithai vatli",
    "आज ऑफिस में आखिरी दिन था, रिटायरमेंट पार्टी में सबने मिठाई खाई",
    "last day at the firm today, farewell cake and all, joining the new job monday",
    "आज कंपनीत शेवटचा दिवस, निरोप समारंभात पेढे वाटले",
])
def test_a_service_ended_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "aaj shevatcha divas majha, rassi tayar ahe. sendoff nako",
    "retire ho gaya, ab ye mera aakhri din hai duniya me, alvida",
])
def test_a_last_day_of_ones_own_still_alerts(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)
