"""Sobriety told with the words of drink stays quiet: walking past the liquor shop (Marathi's
"-समोरून", "-जवळून" fused to the place), the drink money saved, the other drivers' drinking
beside the writer's tea, the thought of drink that did not even come, the others going into
the bar while the writer stood outside, and a past overdose told to children at a
de-addiction talk with years clean after it. A drink of the writer's own, now, still alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "गुत्त्याजवळून गेलो, पण थांबलो नाही",
    "barchya samorun gelo, aat nahi gelo",
    "daru ke paise bacha ke bank me daale",
    "दारूचे पैसे वाचवून मुलाला सायकल घेतली",
    "the other drivers drink every night, i drink my chai and sleep",
    "रोजे सुरू आहेत, दारूचा विचार पण नाही आला",
    "mahina bhar, daru cha thought pan nahi aala",
    "sagle pub madhe gele, mi baher chaha pit ubha hoto",
    "kal theke ke saamne se guzra, ruka nahi",
    "wine shop chya samorun gelo, thamblo nahi, sarl ghari",
    "theke ke paas se nikal gaya seedha ghar",
])
def test_passing_by_saving_and_watching_others_drink_is_sobriety(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "मैंने कॉलेज के बच्चों को बताया कि पांच साल पहले मैंने नशे में ज़हर पी लिया था। आज चार साल से एक बूंद नहीं ली।",
    "मी शाळेतल्या मुलांना सांगितलं की सहा वर्षांपूर्वी मी कीटकनाशक प्यायलो होतो. आज मी पाच वर्षे दारूशिवाय आहे.",
])
def test_a_past_overdose_told_at_a_talk_with_years_clean_after_it_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize(("text", "category"), [
    ("daru ke paise se bottle li aur pee gaya", Category.RELAPSE),
    ("daru ke paise ke liye bachche ka gullak toda aur pee li", Category.RELAPSE),
    ("hum log drink karte hain roz raat", Category.RELAPSE),
    ("wine shop chya samorun gelo ani ek quarter ghetla", Category.RELAPSE),
    ("theke ke saamne se guzra aur 2 quarter le liye", Category.CRAVING),
    ("theke ke saamne khada hu, andar jaane ka mann hai", Category.CRAVING),
    ("daaru ki dukaan ke saamne se nikla aur wahin ruk gaya", Category.CRAVING),
    ("theke ke paas se guzarte hue kadam ruk gaye aaj", Category.CRAVING),
    ("गुत्त्याजवळून जाताना पाय थांबले", Category.CRAVING),
    ("the other drivers drink every night and i drank with them last night", Category.RELAPSE),
    ("रोज दारू पितो, थांबायचा विचार पण नाही आला", Category.RELAPSE),
    ("मैंने बच्चों को बताया कि कल रात मैंने ज़हर पी लिया", Category.OVERDOSE),
    ("मी मुलांना सांगितलं की काल रात्री मी कीटकनाशक प्यायलो", Category.OVERDOSE),
    ("sagle bar madhe gele, mi baher ubha ahe, aat jaycha man hotay", Category.CRAVING),
])
def test_a_drink_or_a_poison_of_the_writers_own_now_still_alerts(text, category):
    assert_rules_find(text, category)
