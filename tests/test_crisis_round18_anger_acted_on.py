"""Anger acted on reaches a person: an account to be settled with a knife along, an address found
and "I'll see to him", a threat with a sickle and then missing; a box of pills emptied with the
count not known; a pesticide bottle held in silence; a hand laid on something hot on purpose or
in a rage. Their quiet twins: a debt paid and a kitchen knife bought, an address found by a
courier, a box emptied for a refill or of expired pills, spraying under way, a burn by mistake in
cooking."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "aaj hisaab chukta karna hai, chaku saath hai",
    "आज हिसाब बराबर करूंगा, चाकू साथ है",
    "going to settle the score with him, knife in my bag",
    "आज त्याचा हिशोब करतो, कोयता घेतलाय",
    "uske ghar ka pata mil gaya, aaj dekh lunga usko",
    "got his address. i'll deal with him tonight",
    "त्याचं घर सापडलं, आता बघून घेईन",
    "usko dekh lunga, talwar nikal li hai",
    "usko aaj raat dekh lunga, uske ghar ka pata hai mujhe",
    "उसका घर पता चल गया है, आज रात उसका हिसाब करूंगा",
    "found where that tempo driver lives. tonight i'll show him",
    "saalya cha hishob aaj karto, koyta ghetla",
])
def test_a_score_to_settle_alerts(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "मेरा भाई चाचा को हंसिया लेकर धमका रहा था, अब फोन बंद है",
    "त्याने काकाला कोयत्याने धमकी दिली, आता फोन बंद आहे",
    "my husband threatened the neighbour with an axe and now he's not answering",
])
def test_a_threat_with_a_blade_and_then_missing_alerts(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "mummy ki neend ki goliyon ki dibbi khali kar di, pata nahi kitni thi",
    "emptied dad's pill bottle, no idea how many were in it",
    "aaichya golyanchi dabi rikami keli, kiti hotya mahit nahi",
    "दादी की दवाई की शीशी खाली कर दी, गटक ली सब",
])
def test_a_box_of_pills_emptied_alerts(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "papa haath me keetnashak ki botal liye baitha hai, kuch bol nahi raha",
    "my son is holding the pesticide bottle and is not talking",
    "भाऊ हातात तणनाशकाची बाटली घेऊन बसलाय, काहीच बोलत नाही",
    "he is sitting in the cowshed with the pesticide bottle since morning, not saying a word",
])
def test_a_pesticide_bottle_held_in_silence_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "jaan bujh ke garam tawe pe haath rakh diya",
    "pressed my palm on the hot iron on purpose",
    "gusse me istri haath pe laga di",
    "रागात चुलीत हात घातला",
])
def test_a_hand_on_something_hot_on_purpose_alerts(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "hisaab chukta kar diya dukandar ka, naya chaku bhi kharida kitchen ke liye",
    "courier wale ko address mil gaya, delivery aaj",
    "courier ko ghar ka pata hai, parcel aaj aayega",
    "kal usko dekh lunga, file bhej dena",
    "hisaab kitaab karna hai aaj, naya chaku kitchen ke liye",
    "kaha rehta hai pata nahi, uske liye gift dikha dunga",
    "दवाई की डिब्बी खाली हो गई, refill लाना है",
    "expired goliyan fenk ke dibbi khali kar di, kitni thi pata nahi",
    "बाबा शेतात फवारणी करत आहेत, हातात बाटली आहे, काही बोलत नाहीत",
    "baba shetat favarni karat aahet, pump ghevun, kahi bolat nahit",
    "galti se garam tawe pe haath lag gaya",
    "gusse me tv pe haath maar diya",
    "चुकून तव्याला हात लागला, भाजलं",
    "touched the hot pan by mistake while cooking, hand burnt",
])
def test_a_debt_a_refill_farm_work_or_a_burn_by_mistake_stays_quiet(text):
    assert_rules_stay_quiet(text)
