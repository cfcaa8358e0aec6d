"""The first reading of rounds 58-59 (steel mills, trekking guides, traders, marble yards, the
highway's toll plazas, snake rescuers): a man's account to be settled soon and a man who won't
walk out of a place, a word left for the family, the kit handed on, the last shift with a
goodbye, a debt with one way seen, dying of something cute; and the look-alikes beside each
(wages settled, a patient in hospital, late for dinner, a helmet replaced, a leave, a loan paid
by selling land, a cub). The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "jisne mera bike chori kiya uska hisaab kal hoga",
    "त्या मुकादमाचा हिशोब आज रात्री करतो",
    "that landlord's hisaab is this weekend",
    "उस दलाल का हिसाब आज रात होगा",
    "the foreman who hit my brother wont walk out of the godown tomorrow",
    "तो पुढच्या वेळी गोदामातून चालत बाहेर जाणार नाही",
])
def test_a_reckoning_foretold_is_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "kal thekedar ka hisaab hoga, pagar milega",
    "ठेकेदाराने आज पूर्ण हिशोब दिला",
    "BP ki goli aaj se doctor ke hisaab se",
    "he wont walk out of the hospital tomorrow, the doctor wants 2 more days",
    "seth ka hisaab aaj hoga, dukan band karke",
])
def test_an_account_settled_or_a_patient_kept_in_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "papa ko bol dena maine bahut koshish ki thi",
    "आईला सांगा तिचा मुलगा वाईट नव्हता",
    "tell my wife i was not a coward",
    "बायकोला सांगा माझ्यावर रागावू नका",
    "sorry mummy, main accha beta nahi ban paya",
    "बाबा से माफी माँग लेना मेरी तरफ से",
])
def test_a_word_left_for_the_family_is_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "mummy ko bol dena main late aaunga, dinner mat banana",
    "aai la sang mi exam madhe khup prayatna kela",
    "tell my mom happy birthday from me",
])
def test_a_message_for_the_family_on_an_errand_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "apna helmet aur gloves pappu ko de diya, ab mujhe kya karna inka",
    "माझी हत्यारं आणि सायकल भावाला दिली, आता मला लागणार नाहीत",
    "gave my harness and boots to anil, he will need them more than me",
    "आज मेरी आखिरी शिफ्ट है, सबको राम राम",
    "this is my last check in. thanks for everything",
    "last time message kar raha hu sabko, ab aur nahi hota",
])
def test_the_kit_handed_on_or_the_last_shift_is_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "gave my old helmet to raju, bought a new one, he will need it more than me",
    "aaj last shift hai, kal se chutti, sabko thanks",
    "aakhri shift is hafte ki, transfer ho gaya Nagpur",
])
def test_a_kit_replaced_or_a_shift_before_a_leave_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "karza itna badh gaya ki ab ek hi rasta dikhta hai",
    "सावकाराचं कर्ज फिटणार नाही, आता एकच रस्ता उरलाय",
])
def test_a_debt_and_one_way_seen_is_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "karz bahut hai, ek hi rasta hai, zameen bechni padegi",
    "loan bharna hai, ek hi rasta hai overtime",
    "bachhe itne cute the ki wahi mar jaun 😍",
    "बिबट्याची पिल्लं सापडली, आईकडे सोडली",
])
def test_a_remedy_named_or_dying_of_something_cute_stays_quiet(text):
    assert_rules_stay_quiet(text)
