"""The pull towards using is urgent even unnamed: an occasion where everyone drinks and the
writer afraid of himself, friends inviting and the writer torn, the feet stopping at the bar,
money in hand and fear, the mind asking for "one thing", the "talap", a throat dry for
drinking, the evening's memory of the peg, the dealer's number still kept, restlessness with
a plea to call. The same occasion told calmly, water for a dry throat, a number deleted, a
mind on the exam stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_stay_quiet


def assert_urgent(text: str) -> None:
    detection = detect(text, second_opinion=False)
    assert Category.CRAVING in {f.category for f in detection.findings}, detection.explain()


@pytest.mark.parametrize("text", [
    "ganpati visarjan me sab peete hain, mujhe khud pe bharosa nahi",
    "the mela is on sunday and everyone drinks there, i'm afraid",
    "लग्नात सगळे पितील, मला भीती वाटते",
    "harvest party tomorrow, all the men drink there. dont trust myself",
    "jatret nehmi batli firte, kasa tiku",
])
def test_an_occasion_where_everyone_drinks_and_fear_of_oneself_is_urgent(text):
    assert_urgent(text)


@pytest.mark.parametrize("text", [
    "went to the wedding, everyone drank, I had juice",
    "sab peete the wahan, mujhe koi dar nahi laga",
    "lagnat sagle pit hote, mi limbu pani ghetla, khush ahe",
    "sab peete hain waha, khud pe bharosa hai mujhe",
    "जत्रेत सगळे पितात, पण मला भीती वाटत नाही",
])
def test_an_occasion_told_calmly_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "mitrane birthday party la bolavlay, jau ki nako samjat nahi",
    "purane dost party pe bula rahe hain, andar se khinchav ho raha",
    "बारजवळून जाताना पाय थांबतात माझे",
    "pagar milala nahi pan paise mile aaj, bhiti vatte",
    "jeb me paise hain aur pata hai kahan milega",
])
def test_an_invitation_a_door_or_money_with_a_pull_is_urgent(text):
    assert_urgent(text)


@pytest.mark.parametrize("text", [
    "mitranni bolavla, mi nahi gelo, ghari jevlo",
    "paise mile aaj, ghar ka kiraya bhar diya",
    "dost bula rahe hain cricket khelne, andar se mann hai",
    "mitranni lagnala bolavla, jau ki nako, kaam ahe",
    "paise mile aaj, dar tha ki nahi milenge",
    "bechaini thi, doctor ko phone karo bola",
])
def test_an_invitation_declined_or_money_spent_at_home_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "man bas ek hi cheez maang raha hai aaj",
    "doka fakt ekach goshti kade jata sandhyakali",
    "aaj talap lagli ahe khup",
    "gala sukh raha hai peene ke liye",
    "रोज संध्याकाळी बाटलीची आठवण येते",
    "ganja wale ka number abhi bhi rakha hai",
    "बेचैनी हो रही है, कोई फोन करो",
    "आज संध्याकाळपासून मद्यसेवनाची तीव्र इच्छा होतेय",
])
def test_the_mind_asking_without_naming_is_urgent(text):
    assert_urgent(text)


@pytest.mark.parametrize("text", [
    "dimaag me ek hi cheez hai, beti ki shaadi",
    "dimaag ab ek hi cheez nahi maang raha, shanti hai",
    "gala sukh raha hai par peene ka koi irada nahi",
    "gala sukh raha hai, paani pine ke liye uthta hu",
    "dealer ka number delete kar diya aaj",
    "aaj talap lagli nahi, changla divas",
    "मद्यसेवनाची इच्छा होत नाही आता",
    "paise milale, bhiti vatat nahi",
])
def test_a_mind_on_a_worry_water_or_a_deleted_number_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "mind sirf party pe ja raha hai is weekend",
    "wo gali dekhi aur tab se dimaag wahin atka hai",
    "gutkha sodla pan aaj khup aathvan yete",
    "mahua ka mausam hai, vas aate hi bechaini",
    "purana dealer aaj bazaar me dikha",
])
def test_the_mind_drawn_back_to_the_old_place_or_habit_is_urgent(text):
    assert_urgent(text)


@pytest.mark.parametrize("text", [
    "mind sirf exam pe hai is hafte",
    "daru sodli, ata athvan pan yet nahi",
])
def test_a_mind_on_the_exam_or_a_habit_forgotten_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "the thoughts are back, the using kind",
])
def test_thoughts_of_using_come_back_is_urgent(text):
    assert_urgent(text)


@pytest.mark.parametrize("text", [
    "ratri zop nay, mohachi vas yetey, man bechain",
    "झोप नाही, फेणीचा वास नाकात बसलाय",
])
def test_the_smell_of_the_drink_in_its_genitive_is_urgent(text):
    assert_urgent(text)


@pytest.mark.parametrize("text", [
    "daruchi vas pan nako vatte ata",
])
def test_the_smell_disliked_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "ghar khali hai do hafte, aur dimaag abhi se plan bana raha hai",
    "ek botal rakhi hai mehmano ke liye, fek du kya?",
])
def test_an_empty_house_with_the_mind_planning_or_a_kept_bottle_in_doubt_is_urgent(text):
    assert_urgent(text)


@pytest.mark.parametrize("text", [
    "house is empty this week, my brain is planning a garden redo",
    "should i throw the old clothes?",
])
def test_a_plan_named_or_old_clothes_thrown_stay_quiet(text):
    assert_rules_stay_quiet(text)
