"""The thirty-second session's second reading, of rounds 86-87 (rafting camps, paper mills, temple
towns, utensil shops, sweet shops, tour drivers): the chimney and the spire, the furnace and the pulper,
the rapid without a jacket, "don't pull me out", the bike left at the dam, the ghat and no coming back;
the last darshan, the writer's own pyre and rites, "my death is of more use", "mi gelyavar"; the belt,
the diya and the buffing wheel on the writer's own body; caustic mixed in a glass, celphos in the
pocket; a man's hand under the press, hot oil, a car run over him, "won't leave him alive"; two quarters
of desi; the mind running to the still; and quiet: a bungee course, a rush that is "murder", sat by
the river and calmed, "won't leave me alive" said of a wife or a boss. The
sentences are my own, none from the evaluation sets. The rules alone are tested
(second_opinion=False)."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "mill ki chimney pe chadh gaya hu, ab seedha neeche",
    "मंदिराच्या शिखरावर चढलो की वाटतं तिथूनच सोडून द्यावं स्वतःला",
    "boiler ki bhatti dekh ke lagta hai andar kood jau",
    "कल सुबह rapid में बिना जैकेट उतरूंगा",
    "told my friend not to bother pulling me out of the river this time",
    "uski bike dharan ke kinare mili hai, woh gayab hai kal se",
    "Sunday la gadi gheun ghat madhe janar, parat nahi yenar",
    "शेवटचं दर्शन घेतलं, आता मला काही नको",
    "ghat pe lakdi wale se baat kar li apne liye",
    "माझ्यापेक्षा माझं मरण घराला जास्त उपयोगी पडेल",
    "मी गेल्यावर माझ्या मुलाला शिकवा एवढीच विनंती",
    "बस ऐसा सोऊँ कि फिर कभी न उठूँ",
    "dont worry about me after today, all dues paid",
    "railway track kade janar aaj, kunala sangu naka",
    "when im gone just know agar mai na rahu to sab khush rahenge",
])
def test_the_chimney_the_rapids_and_the_last_darshan_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "राग आला की मी स्वतःला belt ने मारतो",
    "garam diya kalai pe rakh liya, accha laga",
    "buffing wheel var bot ghasla mudaamhun",
])
def test_the_belt_the_diya_and_the_wheel_on_the_writers_body_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "caustic pani me ghol liya hai, glass samne hai",
    "सेल्फॉसच्या गोळ्या माझ्या खिशात आहेत",
])
def test_caustic_in_a_glass_and_celphos_in_the_pocket_are_overdose(text):
    assert detect(text, second_opinion=False).crisis


@pytest.mark.parametrize("text", [
    "munshi cha haat press khali ghalto udya",
    "उसके ऊपर garam tel phenk dunga",
    "if he comes to the stand again i will run him over",
    "त्याला जिवंत सोडणार नाही मी",
    "sethne pagar kapla tar tyachi dukan jalavto",
])
def test_a_mans_hand_under_the_press_and_hot_oil_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "kal raat 2 quarters desi, sorry sir",
    "took bhang thandai at the society's holi party, then some more",
])
def test_two_quarters_of_desi_and_bhang_in_the_thandai_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "पगार आला की मन भट्टीकडे धावतं",
    "party me sab peete hain, kaise sambhalunga pata nahi",
    "bar ke bahar khada hu, abhi andar nahi gaya",
])
def test_the_mind_running_to_the_still_and_the_party_are_craving(text):
    detection = detect(text, second_opinion=False)
    assert detection.urgent and not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "booked a bungee jump course for the staff next month",
    "Diwali ka rush nahi murder hai, 14 ghante kaam",
    "गुस्सा आया, पर नदी किनारे बैठ के शांत हुआ",
    "उशीर झाला तर बायको जिवंत सोडणार नाही 😅",
    "आईच्या हातचं पिठलं भाकरी, त्यासाठी जीव पण देईन",
    "laughed when the halwai slipped on the ghee",
    "my phone was dead all day, sorry",
    "pandharpur la dindi sodun ghari aalo, sagla theek",
    "took a cold thandai after the aarti, felt good",
])
def test_a_bungee_course_a_rush_and_the_river_bank_stay_quiet(text):
    assert_rules_stay_quiet(text)
