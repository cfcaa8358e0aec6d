"""The second reading of rounds 62-63: a cord tried on the hook, the safety belt left off on purpose,
one touch of the live wire, the writer's end weighed as a relief, the last trip, a loft gone up to
with the rope; the writer's own fingers, arm or knee burnt or beaten, the head banged on the tank;
threats in a butcher's, a lab's or a driver's verbs; a nip of liquor; and their look-alikes. The
rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "kal raat dupatta pankhe ke hook pe baandha, bas check karne ke liye",
    "tied the rope to the ceiling hook and sat under it till 3am",
    "safety belt jaanbujh ke ghar pe chhod di, aaj 14th floor pe kaam hai",
    "that 33kv line near the tower, one touch and it all stops",
    "मेरा होना न होना एक बराबर है सबके लिए",
    "me gelo tar saglyancha ojha utrel",
    "bhai loft pe chadha hai rassi le ke, neeche nahi aa raha",
])
def test_a_means_tried_a_safety_left_off_or_the_end_as_relief_is_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "manja hook pe baandh ke sukhane daala",
    "aaj safety belt ghari visarlo, supervisor ne dusra dila",
    "one touch on the switch and the motor stops",
    "aaj aakhri fera hai, kal se chhutti, gaon ja raha hu",
])
def test_a_string_dried_a_belt_forgotten_a_switch_or_a_last_trip_home_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "gas ki nozzle se apni hatheli jalayi aaj",
    "roz raat garam rod bazu pe lagata hu",
    "stove var bota dharun thevli bhajeparyant",
    "gussa aaya to apne hi ghutne pe hathode se marta raha",
    "seth ne gaali di to tanker ke peeche apna sir patakta raha",
])
def test_the_writers_own_body_burnt_or_beaten_is_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "my hand got burnt on the stove while cooking",
    "gas pe doodh garam karte haath jal gaya",
])
def test_a_burn_at_the_stove_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "us byaj wale ko halal kar dunga",
    "uska pet chaak kar dunga mandi me",
    "us aadmi ke upar tezaab daalunga",
    "ata tyacha tond bhajen torch ne",
    "he insulted my mother, i will run the truck over him",
    "next time on the terrace im pushing him off",
    "jis doctor ne blame dala use bike se ulta udaunga",
])
def test_threats_in_the_trades_verbs_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "aaj 30 bakre halal kiye, Eid ka rush",
    "tank me acid dalunga safai ke liye",
    "bakre ka pet chaak kiya aur saaf kiya",
    "im pushing him to finish the report",
])
def test_the_days_work_and_a_push_to_finish_stay_quiet(text):
    assert_rules_stay_quiet(text)


def test_the_look_alikes_stay_narrow():
    """A knife is a tool only when bought "for the shop"; the lads smoking leave the writer's
    joining them a relapse; bundles of goods are no pouches of liquor."""
    assert_rules_find("kept the kitchen knife in my bag, if he comes tonight he will see", Category.HARM_TO_OTHERS)
    assert_rules_find("पोरं गांजा ओढत होती, मी पण बसलो", Category.RELAPSE)
    assert_rules_stay_quiet("teen potli saman aur do aadmi, bahut bhaari savari")


def test_a_nip_of_liquor_is_relapse_and_the_morning_chill_is_not():
    assert_rules_find("kaam ke baad ek nip le li bas", Category.RELAPSE)
    assert_rules_stay_quiet("there was a nip in the air at the market today")
