"""Using again told plainly or sideways by older and indebted writers reaches a person: a
medicine begun again by oneself, a painkiller taken past the doctor's number or with the
doctor not told, the tablet habit come back, a quarter (पावशेर) going on, a drink that
"happened", the bar snack beside the beers, "desi" taken, the stuff got cheap and taken with a
sorry, a night gone with the bottle, one's share at a wedding where all sat to drink. The
same medicine begun by the doctor or for a named illness stays with the other rules."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "neend ke liye goliyan phir se shuru kar di",
    "झोपेच्या गोळ्या पुन्हा चालू केल्या मी",
    "started the cough syrup again on my own",
    "corex phir shuru kiya hai",
    "पुन्हा गोळ्या घ्यायला लागलो आहे, झोप लागत नाही",
    "goli wali aadat wapas aa gayi hai",
])
def test_medicine_begun_again_alerts(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "ghutne ki goli doctor ne ek boli thi, main teen le raha hu",
    "गोळी डॉक्टरांनी एकच सांगितली होती, मी चार घेतो आता",
    "taking painkillers every day and didn't tell my doctor",
    "झोपेची गोळी रोज दोन, डॉक्टरला सांगितलं नाही",
    "doctor said one tablet, i am taking four a day",
    "painkiller roz 3-4 leta hu, doctor ko nahi pata",
])
def test_painkiller_past_the_doctors_number_alerts(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "roj ratri pavsher chalu aahe",
    "gavala gelo, tithe daru jhali",
    "kal raat chakhna aur teen beer",
    "parso desi le li thodi si",
    "sorry, kal ki raat botal ke saath guzri",
    "stuff sasta mila toh le liya, sorry bhai",
    "lagnat sagle basle, mi pan teen ghetle",
    "shaadi me sab baithe the, maine bhi do le liye",
])
def test_drink_told_sideways_alerts(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "doctor ne neend ki goliyan phir se shuru ki hain",
    "BP chya golya parat chalu kelya doctorani",
    "gavala gelo, tithe pooja jhali",
    "desi ghee le liya market se",
    "doctor ne ek hafta bola tha, 3 din ho gaye",
    "doctor ne ek goli boli thi, maine ek hi li",
    "shaadi me sab khana khane baithe the, maine bhi do roti le li",
])
def test_medicine_begun_by_the_doctor_or_no_drink_stays_quiet(text):
    assert_rules_stay_quiet(text)
