"""Round 11, false alarms: dying and killing said of what wears one out
(alumni.domain.crisis.wearying_causes, hyperbole): being pestered ("itna dimaag khaya",
"वेड लावून मारणार": by driving me mad), a show or a lecture sat through with a laugh, a
workout, the season ("ummas maar ke hi chhodegi"). A wish to die, the self as the object or a
knife still alert. The rules alone are tested (second_opinion=False)."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import detect

QUIET = [
    # English
    "the trainer is going to murder me with these burpees",
    # Hindi, Latin and Devanagari
    "bachchon ne itna dimaag khaya aaj ki lagta hai mar jaungi 😂",
    "ye ummas maar ke hi chhodegi",
    "ये बच्चा मुझे पागल करके मार डालेगा",
    "ये लेक्चर सुन के मर जाऊंगा मैं 😂",
    # Marathi, Latin and Devanagari
    "hi malika baghun maren mi 😂",
    "he por mala ved lavun marnar",
    "ही पोरं मला वेड लावून मारणार आहेत",
    "ही मालिका बघून मरेन मी 😂",
]

STILL_ALERTING = [
    "dimaag kharab hai, main marna chahta hu",
    "ye serial dekh ke main khud ko maar dalungi",
    "trainer ne chaku dikhaya, bola maar dalunga",
    "itni sardi hai, main ab jeena nahi chahta",
]


@pytest.mark.parametrize("text", QUIET)
def test_what_wears_one_out_is_not_a_crisis(text: str) -> None:
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", STILL_ALERTING)
def test_a_wish_the_self_or_a_knife_still_alert(text: str) -> None:
    assert detect(text, second_opinion=False).crisis, text
