"""Round 11, false alarms: soft drinks drunk, told with a Marathi case ending ("लस्सीचे",
"ताकाचे") or a count of glasses between the drink and the verb, and a bottle counted in
litres (alumni.domain.crisis.soft_drinks); Hindi "गिलास" (a glass) is no Marathi "गिळ"
(swallow). Liquor by the glass or the bottle still alerts. The rules alone are tested."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import detect

QUIET = [
    # English
    "drank 3 glasses of water after the run",
    "finished a 2 litre bottle at the match, only water",
    # Hindi, Latin and Devanagari
    "dhoop me bahut paani piya, 2 litre bottle khatam",
    "मैच में बहुत पानी पिया, 2 litre bottle खाली",
    "दौड़ के बाद बहुत पानी पिया, पूरी बोतल खत्म",
    "गर्मी में छाछ के दो गिलास पिए, 1 litre bottle खत्म",
    # Marathi, Latin and Devanagari
    "lassiche don glass pyaylo, thand vatla",
    "ताकाचे तीन ग्लास प्यायले दुपारी, मस्त वाटलं",
]

STILL_ALERTING = [
    "2 glass daru pi li kal raat",
    "ek glass pani aur do peg daru pi li",
    "daru ki bottle khatam ki, paani bhi piya",
    "kal raat 4 bottle beer pi gaya",
]


@pytest.mark.parametrize("text", QUIET)
def test_soft_drinks_by_the_glass_are_not_a_crisis(text: str) -> None:
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", STILL_ALERTING)
def test_liquor_by_the_glass_still_alerts(text: str) -> None:
    assert detect(text, second_opinion=False).crisis, text
