"""The reading of rounds 66-67: dying the easier way, debts returned before going, the writer's
account closed, the floor to go from, all freed if the writer went, the drop measured, the
terrace's lock broken; lines drawn on the skin with an edge; someone at a height and a plea to act;
a relapse told by its traces (the smell caught, the bottle half gone, a sale celebrated with the
drink, santra, one that became six, the advance and straight to the still, a bet placed); a phrase
does not run across a full stop; and their look-alikes (a market or a deal called dead, a flat a
client would die for, a fund stuck, tea drunk on the way back). The rules alone are tested
(second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "is sab se marna aasan lagta hai",
    "mala ata maran sopa vatta",
    "sabke paise lauta diye aaj, kisi ka karz baaki nahi. jaane se pehle yahi karna tha",
    "आईला सांगितलं, माझा हिशोब आज संपवतो",
    "ha shwas kayamcha band karaychay",
    "बाराव्या मजल्यावरची खिडकी रोज उघडी असते, उद्या तिथूनच जाईन",
    "mi gelo tar gharche sukhi hotil",
    "went up the water tower, measuring the drop. im not ok",
    "terrace cha kulup todla kal ratri. udya sagla sampel",
])
def test_the_easier_way_and_accounts_closed_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


def test_lines_drawn_on_the_arm_with_a_blade_are_self_harm():
    assert_rules_find("raat ko blade se kalai pe lakeere banayi, kisi ko nahi bataya", Category.SELF_HARM)


def test_someone_on_the_roof_and_a_plea_to_act_is_a_report():
    assert_rules_find("padosi ka call aaya ki papa chhat par khade hain, please kuch karo", Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "kal ghetli hoti, aaine tondacha vaas olakhla",
    "bhai ne rum ki bottle di thi, kal khol li, aadhi khatam",
    "got the bonus and celebrated with vodka, so stupid",
    "kal sandhyakali deshi santra ghetla",
    "boss bola ek chalega, ek ke chaar ho gaye",
    "dalal ne advance diya, seedha hatbhattivar gelo",
    "placed bets on the kabaddi league again",
    "मित्राने दारू दिली आणि मी घेतली. नाही म्हणू शकलो नाही",
])
def test_a_relapse_told_by_its_traces_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "marna aasan nahi hai, bachchon ke liye kaam karna padega",
    "gavi jatana sagla hisab chukta kela, kunacha dena baki nako",
    "aaj maza hishob sampavto, udya pasun navin seth kade kaam",
    "बच्चे terrace पर खड़े हैं, पतंग उड़ा रहे हैं, कुछ करो इनका",
    "terrace ka tala toda, society ne bulaya tha, kaam khatam",
    "market itna dead hai ki dukaan pe makkhi maar rahe hai",
    "ye share to mela hua hai, deal hanging by a thread hai",
    "wo customer us flat ke liye mar raha hai",
    "सेबी का ऑर्डर आया, फंड फंस गया, फिर भी मंदिर गया",
    "chaha piun alo godown varun, ata ghari",
    "santra khalla aaj, god hota",
    "tel ki dabbi khol li, aadhi khali",
    "celebrated with cake and the whole family",
    "roz sham ko mandir me baith jata hu",
])
def test_their_look_alikes_stay_quiet(text):
    assert_rules_stay_quiet(text)
