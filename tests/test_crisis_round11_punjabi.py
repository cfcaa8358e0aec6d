"""Round 11, false alarms in Punjabi-coloured Hinglish (alumni.domain.crisis.punjabi_words,
told_story, hyperbole): "chhad" (Punjabi "quit", छड्ड) folds to "chadh" (got high), so "daru
chhaddi" read as a drink downed; "maar ke hi chhaddega" is the Punjabi of "won't spare me";
"ik banda", "ik munda" is a stranger in the news; "खबर आई" (the news came) is not the writer
("आई" folds to "I"). Getting high ("chadh gaya"), a negated leaving ("zinda nahi chhaddanga")
and a writer who will do the same still alert. The rules alone are tested."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import detect

QUIET = [
    # Hinglish, Latin
    "do mahine ho gaye daru chhaddi, ghar wale khush ne",
    "eh padhai maar ke hi chhaddegi, kal vi paper hai",
    "akhbaar ch padhya ik banda chitte naal mar gaya, bahut bura hoya",
    # Hindi and Punjabi, Devanagari
    "छह महीने हो गए दारू छड्डी, बेबे बहुत खुश है",
    "गली के एक लड़के की ओवरडोज़ से मौत की खबर आई, बहुत दुख हुआ",
]

STILL_ALERTING = [
    "mainu nasha chadh gaya kal raat",
    "kal raat chitta chad gaya, sharam aa rahi hai",
    "oh dealer fir aaya ta zinda nahi chhaddanga ohnu",
    "news ch dekhya ik munda chitte naal mar gaya, main vi ohi karanga",
]


@pytest.mark.parametrize("text", QUIET)
def test_punjabi_quitting_and_news_are_not_a_crisis(text: str) -> None:
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", STILL_ALERTING)
def test_getting_high_and_threats_still_alert(text: str) -> None:
    assert detect(text, second_opinion=False).crisis, text
