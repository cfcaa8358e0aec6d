"""The reading of rounds 70-71: the bench's chemicals and the watch's cells about to be taken, the
vet's injection given to oneself, a tool promised into a man's head, a man shut in reported with a bye
or the gas; pricking, heated metal and punches to oneself; the writer's time up, the last rain, the
gorge that calls, the water walked into, the fan and the rope, a plastic bag, things given with no
meeting again; made to drink, the bar sat at again, a quarter going on, the races; the pull of a smell
or an offer turned down; and the look-alikes of the stall's talk (trade set on fire, a dish people
die for, a crowd that killed the writer, a son drunk on cricket, goods called maal, a garage's four
hundred). The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "hair dye ka packet pani me ghol liya hai, raat ko pee lunga",
    "kerosene chi bottle samor thevli ahe. aaj sampavnar",
    "drawer madhun sagle button cells kadhle, ek ek gilnar",
    "swallowed the cr2032 cells from the counter",
    "गायीच्या डॉक्टरचं नाही, घोड्याच्या डॉक्टरचं इंजेक्शन स्वतःला टोचलं",
])
def test_the_bench_chemicals_and_cells_about_to_be_taken_are_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "us dalal ke sir mein hathoda ghusa dunga",
    "next time that landlord shows up the spanner goes in his head",
])
def test_a_tool_promised_into_a_mans_head_is_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "mi tyanchi baiko, te godown madhe band ahe ani phone off ahe",
    "papa kitchen ka regulator khol ke so jaunga bol rahe the, ab darwaza nahi khol rahe",
])
def test_a_man_shut_in_or_the_gas_left_open_is_reported(text):
    assert detect(text, second_opinion=False).crisis


@pytest.mark.parametrize("text", [
    "compass se hath me chhed karta hu roz, koi nahi jaanta",
    "स्टोव्हवर चमचा तापवून हाताला लावला",
    "रागात स्वतःच्या तोंडावर ठोसे मारले",
])
def test_pricking_heated_metal_and_punches_to_oneself_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "ab mera time poora ho gaya. sabko mera salaam kehna",
    "meri aakhri diwali hai ye",
    "पुलाखालची दरी मला रोज बोलावते",
    "Juhu chya samudrat chalat jaycha tharavla ahe",
    "गोदामात पंख्याकडे आणि दोरीकडे बघत बसतो",
    "plastic bag aur cylinder le liya hai, aaj so jaunga",
    "meri cycle Raju ko de dena. ab milna nahi hoga",
    "every night I count reasons to live. none left",
])
def test_the_time_up_the_last_season_and_the_means_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "lagnat dostani pajli, nahi mhanalo nahi",
    "kal raat couple of KFs ho gaye",
    "station ke bar mein nahi, bar madhe roj sandhyakali bastoy parat",
    "परवापासून एक पव्वा चालू आहे",
    "shanivari race course var 2000 lavle",
])
def test_made_to_drink_the_bar_and_the_races_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "thinner cha vas aala ani man chalbichal zala",
    "dost ne charas offer kiya, mana kiya par man wahi hai",
    "आज मला प्यावंसं वाटलं",
])
def test_the_pull_of_a_smell_or_an_offer_is_urgent(text):
    assert detect(text, second_opinion=False).urgent


@pytest.mark.parametrize("text", [
    "इस बार सेल ने आग लगा दी, सारे ग्राहक खुश",
    "हमारे समोसे पे लोग मरते हैं",
    "mala tichya haatchya puranpolivar mi marto",
    "रविवार की भीड़ ने तो मार ही डाला",
    "beta mobile game ke nashe mein hai",
    "the kids were drinking in every word of the story",
    "my nephew fell off the horse at the fair, only a scratch",
    "godown madhun navin stock aala, maal anla",
    "गॅरेजवाल्याने चारशे घेतले",
    "ha chaha mhanje zahar aahe, pan mala avadto",
    "baalala dudh pajla",
    "in summer the bank margin is hanging by a thread",
    "pin chubh gayi silai karte waqt",
    "meri aakhri diwali thi Pune mein, agle saal Dubai job",
])
def test_the_stall_talk_stays_quiet(text):
    assert_rules_stay_quiet(text)


def test_a_threat_to_set_a_shop_on_fire_still_alerts():
    assert_rules_find("uski dukaan ko aag laga dunga, sab grahak bhaag jayenge", Category.HARM_TO_OTHERS)
