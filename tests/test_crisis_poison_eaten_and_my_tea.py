"""The reading of rounds 64-65: a poison eaten, said with the Hindi "having eaten" ("चूहे की दवा
खाकर पड़ा है"); the cold store's ammonia or the factory's solvent as a bottle or a can to be drunk;
a poison "going in my own tea"; a man who "will finish me", told by his mother; and their
look-alikes (a meal eaten beside the rat poison put away, the rats' corners, a father's scolding to
come). The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "bhaiya godown me zeher khakar pade hai, jaldi aao",
    "चूहे मारने की दवा खा के लेटा है मेरा भाई",
    "ammonia ki bottle utha li hai, raat ko peeunga",
    "solvent cha can ghari aanla, aaj pinar",
    "the rat poison is going in my own chai tonight",
])
def test_a_poison_eaten_or_about_to_be_drunk_is_an_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


def test_a_man_who_will_finish_the_writer_is_harm_to_others():
    assert_rules_find("my husband came home drunk, he will finish me and the kids with that knife",
                      Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "chuhe ki dawa godown me rakhi, khana khakar so gaya",
    "rat poison for the rats, going in the corners tonight",
    "papa will kill me when he sees the phone bill",
])
def test_a_meal_the_rats_corners_and_a_scolding_to_come_stay_quiet(text):
    assert_rules_stay_quiet(text)
