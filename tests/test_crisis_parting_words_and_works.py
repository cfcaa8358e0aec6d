"""The second reading of rounds 58-59: a man gone from home and the parting words he left, a man
to be drowned, thrown or buried in a place of the works, a poison poured into a glass, a hurt
done on purpose or a blow kept up till blood; an offer refused, the works' dust "killing" a throat
and a stranger's death read in the news; and the look-alikes beside each (a man gone to his duty,
a ball thrown to him, phenyl measured for the floor, a finger caught by accident, an offer taken,
the news's death wished for oneself). The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "main unki beti hu, papa raat se ghar nahi aaye, jaate waqt sabse maafi maangi thi",
    "माझे मिस्टर कालपासून घरी नाहीत, निघताना म्हणाले पोरांना सांभाळ, फोन बंद",
    "his sister here. he hasnt come home, and before leaving he hugged amma and said bye forever",
])
def test_parting_words_and_an_absence_reported_are_a_crisis(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "jaate waqt bola bachon ka dhyan rakhna, gaon pahunch gaya, phone me network nahi",
    "निघताना म्हणाले मुलांची काळजी घे, माहेरी गेलेत दोन दिवस",
])
def test_parting_words_before_a_trip_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "manager ne phir gaali di to usko boiler ki tankit budavto",
    "त्या ठेकेदाराला उद्या उचलून विहिरीत फेकतो",
])
def test_a_man_thrown_into_the_works_is_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "tyala chendu nadit fekto, to pohat aanto",
    "त्याला रंग लावून टाकीत ढकलला होळीला 😂",
])
def test_a_ball_or_colour_thrown_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "thinner glass madhe otun thevlay, ata pito",
    "कीटनाशक घोल के गिलास में रख दिया है",
])
def test_a_poison_poured_into_a_glass_is_an_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "phenyl bucket madhe otun farshi pusli",
    "acid glass madhe otla, sink saaf karayla",
])
def test_a_chemical_measured_for_a_chore_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "iron ko haath pe jaan boojh ke lagaya, thoda sukoon mila",
    "कटरचं पातं बोटाला मुद्दाम लावलं",
    "pressed my wrist on the hot pipe on purpose again",
    "दीवार पे सिर मारता रहा जब तक खून नहीं निकला",
])
def test_a_hurt_done_on_purpose_is_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "grinder pe ungli lag gayi kal, 3 taanke",
    "gate me haath phas gaya, khoon nikla, dressing kiya",
])
def test_an_accident_at_work_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "got offered smack at the petrol pump, walked away and called my brother",
    "ड्राइवरने पुडी देऊ केली, हात जोडले आणि घरी आलो",
    "saala mhanala ek quarter ghe, mi sangitla mi sodli aahe",
    "ye cement ki dhool ne to gala maar diya yaar",
    "मुकादमानं कामानं मारून टाकलं, पाठ दुखतेय",
    "अखबार में पढ़ा एक किसान ने जान दे दी, बहुत दुख हुआ। मैं ठीक हूं",
    "paperat vachla ek vyapari ne pulavarun udi marli, vait vatla. mi thik aahe",
])
def test_an_offer_refused_the_works_dust_and_a_strangers_death_in_the_news_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "got offered smack at the petrol pump, took it",
    "paperat vachla ek vyapari ne pulavarun udi marli. mala pan tasach karava vatta",
    "अखबार में पढ़ा एक किसान ने जान दे दी। मैं भी यही करूंगा",
])
def test_an_offer_taken_or_a_death_in_the_news_wished_for_oneself_still_alerts(text):
    assert detect(text, second_opinion=False).crisis
