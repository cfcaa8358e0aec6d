"""Round 11, false alarms: someone else's drinking told by the writer
(alumni.domain.crisis.others_drinking): a relative's drunkenness laughed about ("my uncle got
so drunk he sang all night lol", "भैया ने इतनी पी ली कि मंडप में ही सो गए 😂"), and someone
else's drinking problem named as a condition, often when asking for the centre's help. The
writer drunk, the writer joining in, the writer's own drinking problem and a beating still
alert. The rules alone are tested (second_opinion=False)."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import detect

QUIET = [
    # English
    "my uncle got so drunk at the party he sang all night lol",
    "my friend's dad has a drinking problem, can he come to the meeting",
    # Hindi, Latin and Devanagari
    "bhaiya ne itni pee li ki mandap me hi so gaye lol",
    "भैया ने इतनी पी ली कि मंडप में ही सो गए 😂",
    # Marathi, Latin and Devanagari
    "dada itka pyala hota ki varatit nachat basla 😂",
    "भाऊ इतका प्यायला होता की वरातीत नाचत बसला 😂",
]

STILL_ALERTING = [
    "i got so drunk at the wedding lol",
    "my cousin got so drunk and i did too 😂",
    "i have a drinking problem again",
    "my husband got drunk and hit me 😂",
]


@pytest.mark.parametrize("text", QUIET)
def test_someone_elses_drinking_is_not_the_writers_relapse(text: str) -> None:
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", STILL_ALERTING)
def test_the_writers_own_drinking_still_alerts(text: str) -> None:
    assert detect(text, second_opinion=False).crisis, text
