"""Threats read by structure: a person in the Marathi object case before a verb of finishing
off, a fire set with someone inside, Punjabi-tinged cutting verbs and object pronouns."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import detect


def _explain(text: str) -> str:
    return f"{text!r} -> {detect(text).explain()!r}"


@pytest.mark.parametrize("text", [
    # a person in the object case, then the finishing verb
    "त्या ठेकेदाराला उद्या संपवणार",
    "मालकाला आज संपवून टाकीन",
    "sahebala sampavnar aaj",
    # a fire set with someone inside
    "will lock the door and burn the house with her inside",
    "i'll burn his godown down with him inside tonight",
    "उसको जिंदा जला दूंगा",
    # Punjabi-tinged verbs and pronouns
    "ohnu vadh dunga je fer aaya",
    "usnu vaddh dyanga main, dekh lena",
])
def test_threats_by_structure_are_harm_to_others(text):
    detection = detect(text)
    assert detection.crisis, _explain(text)


@pytest.mark.parametrize("text", [
    "आज काम संपवणार आहे, मग घरी येतो",
    "burnt the toast while the kids were inside",
    "ohnu party vich bulaya hai",
    "kept the candles burning inside the temple",
])
def test_the_same_words_in_everyday_talk_stay_quiet(text):
    assert not detect(text).crisis, _explain(text)


@pytest.mark.parametrize("text", [
    # taken beyond the usual, and the body gone wrong
    "took way more than usual tonight, can't feel my hands",
    "roz se zyada maal le liya, haath pair sunn pad rahe hain",
    "नेहमीपेक्षा जास्त घेतलं, छाती धड धड करतेय आणि श्वास घुटतोय",
    # someone shut in, not opening the door to the family
    "my brother is in his room since morning and won't open the door",
    "बेटा दो घंटे से बाथरूम में है, दरवाजा नहीं खोल रहा",
    "नवरा खोलीत आहे, दार उघडत नाही, फोन पण उचलत नाही",
])
def test_an_overdose_by_its_signs_and_someone_shut_in_alert(text):
    assert detect(text).crisis, _explain(text)


@pytest.mark.parametrize("text", [
    "ate way more than usual at the wedding lol",
    "slept more than usual today, feeling fresh",
])
def test_more_than_usual_without_a_body_gone_wrong_stays_quiet(text):
    assert not detect(text).crisis, _explain(text)
