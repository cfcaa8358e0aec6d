"""A spirit named with its mixer is a drink taken ("whisky soda liya"), the writer's own bottle
opened is using ("maine apni bottle kholi"); and the finding is the writer's own when a
Marathi "majhi" (my) or a relative written to ("dada, tumhi...") stands before it."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "maine whisky soda liya kal",
    "whisky soda li kal raat, sorry",
    "rum coke pi li party me",
    "sab pee rahe the, maine apni bottle kholi",
    "मित्र आले, मी बाटली फोडली",
    "cracked open a beer after work, just one",
])
def test_a_spirit_with_its_mixer_or_ones_own_bottle_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "whisky ki jagah soda piya party me",
    "daru ki jagah chaas pi aaj",
    "दारू ऐवजी ताक प्यायलो",
    "paani ki bottle khol li, garmi bahut hai",
    "opened a bottle of water after the run",
    "baby ki bottle khol li doodh ke liye",
])
def test_a_soft_drink_instead_or_a_water_bottle_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "majhi ata jagaychi ichha nahi",
    "mazi jagnyachi ichha sampli ahe",
    "मेंटर दादा तुम्ही खूप केलं माझ्यासाठी. माझं घड्याळ आणि गाडी भावाला द्या",
    "bhaiya aap ne bahut kiya mere liye, ab jeene ka mann nahi",
])
def test_the_writers_own_danger_is_not_read_as_someone_elses(text):
    detection = detect(text, second_opinion=False)
    assert detection.crisis, detection.explain()
    assert not any(f.third_party for f in detection.findings), detection.explain()


@pytest.mark.parametrize("text", [
    "माझी आई म्हणते तो विष पिणार",
    "mamaji ne zeher kha liya",
    "mera bhai keh raha hai wo mar jayega",
])
def test_a_relative_in_danger_is_still_someone_elses(text):
    detection = detect(text, second_opinion=False)
    assert detection.crisis and any(f.third_party for f in detection.findings), detection.explain()
