"""Craving said at the counter, the cupboard or the bedside reaches a person as an urgent case,
not a crisis (round 16, alumni/domain/crisis/areas/substance_use/at_the_counter.py): the mind
that wavers at the sight of the stock, the wish to take one felt and not acted on, the pill
missed, sleep that will not come without a drink or the pill, and the want still there after
the drinking place was passed. Its earnest twin, a worker who took from the stock and used it
(areas/substance_use/taken_from_stock.py), is using again; given to a patient, it is the job.
Sleeping without the pill now, a wavering mind over a purchase, and a relative's medicine
remembered stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "shelf lagate waqt alprax ki strips dekh ke mann dol gaya, kuch liya nahi",
    "भरलेली औषधाची पेटी बघून मन चळलं, पण थांबलो",
    "arranging the codeine bottles on the shelf, got tempted, put them back",
    "OT ke cupboard se ek vial lene ka mann hua, haath hata liya",
    "स्टोअर रूम मध्ये एक स्ट्रिप घ्यावीशी वाटली, नाही घेतली",
    "roj raat goli ki yaad aati hai, neend nahi aati",
    "झोपेच्या गोळ्यांची आठवण येते रात्री",
    "पेग के बिना नींद नहीं आती, क्या करूं",
    "pyalyashivay zop yet nahi, khup bechain aahe",
    "can't sleep without a drink these days",
    "drove past the wine shop twice tonight, still want a drink",
    "cupboard me morphine dekh ke haath khujli hone lagi",
    "ward ke cupboard se ek ampoule jeb me rakh li, raat ko lagaunga",
])
def test_a_craving_at_the_counter_or_the_bedside_is_urgent(text):
    detection = detect(text, second_opinion=False)
    assert Category.CRAVING in {f.category for f in detection.findings}, detection.explain()
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "नींद की गोली के बिना भी अब नींद आ जाती है",
    "goli ke bina so pa raha hu ab, teen hafte ho gaye",
    "naya phone dekh ke mann dol gaya, par paise nahi the",
    "mummy ko BP ki goli ki yaad dilani hai",
    "shelf lagate waqt sab strips count kar li, stock match ho gaya",
])
def test_sleep_without_the_pill_a_purchase_or_a_reminder_stays_quiet(text):
    assert_rules_stay_quiet(text)
    assert Category.CRAVING not in {f.category for f in detect(text, second_opinion=False).findings}


@pytest.mark.parametrize("text", [
    "OT ke cupboard se ek vial nikal ke khud ko laga li",
    "स्टॉकमधून एक vial घेतली आणि स्वतःला टोचून घेतली",
    "took fentanyl from the ward and used it after my shift",
    "वार्ड से midazolam लेकर use किया, किसी को नहीं बताया",
])
def test_a_taking_from_the_stock_is_using_again(text):
    assert_rules_find(text, Category.RELAPSE)


def test_several_ampoules_taken_for_tonight_are_a_dose_planned():
    assert_rules_find("ward ke cupboard se 5 ampoule utha liye, aaj raat lagaunga", Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "OT se ketamine leke patient ko lagaya, surgery smooth thi",
    "ward se ek vial leke patient ko lagayi",
])
def test_a_ward_drug_given_to_a_patient_stays_quiet(text):
    assert_rules_stay_quiet(text)
