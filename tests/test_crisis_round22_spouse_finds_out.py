"""A spouse who "won't leave me alive" on finding out about a purchase, laughed at, read by the
rules alone in Hindi and Marathi, Latin and Devanagari, stays quiet; the writer's own threat,
or a spouse's said without a laugh or a purchase and with a beating, still alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import detect
from tests.support.crisis_rules_reading import assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "gharwali ko pata chala ki nayi watch li to zinda nahi chhodegi 🤣",
    "नवऱ्याला कळलं की नवीन साडी घेतली तर जिवंत सोडणार नाही 😂",
    "patni ko pata chala ki naya mobile order kiya to mujhe zinda nahi chhodegi lol",
])
def test_a_spouse_joke_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "biwi ko pata chala to use zinda nahi chhodunga",
    "navryala kalla tar mala jivant sodnar nahi, to roj marto mala",
])
def test_a_threat_said_plainly_still_alerts(text: str) -> None:
    detection = detect(text, second_opinion=False)
    assert detection.crisis, detection.explain()
