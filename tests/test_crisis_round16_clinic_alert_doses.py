"""Overdose said in a health worker's own words reaches a person: ampoules pushed one after
another, insulin injected without diabetes, the units worked out and at hand, a theatre drug's
vial brought home for tonight, a dose followed by "now just waiting". Insulin for one's own
sugar, a meal's carbohydrate sum, a vial brought home for a parent and a report saying "not
diabetic" stay quiet, each beside an earnest twin that still alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "pushed two amps of fortwin one after another, chest pounding now",
    "fentanyl ke 3 ampoule ek ke baad ek push kiye, dil ghabra raha hai",
    "मिडाझोलम लागोपाठ पुश केले, घाम येतोय",
    "midazolam ki 4 ampoule ek saath laga li, ab bas intezaar",
    "took 2 vials of morphine home and injected both, now i wait",
])
def test_ampoules_pushed_one_after_another_alert(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "insulin ke 80 unit lagaye maine, mujhe sugar bhi nahi hai",
    "injected 60 units of insulin and I'm not even diabetic, shaking",
    "इंसुलिन के 90 यूनिट लगा लिए, डायबिटीज भी नहीं है मुझे",
    "insulin che 70 unit tochle, mala sugar nahi",
])
def test_insulin_injected_without_diabetes_alerts(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "the insulin pens are on the table and i've worked out the dose. it's next to me",
    "insulin ka pen saamne hai, hisaab laga liya hai kitna chahiye",
    "propofol vial brought home from the OT, tonight is the night",
    "केटामाइनची vial घरी आणली, आज रात्री",
])
def test_a_dose_worked_out_or_brought_home_for_tonight_alerts(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "report came, not diabetic, no insulin needed. relieved",
    "patient ko insulin ke 10 unit lagaye, diabetic nahi tha, stress sugar thi",
    "did the maths on my carbs, insulin pen next to me for dinner",
    "papa ke liye insulin ki vial ghar le aaya, aaj raat lagani hai",
])
def test_insulin_for_ones_sugar_or_a_parent_stays_quiet(text):
    assert_rules_stay_quiet(text)
