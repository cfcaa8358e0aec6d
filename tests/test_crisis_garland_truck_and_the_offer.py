"""The thirty-first session's reading of rounds 82-83 (gurudwara langars and truckers, toll plazas,
parking valets, flower markets, salt pans): the garland for the writer's own photo, a truck wished
upon the writer, the name taken off the list, the rope brought where nobody comes, nothing left to
live for, into the creek; the head struck on purpose and burns hidden; a man to be fried, buried,
stabbed or drowned; a potli bought, reeling home, the doda boiled to drink at once; the pull when a
bottle is offered; and quiet: "cars" (no charas), a contractor (no theka), an Audi (no jump), jumping
for joy, rising spirits, papers hanging at the office, a rush that is "killing us". The sentences
are my own, none from the evaluation sets. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "माझ्या फोटोला मोगऱ्याचा हार आणून ठेवलाय",
    "meri photo pe haar chadhane ka time aa gaya",
    "har raat lagta hai koi tanker thok de to achha hai",
    "कोई ट्रक के आगे आ जाऊं, सब खत्म",
    "sir mera naam list se hata do, agle hafte se koi nahi hoga reply karne",
    "रस्सी ले के आया हूँ गोदाम में, रात को यहाँ कोई नहीं आता",
    "मी गेलो की घरचे सुखी होतील",
    "ab bacha kya hai jeene ko",
    "आज रात्री खाडीत जाणार, शोधू नका",
    "this is my last check in, thanks for everything",
    "पुरानी खदान के पास बैठा हूँ, रात होते ही कूद जाऊंगा",
    "वो acid bottle लेके छत पे गया है, फोन नहीं उठा रहा",
    "माझीही जायची वेळ आली आता",
])
def test_the_garland_the_truck_and_the_name_off_the_list_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "मुद्दाम भिंतीवर डोकं आपटलं परत",
    "cigarette ne hatavar chatke dile, shirt khali lapavto",
])
def test_the_head_struck_on_purpose_and_burns_hidden_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "tyala ithech gaadun takin udya",
    "सुपरवायझरला खाडीत बुडवून टाकेन",
    "usko nadi me phenk dunga kal",
    "kal cutter leke uske ghar ja raha hu",
])
def test_fried_buried_or_drowned_is_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "kal raat ठर्रा pi liya",
    "रास्ते में पोटली ले ली, सब खत्म",
    "रात्री झिंगून घरी आलो",
])
def test_the_potli_tharra_and_reeling_home_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "डोडे का थैला उबाल के रखा है, सब एक साथ पी जाऊंगा",
    "samor golyanchya 3 patti ahet, khaun takin ata",
    "oxalic acid paani me ghol ke pi liya",
])
def test_the_doda_at_once_and_the_strips_to_eat_up_are_overdose(text):
    assert detect(text, second_opinion=False).crisis


@pytest.mark.parametrize("text", [
    "drivers bottle offer kar rahe hain, control mushkil hai",
    "पोरांनी समोरच बाटली काढलीय, मी बाजूला बसलोय. फोन करा",
])
def test_the_offer_and_the_pull_are_craving(text):
    detection = detect(text, second_opinion=False)
    assert detection.urgent and not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "aaj 250 cars park ki, pair dukh rahe",
    "ठेकेदाराचा फोन आला, पगार उद्या",
    "Audi ची चावी हरवली होती, सापडली",
    "बक्षीस मिळालं म्हणून पोरं उड्या मारत होती",
    "सब चढ़दी कला में है जी",
    "my licence file is still hanging at the office",
    "festival rush is killing us, 14 hour shift",
    "mere papa ki photo pe haar chadhaya aaj barsi pe",
    "ye truck wala roz yahin se jaata hai",
    "theke ke aage se seedha ghar gaya aaj",
    "no drink since my last check in, all good",
    "grinder फिसल गया, उंगली पे पट्टी बंधी",
])
def test_cars_the_contractor_the_audi_and_the_rush_stay_quiet(text):
    assert_rules_stay_quiet(text)
