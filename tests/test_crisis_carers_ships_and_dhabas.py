"""Round 38 (holdouts 123, 124 and 125, opened): danger told by disabled alumni and their carers
(the terrace kept for the moment the mother is out, the fan's hook tested, an attendant afraid),
by seafarers (the CO2 room, the black water that calls, cans after every watch) and by highway
dhaba workers (diesel and matches "not for the generator", the havaldar to be finished with a
stick, a finger in boiling oil, poppy-husk water, sulphas from the godown eaten) reaches a person;
and a relapse "after nine months" is one, not a count of clean days. Their look-alikes stay quiet:
the accident that drink once caused, told at a year's milestone; a truck overturned on the highway
that the writer went to help with; the service road run on; a rope skipped on the deck; a bitter
medicine "like poison"; a hand on the heater by mistake. The rules alone are tested
(second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("aai zopli ki gachivar janar, bas", Category.SUICIDE),
    ("attendant chutti pe hai kal, hook ki taakat dekh li", Category.SUICIDE),
    ("uncle keh rahe the terrace pe akela chhod do, mujhe dar lag raha hai", Category.SUICIDE),
    ("co2 room ki chabi mere paas hai, darwaza band kar lunga", Category.SUICIDE),
    ("night watch la deck var ekta hoto, samudra bolavtoy", Category.SUICIDE),
    ("bought kerosene and matches today, not for the stove", Category.SUICIDE),
    ("सगळ्यांची माफी, मुलांना सांगा बाप चांगला नव्हता", Category.SUICIDE),
    ("उस ठेकेदार को लाठी से संपवणार", Category.HARM_TO_OTHERS),
    ("tavyavar hat lavun dharla muddam", Category.SELF_HARM),
    ("डोडा पोस्ताचं पाणी प्यायलो परत", Category.RELAPSE),
    ("सल्फासची गोळी खाल्लीय, पोट दुखतंय", Category.OVERDOSE),
    ("smack fir se le li kal, 6 mahine ke baad", Category.RELAPSE),
    ("every night after watch two cans, for a week now", Category.RELAPSE),
])
def test_danger_told_by_carers_seafarers_and_dhaba_workers_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "2 saal ho gaye. accident nashe me hua tha, ab kabhi nahi",
    "one year sober, the crash was because i was drunk. never again",
    "kal raat highway pe bus palat gayi, hum madad ko gaye, sab bach gaye",
    "हाईवे की सर्विस रोड पे रोज़ सुबह दौड़ता हूँ",
    "deck pe 20 minute rassi kudi",
    "ही कडू गोळी म्हणजे विषच, पण घेतली",
    "heater pe galti se haath lag gaya",
    "aaj 60 divas, daru la haat nahi lavla",
    "roj 2 can coke",
])
def test_their_look_alikes_are_quiet(text):
    assert_rules_stay_quiet(text)
