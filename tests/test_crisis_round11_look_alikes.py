"""Round 11, false alarms: everyday words whose skeleton is a danger word's, told apart by
the letters typed (alumni.domain.crisis.look_alikes): a city that folds to "should die", a
son who folds to "beat", "was awake" that folds to "froth at the mouth", Marathi "there was"
that folds to "was drunk", "good" that reads as a beer once its ending is taken off. The
rules alone are tested (second_opinion=False): the classifier cannot hide a regression."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import detect

QUIET = [
    # English
    "funeral is in Amravati on sunday, will come back monday",
    "the finance guy called twice about the loan, will pay next week",
    "he is stable now, doctor said he can go home tomorrow",
    "i bet he will call tomorrow",
    "the road to our village is broken, he will come by bus tomorrow",
    # Hindi, Latin
    "kal raat der tak jaga tha, exam ki padhai chal rahi thi",
    "main poori raat jaga, baby ro raha tha",
    "vada pav khaya aaj station pe, mast tha",
    # Hindi, Devanagari
    "मां कहती है बेटा अब सुधर गया है",
    "अगली बैठक में पति को भी लाऊंगी",
    "नशा बहुत खतरनाक चीज है, दूर रहो",
    "दुकान पे बैठा हूं, खुद हिसाब कर रहा हूं",
    "साल बीत गया, खुद को संभाल लिया",
    # Marathi, Latin
    "gavakadil kaam changla chalu ahe, paus pan changla zala",
    "dupari tithe hoto, sandhyakali ghari aalo",
    # Marathi, Devanagari
    "आम्ही अमरावतीला जाणार आहोत लग्नाला",
    "काल रात्री उशिरापर्यंत जागा होतो, पेपर होता",
]

STILL_ALERTING = [
    "Amravati se likh raha hu, mujhe marna hai",
    "muh se jhaag aa raha hai, behosh pada hai bhai",
    "बेटा, आज मैं उसे जान से मार दूंगा",
    "sab khatam kar dunga aaj raat, bas",
    "मैं खुद को खत्म कर दूंगा",
    "pav bhar daru pi li kal raat",
    "tithe jaun daru pyayli kal",
]


@pytest.mark.parametrize("text", QUIET)
def test_everyday_look_alikes_are_not_a_crisis(text: str) -> None:
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", STILL_ALERTING)
def test_the_danger_words_themselves_still_alert(text: str) -> None:
    assert detect(text, second_opinion=False).crisis, text
