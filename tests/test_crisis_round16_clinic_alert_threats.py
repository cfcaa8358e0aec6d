"""Harm to others said through a health worker's knowledge or tools reaches a person: the
drug that stops a heart with someone warned, a colleague to be put in the ICU, a knife taken
along with the Marathi emphatic "-च". A pharmacology class and a sick father taken to the
hospital stay quiet, each beside an earnest twin that still alerts. And a
wife's or a colleague's report of the worker: injections brought home with talk of ending it,
locked in with injections or a blade, "won't be around" with leave ruled out; locked out of
the car and "won't be around, he's on leave" stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "i know what stops a heart and it won't show up. my supervisor better watch out",
    "mujhe pata hai kaun sa injection dil rok de, mera jija bach ke rahe",
    "मला माहित आहे कोणतं इंजेक्शन हृदय बंद करतं, कुणाला कळणार पण नाही. त्या सुपरवायझरने जपून राहावं",
    "usne phir haath uthaya to uski ICU mein bharti ki naubat la dunga",
    "तो परत बोलला तर त्याला हॉस्पिटलमध्ये admit करायची वेळ आणीन",
    "उद्या त्या सुपरवायझरकडे जातो, सुरा घेऊनच",
])
def test_a_threat_through_the_trade_alerts(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "in pharmacology we learned which drug stops a heart, exam on monday",
    "papa ki tabiyat kharab hai, unko hospital le ja raha hu",
    "the way he works, he'll end up in the ICU at this rate, i'm worried",
])
def test_a_class_or_a_sick_father_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "main uski behen hu, wo hospital se injection ghar la raha hai aur keh raha hai khatam kar lunga",
    "his wife here. he has been bringing vials home and keeps saying he will end it",
    "मी त्याची आई, तो बाथरूममध्ये lock आहे आणि blade घेऊन गेलाय",
    "she locked herself in the room with the injections from her ward",
    "his colleague here. he said he won't be here after friday, and he is not transferring",
    "वो बोला अगले हफ्ते नहीं रहूंगा, छुट्टी पर नहीं जा रहा",
])
def test_a_wife_or_colleague_reporting_the_worker_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "he locked himself out of the car, his injections are inside",
    "he won't be around next week, he's going on leave to goa",
    "injections room me lock karke rakhe hain, bachon se door",
])
def test_locked_out_or_on_leave_stays_quiet(text):
    assert_rules_stay_quiet(text)
