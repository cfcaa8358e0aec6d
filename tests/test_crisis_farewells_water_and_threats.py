"""Round 52's reading of rounds 50 and 51 (holdouts 170-172 and 174-176, opened): someone put in
care beside one's things given on or the writer going; one's things given on with nothing wanted
now; sorry, tired and bye; where it ends beside the water, the writer done with the water right
there, the water felt close; the last message in Marathi; a son or a husband missing since the
morning, or gone saying he won't come back, the phone switched off; a husband's threat to kill the
writer; a man threatening his wife with a thing, or raising it at her; a slip and the drink it was;
had two quarters. Their look-alikes stay quiet: a trip or leave named beside the going, back late
from a meeting, police quarters, a swim by the pond, a road that ends at the river, a notice
threatened. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("didi ka khayal rakhna. meri ghadi chhotu ko de dena", Category.SUICIDE),
    ("आईची काळजी घ्या, माझी गाडी दादाला द्या", Category.SUICIDE),
    ("bachon ko sambhal lena, main ja raha hu", Category.SUICIDE),
    ("माझा फोन आणि पाकीट भावाला द्या, मी चाललोय", Category.SUICIDE),
    ("sab auzaar Ramesh ko de dena. mujhe kisi cheez ki zarurat nahi", Category.SUICIDE),
    ("sorry mummy, main thak gaya hu, bye", Category.SUICIDE),
    ("mi thakloy ata, talav samorach ahe", Category.SUICIDE),
    ("the river is right there and im done", Category.SUICIDE),
    ("इथेच संपेल सगळं, नदी समोर आहे", Category.SUICIDE),
    ("sorry bhau, this is where it ends, the creek is calm tonight", Category.SUICIDE),
    ("he said he wont come back, his phone is switched off", Category.SUICIDE),
    ("maza mulga sakalpasun gayab ahe, phone switch off", Category.SUICIDE),
    ("बाजूच्या घरात नवऱ्याने बायको वर विळा उगारला", Category.HARM_TO_OTHERS),
    ("the neighbour is threatening his wife with a sickle", Category.HARM_TO_OTHERS),
    ("मेरे पति ने कहा कि कल रात मुझे और मेरी बेटी को मार देगा", Category.HARM_TO_OTHERS),
    ("had 2 quarters before the night shift", Category.RELAPSE),
    ("slip on saturday. rum at the reunion", Category.RELAPSE),
])
def test_farewells_water_and_threats_alert(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "mummy ka khayal rakhna, main ja raha hu pune kal subah",
    "meri files sharma ko de dena, main ja raha hu leave pe",
    "wont be back till late, phone off in the meeting",
    "we had police quarters allotted",
    "going for a swim, the pond is right there, im done with work",
    "the road ends here near the river",
    "bank is threatening him with a notice",
    "salary slip mila, beer nahi li",
])
def test_their_look_alikes_stay_quiet(text):
    assert_rules_stay_quiet(text)
