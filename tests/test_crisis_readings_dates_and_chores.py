"""Numbers and household words that are not a dose, a drink or a blade: a reading, a date,
pests named earlier in the sentence, a cleaning errand, a handkerchief, "खात होते"."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import detect


def _explain(text: str) -> str:
    return f"{text!r} -> {detect(text).explain()!r}"


@pytest.mark.parametrize("text", [
    # a reading after the medicine
    "had my sugar tablets after breakfast, fasting sugar was 110 today",
    "papa ki bp ki goli di, reading 140 90 aayi",
    # a day of the month
    "meeting 15 tareekh ko hai na? main aaunga",
    "बहिणीचं लग्न 12 तारखेला आहे, सुट्टी हवी",
    "मेरी बेटी का जन्मदिन 5 तारीख को है",
    # pests named earlier in the sentence
    "kitchen mein cockroach bahut ho gaye, dawai chhidak di",
    "शेतात उंदीर खूप झाले होते, औषध टाकलं",
    # the cleaning
    "bathroom ke liye acid aur phenyl laya, safai ka din hai",
    "diwali cleaning done, bought phenyl and harpic",
    # a handkerchief, and the rats that were eating
    "धूळ खूप होती म्हणून तोंडाला रुमाल बांधला",
    "चिमण्या दाणे खात होत्या अंगणात",
])
def test_readings_dates_pests_and_chores_are_not_a_crisis(text):
    assert not detect(text).crisis, _explain(text)


@pytest.mark.parametrize("text", [
    "took 30 sleeping pills just now",
    "phenyl le aaya hoon, aaj raat pee lunga",
    "chuhe maarne ki dawai kha li maine",
    "15 tareekh ko sab khatam kar dunga, goliyan jama kar li hain",
    "रुमालात दारू लपवून प्यायलो",
])
def test_a_dose_a_poison_drunk_or_a_drink_still_alerts(text):
    assert detect(text).crisis, _explain(text)
