"""Suicide said as a prayer, read by the rules alone in English, Hindi and Marathi, Latin and
Devanagari: God or a named deity asked to take the writer, a meeting with God soon or in heaven,
and a prayer not to wake. Their ordinary twins (God asked to take one to a temple or on a
pilgrimage, a prayer not to wake late for work) stay quiet, and their earnest twins alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "बाप्पा, आता पुरे झालं, मला घे रे तुझ्याकडे",
    "bhagwan ab bas, mujhe utha lo",
    "हे भगवान, अब तो बुला लो मुझे",
    "ganpati bappa, mala uchal ata",
    "god please take me home tonight",
    "bhagwan se jaldi milne jaunga, mazak nahi",
    "देव आणि मी लवकरच भेटणार, खरंच",
    "see you all in heaven, friends",
    "सगळ्यांना भेटूया वैकुंठात",
    "bhagwan se dua karta hu subah aankh na khule",
    "रोज़ प्रार्थना करता हूँ कि सुबह उठना न पड़े",
    "dev kar, ek vinanti, udya dole ughdu deu naka",
])
def test_a_prayer_to_be_taken_alerts(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "bappa, mala ghe re darshanala yanda",
    "बाप्पा, मला घे रे मंदिरात आरतीला",
    "bhagwan se milne jaunga jaldi, mandir me aarti hai",
    "rab kare kal subah alarm pe uthna na pade, sunday hai",
    "bhagwan kare kal subah jaldi uthna na pade, chutti hai",
])
def test_a_pilgrimage_or_a_late_morning_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
