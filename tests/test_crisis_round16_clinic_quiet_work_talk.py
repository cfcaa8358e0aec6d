"""The work talk of health workers and the pharmacy counter stays quiet, and its earnest twin
alerts (round 16, alumni/domain/crisis/clinic_work.py). A danger word that names a case or a
patient at work ("overdose case", "ज़हर खाने वाला केस", "विष प्यायलेला पेशंट"), or what the
ambulance brought in, beside casualty, the ICU or the case's outcome, is the job; so are a
post-mortem, stock counted or sold while the writer took none, a drug named with the time since
it was last taken, and a relative's one tablet for a named condition swallowed with a mishap.
The writer as the case, a relative named, "me too" beside the case, a taking from the stock,
or a heap of tablets still reach a person."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "night duty me do overdose case aaye, dono stable hain",
    "emergency ward me ek suicide attempt case tha, ICU shift kar diya",
    "कैजुअल्टी में आज चूहे मार खाने वाला केस आया, बचा लिया गया",
    "आज वॉर्डमध्ये विष प्यायलेला पेशंट आला, डिस्चार्ज नंतर ठीक आहे",
    "casualty madhe ek overdose patient hota, vachla to",
    "got an overdose case in casualty at 4am, she is stable now",
    "the ambulance brought in an overdose at midnight, handed him to the ICU team",
    "आत्महत्येचा प्रयत्न केलेला रुग्ण आयसीयूत शिफ्ट केला, वाचला",
    "नींद की गोलियों वाले मरीज़ को ट्रॉमा वार्ड में भेजा, अब ठीक है",
    "आज ड्यूटी पर फांसी वाला केस आया, डॉक्टर ने बचा लिया",
    "had a hanging case brought in dead, did the inquest paperwork",
    "कॅज्युअल्टीत आज दोन ओव्हरडोस केस आले, दोघेही वाचले",
])
def test_a_case_at_work_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "i was the overdose case in casualty last night",
    "mera bhai overdose case ban ke casualty me aaya, abhi bhi behosh hai",
    "casualty me overdose case aaya tha, main bhi yahi karunga aaj",
    "ambulance brought me in after my suicide attempt, now in icu",
    "मी काल विष प्यायलो, कॅज्युअल्टीत आणलं",
    "emergency me mera bhai hai, overdose case, bach nahi raha",
    "meri wife ko ambulance me le gaye, zeher kha liya tha",
    "humare ghar ka overdose case hai, casualty me hai, please pray",
    "overdose case aaya tha casualty me, mera beta tha woh",
    "had an overdose last night, casualty kept me till morning",
])
def test_the_writer_or_a_relative_as_the_case_still_alerts(text):
    assert detect(text, second_opinion=False).crisis, detect(text, second_opinion=False).explain()


@pytest.mark.parametrize("text", [
    "aaj teen post mortem kiye, thak gaya hu",
    "पोस्ट मॉर्टम रिपोर्ट अजून लिहायची आहे",
    "finished the post mortem report, going home",
])
def test_a_post_mortem_stays_quiet(text):
    assert_rules_stay_quiet(text)


def test_poppy_husk_still_alerts():
    assert_rules_find("aaj phir se post kha li, sorry", Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "दिन भर tramadol की strips बेचता हूं, एक भी खुद नहीं ली",
    "counter pe roz codeine syrup bechta hu, khud ek bhi bottle nahi li",
    "मेडिकलमध्ये रोज झोपेच्या गोळ्या विकतो, स्वतः एकही नाही घेतली",
    "counted the midazolam stock tonight, took none myself",
])
def test_stock_sold_or_counted_while_the_writer_took_none_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "counter pe roz alprax bechta hu, kal raat do khud le li",
    "counter varun 3 alprax ghetlya, zop yet navti",
    "मेडिकलमध्ये कोडीन सिरप विकतो, काल स्वतः एक बाटली प्यायलो",
])
def test_a_taking_from_the_stock_still_alerts(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "40 golya mojun bag madhe thevlya, ratri sagle zoplyavar ghenar",
    "stock se 30 alprax gin ke alag rakh li hain, aaj raat sab ek saath",
])
def test_pills_counted_for_a_plan_still_alert(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "no alprax since diwali. sleep is bad but manageable",
    "no codeine since january, cough still there but ok",
])
def test_a_drug_named_with_the_time_since_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "dadi swallowed her bp tablet with hot tea and choked a bit, fine now",
    "papa ne sugar ki goli bina paani ke nigal li, khansi aayi, ab theek hai",
])
def test_a_relatives_one_tablet_with_a_mishap_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "dadi swallowed all her bp tablets, fine now she says but im scared",
    "papa ne sugar ki 20 goli nigal li",
])
def test_a_heap_of_a_relatives_tablets_still_alerts(text):
    assert detect(text, second_opinion=False).crisis, detect(text, second_opinion=False).explain()


def test_closing_the_cupboard_is_no_quitting():
    assert_rules_find("medical ka cupboard band karte waqt ek strip lene ka mann hua", Category.CRAVING)
