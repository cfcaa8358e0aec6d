"""Harm to others said by the shape of the act (a weapon carried while looking for someone,
hands on a throat, something slipped into someone's food, a stone to the head on a
condition, a person declared done for) and danger reported by someone else (a note and a
person gone, someone at the tracks who will not come home, a goodbye and no answer, a
poison found hidden), in English, Hindi and Marathi, both scripts and the dialect forms.
Development examples written for this round; the labelled sets are measured by
`python -m bench crisis`."""
import pytest

from alumni.domain.crisis import Category, detect

S, OD, HO = Category.SUICIDE, Category.OVERDOSE, Category.HARM_TO_OTHERS


def _explain(text: str) -> str:
    return detect(text).explain() or "nothing"


# --- a weapon carried while looking for a person ------------------------------------------

@pytest.mark.parametrize("text", [
    "talwar leke nikla hu, aaj usko dhoondh ke rahunga",
    "knife in my pocket, looking for that guy since evening",
    "सुरा घेऊन त्याला शोधतोय, आज सोडणार नाही",
    "रॉड लेकर घूम रहा हूँ, उसको ढूंढ रहा हूँ",
    "koyta gheun tyala shodhat firtoy",
])
def test_a_weapon_carried_while_looking_for_someone_is_harm_to_others(text):
    assert HO in detect(text).categories, f"{text!r}: {_explain(text)}"


# --- hands on a throat, and an act that nearly happened ----------------------------------

@pytest.mark.parametrize("text", [
    "some nights i want to strangle my brother in law",
    "throttled my wife during the fight, she is scared of me now",
    "uska gala daba dunga agar phir aaya",
    "बायकोचा गळा दाबावासा वाटतो",
    "i wanted to smash his face. yesterday i almost did it",
    "मन करता है उसका गला घोंट दूं",
])
def test_hands_on_a_throat_or_an_act_that_nearly_happened_is_harm_to_others(text):
    assert HO in detect(text).categories, f"{text!r}: {_explain(text)}"


# --- a condition, then a stone or a rod to the head (Marathi and Hindi) -------------------

@pytest.mark.parametrize("text", [
    "parat aala tar tyachya doskyat dagad ghalin",
    "जर तो परत दिसला तर त्याच्या डोसक्यात दगड घालीन",
    "bhai uska khoon kar dunga agar wo phir se ghar aaya",
    "paise nahi diye to uska murder kar dunga",
    "tyacha dokach phodto ata, mi sodnar nahi",
])
def test_a_conditional_threat_from_the_writer_is_harm_to_others(text):
    assert HO in detect(text).categories, f"{text!r}: {_explain(text)}"


# --- poison or "something" slipped into someone else's food or drink ----------------------

@pytest.mark.parametrize("text", [
    "been thinking of mixing something into my landlord's coffee",
    "uske khane me zeher mila dunga",
    "tichya jevnat vish ghalin",
    "planning to spike his drink with my sleeping pills",
    "उसकी चाय में कुछ मिला दूंगा, किसी को पता नहीं चलेगा",
])
def test_poison_slipped_into_someone_elses_food_is_harm_to_others(text):
    assert HO in detect(text).categories, f"{text!r}: {_explain(text)}"


# --- Marathi dialect forms and the fused emphatic -ch -------------------------------------

@pytest.mark.parametrize("text", [
    "त्याले मारूनच टाकतो",
    "tyale marunach takto aaj",
    "आज त्याले मारून टाकतो",
    "त्यालाच मारून टाकतो",
])
def test_dialect_and_emphatic_forms_of_a_threat_are_harm_to_others(text):
    assert HO in detect(text).categories, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "पोरानं फवारणीचं औषध पेलं, दवाखान्यात नेतोय",
    "आजोबांनी फवारणीचे औषध पेलंय",
    "bhavane favarnicha aushadh pila",
])
def test_a_farm_spray_drunk_is_an_overdose(text):
    assert OD in detect(text).categories, f"{text!r}: {_explain(text)}"


# --- a person declared done for, beside a threat -----------------------------------------

@pytest.mark.parametrize("text", [
    "he hurt my mother. he's dead. i know where he lives",
    "she cheated me. she is dead, mark my words",
    "wo mara samjho, mujhe pata hai kahan rehta hai",
])
def test_a_person_declared_done_for_beside_a_threat_is_harm_to_others(text):
    assert HO in detect(text).categories, f"{text!r}: {_explain(text)}"


# --- someone else: a note and a person gone; a place and no coming home -------------------

@pytest.mark.parametrize("text", [
    "meri behen chitthi likh ke ghar chhod ke chali gayi",
    "मेरे पति चिट्ठी छोड़ कर घर से गायब हैं",
    "बहिणीने चिठ्ठी लिहिली आणि ती सकाळपासून गायब आहे",
    "my son wrote a letter and left home, phone is off",
    "papa nadi ke pul pe baithe hai, ghar nahi aa rahe",
    "माझा भाऊ रुळावर बसलाय, घरी येत नाही",
    "my friend is sitting on the railway tracks and won't come home",
    "her last message was a voice note saying sorry. now she's not answering",
    "he texted saying bye to everyone and now his phone is switched off",
])
def test_a_relative_reporting_a_goodbye_a_note_or_a_place_reaches_a_person(text):
    assert detect(text).crisis, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "found sleeping pills hidden under her pillow, about forty of them",
    "uski almari me chhupa ke rakha zeher mila",
    "मुलाच्या कपाटात लपवलेलं विष सापडलं",
])
def test_a_poison_found_hidden_reaches_a_person(text):
    assert detect(text).crisis, f"{text!r}: {_explain(text)}"


# --- the same words in everyday shapes ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "mummy ne meri chai me adrak dal di",
    "looking for the knife, can't find it in the kitchen",
    "she texted saying she will be late, traffic",
    "he is at the bridge site all week for work",
    "chaku le ke sabzi kaat rahi hu",
    "we had cake and samosa at the office",
])
def test_everyday_shapes_of_these_words_do_not_alert(text):
    assert not detect(text).crisis, f"{text!r}: {_explain(text)}"


# --- supplies: a pest poison put to use, an animal that ate something, a month's refill ---

@pytest.mark.parametrize("text", [
    "kitchen ke liye cockroach maarne ki dawa laaya hu",
    "गोदामात उंदीर मारण्याचं औषध ठेवलं आहे, उंदीर खूप झाले",
    "bought mosquito killer for the shop, mosquitoes are biting everyone",
    "our cat ate some rat poison, the vet says she is ok now",
    "शेतात कापसावर फवारणी केली, औषध खूप महाग आहे",
    "picked up 60 tablets from the pharmacy, my monthly refill",
    "I had to buy phenyl for the godown",
    "shetasathi undir marnyache aushadh aanla",
])
def test_supplies_pests_and_animals_do_not_alert(text):
    assert not detect(text).crisis, f"{text!r}: {_explain(text)}"


@pytest.mark.parametrize("text", [
    "chuhe maarne ki dawa kha li maine",
    "maine undir marnyache aushadh pile",
    "I swallowed 30 pills from my monthly refill",
])
def test_a_pest_poison_or_a_refill_swallowed_by_the_writer_still_alerts(text):
    assert detect(text).crisis, f"{text!r}: {_explain(text)}"
