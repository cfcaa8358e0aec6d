"""A craving with the substance never named, read by its structure: restlessness at the hour
of the old habit, the same thought at night, a wish with no object and no way out, a wish
against the will, a shop's door not yet gone through."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import detect


def _explain(text: str) -> str:
    return f"{text!r} -> {detect(text).explain()!r}"


UNNAMED = [
    # restlessness at the hour the habit kept
    "har shaam bechaini badh jaati hai, 7 baje ke aas paas",
    "संध्याकाळ झाली की अस्वस्थ वाटतं",
    "every evening i get this restless feeling around 7",
    # the same thought, at night or again and again
    "नींद नहीं आती, रात भर वही ख्याल",
    "zop lagat nahi, tochach vichar yeto",
    "can't sleep, same thought again and again",
    # a wish with no object, and not knowing what to do
    "khup ichha hotey aaj, kay karu kalat nahi",
    "बहुत मन कर रहा है, क्या करूं समझ नहीं आ रहा",
    "मन करतंय रे, काय करू",
    # a wish against the will
    "peena nahi chahta lekin mann kar raha hai",
    "नहीं जाना चाहता पर मन कर रहा है",
    # at a shop's door, not yet in
    "wine shop ke bahar khada hoon, andar nahi gaya abhi",
    "standing at the store counter, haven't gone in yet, call me",
    "दुकानाजवळ उभा आहे, आत गेले नाही अजून",
]


@pytest.mark.parametrize("text", UNNAMED)
def test_an_unnamed_craving_is_urgent(text):
    detection = detect(text)
    assert detection.urgent or detection.crisis, _explain(text)


@pytest.mark.parametrize("text", [
    "har shaam walk pe jaata hoon, mast lagta hai",
    "i had the same thought about the trip!",
    "kay karu sir, form bharaycha aahe, kuthe milel?",
    "no cravings this evening, slept well",
])
def test_the_same_words_in_everyday_talk_stay_quiet(text):
    detection = detect(text)
    assert not (detection.urgent or detection.crisis), _explain(text)


# Using told sideways: it "came about", or the writer went where it is poured.
@pytest.mark.parametrize("text", [
    "shaadi mein whisky aur beer dono ho gaye, sorry",
    "kal raat thodi daru ho gayi yaar",
    "काल थोडी दारू झाली, माफ करा",
    "कामावरून थेट बारमध्ये गेलो",
    "ended up at the pub again after work",
    "went into the wine shop on the way home, you know the rest",
])
def test_using_told_as_it_came_about_or_going_to_the_bar_is_a_relapse(text):
    assert detect(text).crisis, _explain(text)


@pytest.mark.parametrize("text", [
    "daru chhod ke 6 mahine ho gaye",
    "sharab band ho gayi hai ghar mein",
    "went to the bar to pick up my brother",
    "walked past the theka and went straight home",
])
def test_time_sober_an_errand_or_walking_past_is_not_a_relapse(text):
    assert not detect(text).crisis, _explain(text)
