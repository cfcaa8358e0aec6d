"""Round 52-53's second reading in this session: a friend on a roof who will not come down, gone
to the water with no wish to come back, a drink named and counted by the glass, a drink poured
and not refused; and the everyday words that folded onto danger ("zala", happened, onto "burnt";
the Chhath festival onto a wanting verb; a rope for a vehicle). The rules alone are tested
(second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "bhau shed chya patryavar chadhun basla ahe, khali yetach nahi",
    "मेरा भाई गोदाम की छत पर चढ़ा है, नीचे नहीं आ रहा",
])
def test_on_a_roof_and_not_coming_down_is_reported(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "kal raatri nadivar gelo, parat yaycha mann navhta",
    "went down to the river last night and didnt want to come back",
    "pul pe khada tha kal, wapas aane ka mann nahi tha",
])
def test_at_the_water_with_no_wish_to_come_back_is_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "went to the lake with the kids, didnt want to come back it was so nice",
    "picnic la dharanavar gelo, parat yaycha mann navhta itki maja aali",
])
def test_a_day_out_at_the_water_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "bazaarat taadi milali, 2 glass ghetle",
    "dost ne rum nikali, 2 peg liye",
    "cousin kept pouring at the sangeet and i couldnt refuse",
])
def test_a_drink_counted_or_poured_and_not_refused_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "aai kept pouring chai and i didnt say no",
    "उसाचा रस होता, 2 glass ghetle",
    "2 varsh purna zala, swatacha dhanda suru kela",
    "छठ की भीड़ ने मार डाला आज घाट पर",
    "need a new rope for the tempo, the old one snapped",
])
def test_the_look_alikes_stay_quiet(text):
    assert_rules_stay_quiet(text)
