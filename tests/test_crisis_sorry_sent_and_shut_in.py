"""The second reading of rounds 64-65: an apology sent with the writer's things or papers, no coming
back from the well or the height, the family freed once the writer is not there; the cold room or
the bathroom shut from inside; the hand held to the freezer's pipe till numb, the foot beaten; a rope
"not for the bundles, for myself", a beam to take the writer's weight; and their look-alikes (a sorry
for being late, a week away, a cold room's lock repaired, a liquor-free year, a mark on the
calendar, the old life left). The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "papa ko sorry bol dena, meri almari ki chaabi aur ATM pin diary me hai",
    "sagalyanna sorry sanga. maza mobile Bunty la dya",
    "meri cycle chhotu ko de dena. ab main wapas nahi aaunga",
    "नदी के पुल पे जा रहा हूँ, लौट के नहीं आना है",
    "आज बाराव्या मजल्यावर काम आहे, परत खाली येणार नाही",
    "mi naslo tarach gharchyanna sutka milel",
    "if im not there the LIC policy gives them something at least",
    "tower varun padlo tar sagla sutel",
    "आज last day आहे माझा, कोणाला सांगू नका",
    "माझं कर्ज, भाड्याचं घर. मी गेलो की सगळं संपेल",
])
def test_errands_left_and_no_return_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "raat ko freezer room me akela hu, darwaza andar se lock karke baith jaunga",
    "ammonia cha valve ughadun aat basnar aaj, kuni shodhu naka",
    "मेरे भाई ने bathroom में खुद को बंद कर लिया है, साथ में तेज़ाब की bottle है",
    "नवा दोर आणलाय, वापरायला नाही, स्वतःसाठी",
    "is the ceiling fan strong enough to take my weight, i keep looking at it",
])
def test_shut_in_with_the_gas_or_the_acid_and_the_rope_for_oneself_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "barf ki silli pe hath chipka ke rakha jab tak sunn na ho gaya",
    "lakdi ne swatahchya payavar marat rahile kal ratri",
])
def test_a_hand_held_to_the_ice_and_a_foot_beaten_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


def test_the_rat_poison_not_for_the_rats_is_an_overdose():
    assert_rules_find("dukaan se ratol liya, chuhon ke liye nahi", Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "sir ko sorry bol dena, aaj late aaunga",
    "mi gelo ki dukan band hoil, chavi tula deto",
    "cold room ka darwaza andar se lock nahi hota, mechanic ko bulao",
    "ammonia ka valve khol ke andar baitha check karne, leak theek kiya",
    "वो bathroom में बंद है, acid से toilet साफ कर रहे हैं",
    "thand me kaam karke hath sunn hone tak pakad ke rakha rassi ko",
    "is the ladder strong enough to hold my weight",
    "rassi nahi mili, apne liye kapda liya",
    "आज office मध्ये last day आहे माझा, farewell party आहे",
    "दारूमुक्त दोन वर्ष पूर्ण, मंडळाने सत्कार केला",
    "कॅलेंडरवर रोज खूण करतो, आज शंभर दिवस",
    "my cousin offered a drink at the wedding, told him im done with that life",
    "tadi ki dukan ke saamne se roz jata hu, andar nahi jata",
])
def test_their_look_alikes_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "feeling close to using, the boys are at the adda",
    "भट्टीवाला बोलावतोय, जायची इच्छा होतेय",
    "pagaar udya, mala savra",
    "daaru dukanasamor thambla, aat nahi gela",
])
def test_a_pull_not_yet_given_in_to_is_urgent(text):
    from alumni.domain.crisis import detect
    detection = detect(text, second_opinion=False)
    assert detection.urgent and not detection.crisis, detection.explain()
