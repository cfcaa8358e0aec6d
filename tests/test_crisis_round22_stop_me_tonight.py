"""A craving said as a plea to be held back while friends call to a party, or as the hour's
restlessness worse today, read by the rules alone in English, Hindi and Marathi, Latin and
Devanagari, is urgent. Their ordinary twins (a bus to be held, restlessness before an exam or
with a fever) stay quiet and not urgent."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import detect


@pytest.mark.parametrize("text", [
    "dost daaru party pe bula rahe hai, abhi ghar pe hu. mujhe rok lo",
    "मित्र पार्टीला बोलावतायत, मी घरीच आहे. मला थांबवा",
    "friends invited me to the party tonight. please stop me",
    "sandhyakali ashwasth vatta, aaj jastach",
    "शाम होते ही बेचैनी शुरू हो जाती है, आज कुछ ज़्यादा है",
    "after the night shift the restlessness hits. bad today, need to talk",
])
def test_a_plea_or_the_hours_restlessness_is_urgent(text: str) -> None:
    detection = detect(text, second_opinion=False)
    assert detection.urgent or detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "bus rok lo please, friends aa rahe hai",
    "exam ke pehle bechaini hoti hai, aaj zyada",
    "tap ahe, ashwasth vatta, aaj jastach",
])
def test_a_bus_or_an_exam_stays_quiet(text: str) -> None:
    detection = detect(text, second_opinion=False)
    assert not detection.urgent and not detection.crisis, detection.explain()
