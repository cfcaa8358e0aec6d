"""A wedding's costs "killing me" and a dare to a guest ("don't come to my wedding and I'll die
😂") are jokes; the same words with a debt, with no occasion or with a means stay a crisis."""
import pytest

from alumni.domain.crisis import detect


@pytest.mark.parametrize("text", [
    "shaadi ka budget mujhe maar dalega 😅",
    "the wedding is killing my budget yaar",
    "lagnacha kharcha mala marun takel ata",
    "mere birthday pe nahi aaya to mar jaunga 😂 party sunday ko",
    "tu majhya sakharpudyala nahi aalis tar mi marein 🤣",
    "if you dont come to my engagement i will die, invitation is on whatsapp sir",
    "माझ्या हळदीला नाही आलात तर मरेन 😂",
])
def test_costs_and_dares_to_a_guest_are_quiet(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "shaadi ke kharche ki wajah se mar jaunga, karz bahut ho gaya",
    "lagnacha kharcha mala marun takel, sawkarache paise baki",
    "tu nahi aayi to mar jaunga, sach me",
    "uski shaadi me nahi gaya, aaj raat faansi laga lunga 😂",
    "tichya lagnala nahi gelo, ata jiv deto",
    "sir meri shaadi nahi hui, ab mar jaunga 😔",
])
def test_the_same_words_in_earnest_still_alert(text):
    detection = detect(text, second_opinion=False)
    assert detection.crisis, detection.explain()
