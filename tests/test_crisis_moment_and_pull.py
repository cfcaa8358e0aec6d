"""The reading of rounds 62-63: all over in a moment, the writer's own neck wished cut, the fan, the
stool and the cloth named together; a craving told as a pull not yet given in to; pouches of
country liquor counted; and the look-alikes they read (a passion called a high, envy called
burning, knives bought for the shop, a dose the doctor lowered, tea drunk "all the same"). The
rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "gachhivar ubha ahe, eka kshanat sagla sampel",
    "ek jhatke me sab khatam ho jayega, bas himmat chahiye",
    "one second off this ledge and it will all be over",
    "kasai ki dukaan pe kaam karta hu, kabhi lagta hai apni gardan bhi isi tarah kaat lu",
    "kholit pankha ahe, stool ahe, dupatta ahe",
])
def test_an_end_one_moment_away_or_its_things_in_place_is_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "ek second me kaam khatam ho jayega, chhota sa repair hai",
    "in a moment it was all over, we won the final",
    "mera gala kharab hai, garam paani pi raha hu",
    "stool var chadhun pankha pusla, odhni ne",
])
def test_a_quick_job_a_sore_throat_or_a_fan_cleaned_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "thinner cha vaas aala ki juni savay athavte",
    "bar ke saamne khada hu, bottle dikh rahi hai, abhi tak li nahi",
    "bonus aaya hai, paisa biwi ko de diya, mujhe khud pe bharosa nahi",
    "sab party kar rahe hai, mera bhi dil machal raha hai",
    "aaj mi ghasren asa vatta, phone kara",
    "koni tari majhyashi bola, man tharyavar nahi",
])
def test_a_pull_not_yet_given_in_to_is_urgent_without_the_helpline(text):
    detection = detect(text, second_opinion=False)
    assert detection.urgent and not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "exam hai kal, khud pe bharosa nahi",
    "aai chi khup athvan ali aaj",
    "5 mahine zale, ajun pyalo nahi",
])
def test_nerves_missing_someone_or_a_count_kept_are_not_a_craving(text):
    detection = detect(text, second_opinion=False)
    assert not detection.urgent and not detection.crisis, detection.explain()


def test_pouches_of_country_liquor_counted_are_relapse():
    assert_rules_find("kal raat ek baithak me 4 potli", Category.RELAPSE)
    assert_rules_find("shaam ko do potli aur so gaya", Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "bhai ko cricket ka nasha chadh gaya hai, din bhar ground pe",
    "मुलीला मोबाईलची नशा लागलीय",
    "padosi hamari nayi gaadi dekh ke jal ke raakh ho gaya 😂",
    "dukaan ke liye naye knives kharide",
    "doctor ne neend ki goli aadhi kar di, ab achhi neend aati hai",
    "canteen ki chai zeher hai, phir bhi roz peeta hu",
    "shaadi me whisky thi, ek ghoont bhi nahi piya",
])
def test_a_passion_envy_a_tool_a_lowered_dose_or_tea_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text, category", [
    ("daru ka nasha chadh gaya tha kal", Category.RELAPSE),
    ("usko dekh ke jala dunga", Category.HARM_TO_OTHERS),
    ("doctor ne goli kam kar di isliye saari ek saath kha li", Category.OVERDOSE),
])
def test_the_substance_the_threat_and_the_whole_strip_are_still_read(text, category):
    assert_rules_find(text, category)
