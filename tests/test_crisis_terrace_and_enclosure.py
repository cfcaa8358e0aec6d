"""The third reading of rounds 58-59: a terrace whose lock stays open or whose key the writer has,
and "tonight, there"; a goods train at night and "that's where I'll go"; a tiger's enclosure or a
snake's box gone into unguarded; and their look-alikes (kites flown from the terrace, a water tank
cleaned, an enclosure cleaned, a cobra released). The rules alone are tested (second_opinion=False)."""
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
