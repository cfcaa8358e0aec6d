"""A student's means found or shown, told by a roommate, a warden, a mother or a sibling, read by
the rules alone in English, Hindi and Marathi, Latin and Devanagari: a cord, a rope or a dupatta
found in his bag, pocket or cupboard, or knotted and put away; the fan's hook loose with the
dupatta missing; the fan shown on a video call and the phone unanswered since; a friend cutting
his hand with blood; and many tablets taken with the head spinning or the exam's pressure. A
rope for a trek or the washing, a fan shown for its repair, vegetables cut, and tablets bought as
a month's supply stay quiet; their earnest twins still alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "mere bete ki almari me rassi mili, result ke baad se chup hai",
    "उसके बैग में रस्सी मिली, कल से कुछ नहीं खाया",
    "found a rope in his bag after the results, what do i do",
    "roommate ke locker me rassi mili, result ke baad se chup hai",
    "tyachya kapatat dor sapadla, nikal lagalyapasun bolat nahi",
    "तिच्या कपाटात ओढणीला गाठ मारलेली सापडली",
    "saw a dupatta knotted in a loop hidden under his bed",
    "the hook of the fan is loose and her dupatta is missing from the hanger, hook is loose i mean",
    "pankhe ka hook dhila hai aur uska dupatta gayab hai",
    "bhai video call pe pankha dikha raha tha, ab phone nahi utha raha",
    "he was showing me the fan on video call and laughing, now not picking up",
    "बहीण व्हिडिओ कॉलवर पंखा दाखवत होती, आता फोन उचलत नाही",
])
def test_means_found_or_shown_alert(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "my roommate was cutting his wrist in the bathroom, blood everywhere",
    "वो अपना हाथ काट रहा था, खून निकल रहा था",
    "मित्र हात कापत होता, सगळीकडे रक्त",
])
def test_a_friend_cutting_alerts(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "paper ke tension me 15 goliyan kha li, chakkar aa raha hai",
    "took 20 tablets because of exam stress, feeling dizzy",
    "परीक्षेच्या टेंशनमध्ये 15 गोळ्या घेतल्या, डोकं फिरतंय",
])
def test_many_tablets_under_pressure_alert(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "uske bag me trekking ke liye rassi mili",
    "found his belt in his bag",
    "उसकी अलमारी में दुपट्टा मिला",
    "saree ki gaanth me chabi mili",
    "pankha dikha raha tha video call pe, awaaz kar raha hai, ab phone nahi utha raha",
    "found a rope in his bag, he packed it for the camping trip",
    "video call pe pankha dikha raha tha, naya pankha laga hai",
    "मी भाजी कापत होते, हाताला लागलं",
])
def test_the_ordinary_twins_stay_quiet(text):
    assert_rules_stay_quiet(text)
