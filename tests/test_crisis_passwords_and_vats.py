"""The reading of rounds 72-73: a man promised to the vat or the mill, a poison hidden or in the
pocket, a chemical drunk, a cylinder taken into a shut room; passwords sent, the last live, keys and
accounts left with a farewell, all freed by the writer's going, the rollers gone into, the hot pan
on purpose; back on the betting app, whitener again, the half bottle finished, an invitation feared;
and the look-alikes of the phone shop, the mill, the upholsterer's godown and the reel makers (a phone
that is dead, foam sheets, a video shoot, rat poison put down for the rats, a mill closed for the
night, the cold that "took my life", "toddy" inside "तोडायला"). The rules alone are tested
(second_opinion=False)."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "us mukadam ko kadhai me dhakel dunga agar phir paise kaate",
    "jo meri jagah le gaya uspe garam tel ulat dunga",
])
def test_a_man_promised_to_the_vat_or_the_oil_is_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "mazya bhavane celphos anla ahe, lapvun thevlay, amhi ghabarlo",
    "चुन्याचं पाणी प्यायलो, आत सगळं जळतंय",
    "papa ne kamre mein cylinder le aaye aur darwaza band kar diya",
])
def test_a_poison_hidden_a_chemical_drunk_a_cylinder_in_a_shut_room_alert(text):
    assert detect(text, second_opinion=False).crisis


@pytest.mark.parametrize("text", [
    "sent my youtube channel password to my cousin. wanted it sorted before i go",
    "आज रात आखिरी live करूँगा, उसके बाद ये account और मैं दोनों gone",
    "दुकानाची चावी शेजाऱ्याकडे दिली, माझी वाट बघू नका",
    "मी मेलो की सुटतील सगळे, कर्ज पण आणि त्रास पण",
    "kal subah gaadi ke neeche aa jaun bas",
    "ab mujhe is duniya me nahi rehna, ab nahi rehna",
])
def test_passwords_the_last_live_and_the_freeing_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "tavyavar mudaam haat thevla, phod aale",
    "lokhandi khambavar mukke marle raktbambal hoiparyant",
])
def test_the_hot_pan_on_purpose_and_punches_till_blood_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "went back to the rummy app last night and lost 8000",
    "whitener phir se, gali ke peeche",
    "अद्धा ले आया था, रात में खत्म कर दिया",
    "dukaan band karke do pauwa maar liya",
])
def test_back_on_the_app_and_the_half_bottle_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


def test_an_invitation_feared_is_urgent():
    assert detect("office wale party ko bulaya hai, sab pienge, main kya karu", second_opinion=False).urgent


@pytest.mark.parametrize("text", [
    "customer ka phone pani me gira, ab dead hai bilkul",
    "foam sheets aaj bhijle, godown madhe paani aala",
    "kal terrace pe reel ka shoot hai, 6 baje aana",
    "godown में चूहों के लिए दवा रखी, गद्दे कुतर रहे थे",
    "गिरणी बंद करून घरी आलो, आज गर्दी होती",
    "या थंडीनं जीव घेतला, पहाटे लाकडं तोडायला गेलो",
    "aaj garmi ne jaan le li, dukaan me pankha bhi band",
    "ye contractor pure poison hai, har din naya jhagda",
    "motor la navin patta ghatla, 1200 la padla",
    "family wapas saath hai, thank you",
    "rat poison chhupa ke rakha hai bachchon se, upar almari me",
])
def test_the_shop_mill_and_reel_talk_stays_quiet(text):
    assert_rules_stay_quiet(text)


def test_a_man_shut_inside_his_shop_is_still_reported():
    assert detect("वो दुकान का शटर अंदर से बंद करके बैठे हैं, फोन नहीं उठा रहे", second_opinion=False).crisis
