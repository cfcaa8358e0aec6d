"""Suicide said as the writer's absence from what is ahead, read by the rules alone in English,
Hindi and Marathi, Latin and Devanagari: not at the next meeting said in earnest, no tomorrow
for the writer, someone else to answer the phone, one's own photo to be garlanded, a long
journey told to the children, one's fate decided; a note put away to be found and a rope already
up and looked at. Their ordinary twins (a trip, a cancelled match, a new number, a felicitation,
a job abroad, an anniversary letter, a clothes line) stay quiet, and their earnest twins alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "agle mahine ki meeting? main nahi rahunga. sach keh raha",
    "पुढच्या वर्षीचं विचारू नका, मी नसेन",
    "next month? i won't be around. dont ask",
    "mera kal nahi hai ab",
    "माझा उद्या नाही, हे लक्षात ठेवा",
    "next time you call, someone else will answer",
    "पुढच्या गेट टुगेदरला माझा फोटो हार घालून ठेवा",
    "bachon se kehna papa lambe safar pe gaye. kabhi mat batana",
    "मेरी होनी मैंने तय कर ली है, अब कुछ मत कहो",
    "letter likh diya hai, takiye ke neeche milega. use bata dena",
    "रस्सी बांध रखी है छत की कड़ी से, रोज़ देखता रहता हूँ",
])
def test_an_absence_ahead_alerts(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "agle mahine ki meeting me main nahi rahunga, gaon jaa raha hu. sach keh raha",
    "next time you call, someone else will answer, i got a new number",
    "पुढच्या सत्कारात माझा फोटो हार घालून लावणार आहेत, पुरस्कार मिळाला",
    "bachon ko bola papa lambe safar pe dubai ja rahe, surprise hai, kuch mat batana",
    "biwi ke liye anniversary ka letter likh diya, drawer me rakha hai",
    "aangan me rassi bandh rakhi hai jhula ke liye, roz dekhta hu bachhe khelte",
])
def test_an_ordinary_absence_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
