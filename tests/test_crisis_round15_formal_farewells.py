"""Farewells in the words of faith, grief and a quiet leaving reach a person: going to Allah or
to Khuda, "khuda hafiz" to everyone with the trouble one caused promised to end, going to a
dead mother, a message for the mother from a bridge, the mother asked to forgive with no
meeting to come, thanks that had to be said before going, a phone nobody will answer from
tomorrow beside the children entrusted, everything left and going soon, "better he ends it",
and "having lived, what shall we do". Going to God's house, "khuda hafiz, kal milte hain", going
to ammi's for Eid, a meeting put off, thanks before a holiday, a phone changed for a new
number, a relationship better ended stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "main khuda ke paas ja raha hu, mujhe dhundhna mat",
    "bhai ne likha hai ki woh allah ke paas ja raha hai, phone band hai",
    "allah hafiz sab ko. maine sabko bahut pareshani di, ab nahi hogi",
    "ammi ke jaane ke baad kuch nahi bacha, ab unke paas jaana hai",
    "aai gelyanantar ghar khayla uthta, lavkarach tichyakade jain",
    "रेल्वे पुलावर उभा आहे, आईला सांगा माफ कर",
    "mummyla sang maaf kar, aata parat bhet nahi",
])
def test_farewells_in_faith_and_grief_alert(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "jumme ko allah ke ghar ja raha hu namaz ke liye",
    "going to Allah's house for umrah next month, dua mein yaad rakhna",
    "khuda hafiz, kal milte hain office mein",
    "ammi ke paas ja raha hu eid pe, do din ki chhutti",
    "aai la sang maaf kar, aaj bhet nahi, udya yein",
    "sorry sabko bahut pareshani di kal, bye",
])
def test_everyday_faith_and_family_farewells_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "sir aapne bahut kiya, bas shukriya kehna tha jaane se pehle",
    "सर, तुमचे आभार मानायचे होते, धन्यवाद सांगायचं होतं जाण्यापूर्वी",
    "मुन्नी का ध्यान रखना, कल से ये फोन कोई नहीं उठाएगा",
    "bhau mhanto mi sagla sodtoy, lavkarach janar",
    "my husband keeps saying it is better if he ends it, the lender took the boat",
    "खेत गिरवी है, इज्जत गई, अब जी के क्या करेंगे",
])
def test_a_quiet_leaving_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "dhanyavad kehna tha jaane se pehle, kal se chhutti pe hu",
    "bacchon ka dhyan rakhna, kal se ye phone koi nahi uthayega, naya number bhejunga",
    "sagla sodtoy, lavkarach gavala jaanar",
    "it is better if he ends it with her, the relationship is toxic",
])
def test_a_leaving_with_somewhere_to_go_stays_quiet(text):
    assert_rules_stay_quiet(text)


def test_belongings_given_away_as_no_longer_needed_with_a_means_found_alert():
    assert_rules_find("Dear Sir, my father gave away his ring and said he won't be needing it. "
                      "Today we found a bottle of pesticide under his bed.", Category.SUICIDE)


def test_an_old_phone_given_away_as_no_longer_needed_stays_quiet():
    assert_rules_stay_quiet("Papa gave his old phone to my son and said he won't need it, he bought "
                            "a new one for the farm accounts.")


@pytest.mark.parametrize("text", [
    "उद्या मी नसेन कदाचित, सगळ्यांना सांभाळा",
    "kal shayad main nahi rahunga",
    "which time does the goods train pass the level crossing near the mill. asking for a reason you won't like",
])
def test_perhaps_not_here_tomorrow_and_the_trains_time_asked_darkly_alert(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "उद्या मी नसेन कदाचित ऑफिसला, रजा घेतली आहे",
    "kal shayad main nahi rahunga office mein, shaadi hai",
    "what time is the last train to nashik? dont ask why, long story 😂",
])
def test_absent_from_the_office_or_a_trains_time_asked_laughing_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "karz wale sab ko bata dena, ab paise maangne ke liye koi nahi milega",
    "kuen ke paas baitha hu, ajeeb sa sukoon mil raha hai",
    "sitting near the railway tracks since evening. feel so calm now",
])
def test_lenders_told_nobody_will_be_found_and_calm_at_the_well_alert(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "bank walon ko bata dena, paisa kal mil jayega",
    "nadi kinari basloy mitransobat, khup shant vatatay",
    "vihirivar pani bharayla gelo, khup shant vatla",
])
def test_a_lender_paid_and_an_evening_by_the_river_stay_quiet(text):
    assert_rules_stay_quiet(text)


def test_going_to_god_with_the_home_entrusted_alerts():
    assert_rules_find("main allah ke paas ja raha hu, ghar ka khayal rakhna", Category.SUICIDE)
