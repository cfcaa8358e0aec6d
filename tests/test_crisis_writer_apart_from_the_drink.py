"""The others' drink told, then the writer apart from it in a later clause (round 53's reading):
quiet, the drink of the first clause forgotten. The writer's own drink in the first clause, a
"could not say no" and a "me too" keep the relapse. The rules alone are tested
(second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "lagnat sagle daru pit hote, mi fakt limbu sarbat ghetla",
    "office party me sab beer pi rahe the, maine nahi li",
    "dosto ne bottle kholi, main wapas ghar aa gaya",
])
def test_the_writer_kept_apart_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "kal raat daru pi, maine nahi socha tha",
    "mitranni taadi aanli, mi nahi mhanu shaklo nahi",
    "sab pi rahe the, maine bhi li",
])
def test_the_writers_own_drink_is_still_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)
