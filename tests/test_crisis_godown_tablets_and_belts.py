"""The second reading of rounds 72-73: the godown's tablets held tonight or laid out with a glass of
water, someone shut in with a poison or gone off with sleeping pills, kerosene on oneself, a man
called who does not wake; the mill's belt as a noose, sleep with no waking, no turning back at the
railway, burns owned, glass struck in anger; and the quiet talk of the mill, the godown and the reel
makers (pest tablets in the sacks, a bottle named by what it holds, a rope for the bundles, a bill
still pending, a shoot that did not happen, everyone drunk but the writer). The rules alone are
tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "quickphos ki goliyan mere paas hain, aaj raat",
    "sulphas ki tablets nikal li hain, pani ka glass bhi bhar liya",
    "गव्हात ठेवायच्या गोळ्या काढून ठेवल्यात, उद्या सकाळ आधीच गिळणार",
    "bhaiya celphos ka packet lekar baithe hain, darwaza nahi khol rahe",
    "dada neend ki goliyan le ke khet chale gaye, phone bhi nahi utha rahe",
    "मामांना किती आवाज दिला, उठतच नाहीत, तोंडाला फेस",
])
def test_the_godowns_tablets_and_a_man_who_does_not_wake_alert(text):
    assert detect(text, second_opinion=False).crisis


@pytest.mark.parametrize("text", [
    "kerosene ka dabba ghar me hai, socha hai apne upar daal ke aag laga lu",
    "रात्री गिरणीचा पट्टा काढला, पुलीला बांधून गळा अडकवला की संपेल सगळं",
    "झोपावं आणि पुन्हा उठूच नये असं वाटतंय",
    "ya veli railway phatak var gelo tar maage nahi yenar",
    "मुलीसाठी एक चिठ्ठी ड्राफ्ट करून ठेवली आहे, मी नसलो की तिला द्या",
])
def test_the_belt_the_sleep_and_the_railway_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "gusse me haath se sheeshe pe mara, chaar taanke lage",
    "uske haath pe jalne ke nishan the, puchha to bola khud kiya",
])
def test_glass_struck_in_anger_and_burns_owned_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "wo agent dobara aaya to uska haath machine me daal dunga",
    "us thekedar ko peet peet ke maarunga, sab dekhenge",
])
def test_the_mill_and_a_beating_promised_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "धान्याच्या पोत्यात किडे मारायच्या गोळ्या ठेवल्या, मुलांना लांब ठेवलं",
    "bought a spray bottle and some flux for the counter",
    "rassi leni hai bhusa ke gatthar bandhne ko",
    "transport cha bill ajun latakle aahe",
    "उद्या शूट नव्हतं म्हणून घरी थांबलो",
    "लग्नात सगळे टाईट होते, मी फक्त कॅमेरा घेऊन फिरत होतो",
    "daru sathi jayche te paise vachvun mulila cycle ghetli",
    "cousin came with a bottle for new year, I gave it to the neighbour uncle. still sober",
    "satta app mobile madhun kadhun takla, aata 40 divas",
    "dosto ne raat ko ganja peene bulaya, main nahi gaya",
    "रीलवर तर मी मरतो, काय भारी एडिट केलंय",
    "तीन महिने झाले, proud of myself honestly",
])
def test_the_mill_godown_and_reel_talk_stays_quiet(text):
    assert_rules_stay_quiet(text)
