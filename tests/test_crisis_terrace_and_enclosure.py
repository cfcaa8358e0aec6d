"""The third reading of rounds 58-59: a terrace whose lock stays open or whose key the writer has,
and "tonight, there"; a goods train at night and "that's where I'll go"; a tiger's enclosure or a
snake's box gone into unguarded; and their look-alikes (kites flown from the terrace, a water tank
cleaned, an enclosure cleaned, a cobra released). The reading of rounds 60-61: a hurt kept up till it
shows, a body foretold to be found, the mosquito liquid and copper sulphate swallowed; and theirs (a
body reported in the news, a day in the sun, a refill put in). The rules alone are tested
(second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "hamari society ki chhat ka tala khula rehta hai, aaj raat wahin jaunga",
    "गच्चीची चावी माझ्याकडे आहे, आज रात्री तिथेच जाणार",
    "यार्डात रात्री मालगाडी थांबते, तिथेच जाणार",
    "आज रात शेर के बाड़े का गेट खोल के अंदर चला जाऊंगा",
    "i will go into the cobra box without the hook tonight",
])
def test_a_way_left_open_or_an_enclosure_gone_into_is_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "chhat ka tala khula hai, aaj raat wahin jaunga patang udane",
    "गच्चीची चावी माझ्याकडे आहे, टाकी साफ करायला तिथेच जाणार",
    "sher ke bade ka gate khol ke andar gaye safai ke liye, sab theek",
    "cobra ko box me band karke forest me release kiya",
])
def test_kites_a_chore_or_a_keepers_day_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "pressed the hot iron on my arm till it blistered",
    "खिड़की की ग्रिल पे मुक्का मारता रहा जब तक निशान नहीं पड़े",
    "wire hatala ghatta bandhli, nila hoiparyant. mala hech pahije hota",
])
def test_a_hurt_kept_up_till_it_shows_is_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "पैसा नहीं लौटाया तो उसकी लाश नदी में मिलेगी",
    "tyachi laash udya sakali gatarat milel",
    "that broker cheated us. he wont go home on his own legs tonight",
])
def test_a_body_foretold_is_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "news me padha uski laash nadi me mili, bahut bura laga",
    "garmi me chhat pe khada raha dopahar bhar, pair jal gaye",
    "machhar wali machine me nayi refill lagayi, ab neend achhi aati hai",
])
def test_a_body_reported_a_day_in_the_sun_and_a_refill_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "मच्छर वाली मशीन की पूरी दवा पी ली",
    "nila thotha khalla, pot dukhtay",
])
def test_the_mosquito_liquid_or_copper_sulphate_swallowed_is_an_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)
