"""Household medicine and poison, read by the rules alone in English, Hindi and Marathi, Latin
and Devanagari (round 22, holdout 63's look-alikes): the doctor lowering a dose ("doctor ne BP ki
goliyan kam kar di"), and medicine, poison or a trap laid for the rats of a shop or a godown
that is overrun. The earnest twins still alert: the pills saved up beside the lowered dose, rat
poison kept for tonight or to be eaten by the writer."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "doctor ne BP ki goliyan kam kar di, report achhi aayi",
    "the doctor reduced my sugar tablets, hba1c is better",
    "godown mein chuhe bahut ho gaye, dawai rakh di hai 😄",
    "so many rats in the shop, kept poison near the sacks",
    "rat trap laga diya dukan mein, poison nahi chahiye tha bachon ki wajah se",
])
def test_household_medicine_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize(("text", "category"), [
    ("डॉक्टरांनी गोळ्या कमी केल्या पण मी साठवलेल्या सगळ्या गोळ्या आज घेणार", Category.OVERDOSE),
    ("उंदराचं औषध आणलंय, आज मीच खाणार", Category.OVERDOSE),
    ("shop mein chuhe bahut hai, rat poison la ke rakha hai, aaj raat kha lunga", Category.OVERDOSE),
    ("chuhe maarne ki dawai le aaya hu, aaj khud kha lunga", Category.OVERDOSE),
])
def test_earnest_twins_still_alert(text: str, category: Category) -> None:
    assert_rules_find(text, category)
