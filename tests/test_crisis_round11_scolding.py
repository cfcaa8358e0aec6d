"""Round 11, false alarms: a scolding quoted with a laugh (alumni.domain.crisis.quoted_scolding).
A wife, a mother or the boss said they would "kill" the writer over a small lapse (coming
late, forgetting, leaving early), and the writer laughs about it: the "I will" of the threat
is the speaker's. A threat with no laugh, a beating told as a habit, a knife, or the writer
speaking still alert. The rules alone are tested (second_opinion=False)."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import detect

QUIET = [
    # English
    "mom said if you're late again i'll kill you lol",
    "wife said if you forget the cake one more time i'll kill you 😂",
    "sir will kill me if i leave early today for the wedding 😂",
    # Hindi, Latin and Devanagari
    "manager bola kal late aaya to jaan le lunga haha",
    "मम्मी बोली फिर से लेट हुआ तो जान ले लूंगी 😅",
    # Marathi, Latin and Devanagari
    "sir mhanale udya ushira aalat tar jiv ghein haha",
    "आई म्हणाली परत उशिरा आलास तर मारून टाकीन 😅",
    "साहेब म्हणाले report विसरलास तर जीव घेईन 😂",
]

STILL_ALERTING = [
    "husband will kill me if i leave him",
    "my husband said if i leave him he will kill me",
    "pati bola agar ghar se gaya to jaan le lunga, roj maarta hai",
    "boss bola late aaya to maar dalunga, usne chaku dikhaya",
    "मी म्हणालो उशीर केलास तर मारून टाकीन",
]


@pytest.mark.parametrize("text", QUIET)
def test_a_scolding_quoted_with_a_laugh_is_not_a_crisis(text: str) -> None:
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", STILL_ALERTING)
def test_a_threat_without_the_laugh_or_with_a_habit_still_alerts(text: str) -> None:
    assert detect(text, second_opinion=False).crisis, text
