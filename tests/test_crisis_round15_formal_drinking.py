"""Drinking reported in the formal register of a letter reaches a person: the formal noun
("मद्यपान", "मद्यसेवन", "मदिरापान", "शराबनोशी") with the verb that reports it done, happened
or begun is using again, and beside a strong wish it is craving; "सेवन किया" of any substance
is taking it. The noun on a poster, in a habit given up, in a custom described or refused
stays quiet. Using again told by what was finished (bottles of syrup, a bottle gone by
morning, the intoxicating tablet taken) alerts, a bottle of water or oil does not; not
trusting oneself beside old friends or a festival, and the den missed, are craving."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "आदरणीय महोदय, खेद सहित सूचित करता हूँ कि कल शाम मैंने मद्यपान किया",
    "क्षमा करें, विवाह समारोह में मुझसे मदिरापान हो गया",
    "मी गेल्या रविवारी पुन्हा मद्यसेवन केले, क्षमस्व",
    "नम्र निवेदन की काल माझ्याकडून मद्यप्राशन घडले",
    "मैंने दोबारा मद्यसेवन आरंभ कर दिया है, मार्गदर्शन करें",
    "sir maine kal madyapan kiya tha, maafi chahta hu",
    "दोस्तों के साथ बैठा और शराबनोशी कर बैठा",
    "गुरुवार को मैंने गांजे का सेवन किया",
])
def test_drinking_reported_formally_is_using_again(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "आज मद्यपान निषेध दिवस है, केंद्र में कार्यक्रम होगा",
    "मद्यपान के दुष्परिणाम पर एक पुस्तक पढ़ी",
    "मद्यपान की आदत अब पूरी तरह छूट गई है",
    "हमारे गाँव में त्योहार पर मद्यपान किया जाता है, पर मैं दूर रहा",
    "मैंने पिछले छह महीनों में एक बार भी मद्यपान नहीं किया",
    "मी आठ महिने मद्यपान केले नाही, घरचे खूश आहेत",
    "मद्यपान करणाऱ्यांना मदत करण्याची इच्छा आहे",
])
def test_the_formal_noun_on_a_poster_a_habit_left_or_a_custom_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "आज दुपारपासून मद्यपानाची तीव्र इच्छा होत आहे",
    "kal raat se madyapan ki prabal ichha ho rahi hai",
    "मुझे मदिरापान की लालसा सता रही है, कृपया फ़ोन करें",
    "संध्याकाळ झाली की मद्यपानाची ओढ लागते",
])
def test_a_strong_wish_for_drink_said_formally_is_craving(text):
    assert_rules_find(text, Category.CRAVING)


@pytest.mark.parametrize("text", [
    "रात में कोडीन सिरप की दो बोतलें ख़त्म कर दीं, cough syrup bottles sab",
    "cough syrup च्या तीन bottles संपवल्या कालच्या रात्री",
    "subah tak puri bottle khatam thi, pata nahi kab",
    "by morning the whiskey bottle was empty and I was on the floor",
    "doctor nahi, dost ne nashe wali goli di thi, ab roz le raha hu",
    "गुंगीची गोळी मित्राने दिली, दोन दिवस घेतोय",
])
def test_what_was_finished_or_the_intoxicating_tablet_taken_is_using_again(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "subah tak paani ki bottle khatam thi, bahut garmi thi",
    "kal tak tel ki bottle khatam kar dena",
    "nashe wali goli nahi li maine, doctor ko dikha di",
    "by morning the water bottle was empty",
])
def test_a_bottle_of_water_or_oil_and_a_tablet_refused_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "eid pe purane dost aayenge, sach kahu to khud pe bharosa nahi",
    "होळीला सगळे जुने मित्र येणार, स्वतःवर विश्वास नाही",
    "new year party tonight with the old gang and i dont trust myself",
    "संध्याकाळी रोज गुत्त्याची आठवण येते",
    "shaam hote hi theke ki yaad aati hai",
])
def test_self_doubt_beside_old_friends_and_the_den_missed_are_craving(text):
    assert_rules_find(text, Category.CRAVING)


@pytest.mark.parametrize("text", [
    "मुझसे नशीले पदार्थ का सेवन हो गया, क्षमा करें",
    "पूरे सप्ताह मैं मदिरा का सेवन करता रहा",
])
def test_formal_names_of_drink_and_drugs_with_the_letters_verb_are_using_again(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "नशीले पदार्थों के सेवन से दूर रहें, यही संदेश दिया",
    "मैंने मदिरा का सेवन नहीं किया, शादी में भी",
])
def test_formal_names_in_advice_or_refused_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "मद्यपानाची इच्छा होत नाही आता",
    "मद्यपान की लालसा अब नहीं रही",
    "मद्यपानाची ओढ आता राहिली नाही",
])
def test_the_wish_for_drink_said_gone_is_no_craving(text):
    detection = detect(text, second_opinion=False)
    assert not (detection.crisis or detection.urgent), detection.explain()


def test_liquor_partaken_of_in_official_english_is_using_again():
    assert_rules_find("I partook of liquor at my nephew's wedding and I am ashamed", Category.RELAPSE)


def test_sweets_indulged_in_stay_quiet():
    assert_rules_stay_quiet("I indulged in sweets at my nephew's wedding, sugar is high now")


@pytest.mark.parametrize("text", [
    "roze khatam hote hi pine baith gaya, sharmindagi hai",
    "काल पुन्हा मित्रांसोबत प्यायला बसलो",
])
def test_sitting_down_to_drink_is_using_again(text):
    assert_rules_find(text, Category.RELAPSE)


def test_sitting_down_to_tea_stays_quiet():
    assert_rules_stay_quiet("iftar ke baad chai pine baith gaya dosto ke saath")


@pytest.mark.parametrize("text", [
    "गावात कोणी मद्यपान केले तर दंड आहे",
    "मद्यपान सुरू केलं तर परत भरती व्हावं लागेल",
])
def test_drinking_named_in_a_condition_or_a_warning_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "माझ्याकडून काल मद्यपानाची चूक झाली, क्षमस्व",
    "मी व्यसनाकडे पुन्हा वळलो आहे",
    "सहा महिन्यांचा व्यसनमुक्तीचा संकल्प काल मोडला",
    "daru ki tauba tod di kal shaadi mein",
])
def test_a_slip_owned_and_the_vow_of_sobriety_broken_are_using_again(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "नवीन वर्षाचा जिमचा संकल्प मोडला",
    "लहानपणी बाबांना मद्यपानाची सवय झाली होती",
    "व्यसनाच्या विरोधात शाळेत भाषण दिले",
])
def test_a_gym_vow_an_old_habit_and_a_speech_stay_quiet(text):
    assert_rules_stay_quiet(text)
