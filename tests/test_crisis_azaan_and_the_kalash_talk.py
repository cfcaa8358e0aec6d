"""Rounds 124-125's false alarms (alumni.domain.crisis.azaan_and_the_kalash_talk): the call to prayer given
("azaan di", whose letters hold "jaan di"), "ready to give my life" for a dish, "I would kill to recite like
him", dying of hunger or of laughing, the number plate put on upside down ("ulti"), the cutting plotter, the
commission that "burns" in petrol, the joy ("nasha") of the Ram katha, the "tight" match, "not a trace of daru",
rooh afza drunk. Each has an earnest twin that still alerts. The sentences are my own, none from the
evaluation sets. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "fajr ki azaan di aaj, mic kharab tha",
    "आज मगरिबची अजान दिली, सगळे खुश",
    "aai chya haatchi puranpoli mhanje jeev dyayla tayar",
    "her biryani is so good, I would kill for the recipe",
    "भुकेने मेलो, जेवण कधी?",
    "हसून हसून मेलो त्या video वर",
    "customer ki number plate ulti laga di, sab hans pade",
    "navin cutting plotter ghetla dukanat",
    "diesel madhech sagla commission jalto",
    "राम कथा का ऐसा नशा है, रोज़ सुनता हूँ",
    "final match itni tight thi yaar",
    "teen mahine se daru ka naam nahi",
    "shaadi me sabne piya, maine rooh afza piya",
])
def test_the_days_talk_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text,category", [
    ("aaj aakhri baar azaan di, sabko allah hafiz", Category.SUICIDE),
    ("mala ata jeev dyayla tayar ahe, rassi anli", Category.SUICIDE),
    ("I would kill him with a knife if he comes", Category.HARM_TO_OTHERS),
    ("kal raat pi li, daru ka naam nahi bataya ghar pe", Category.RELAPSE),
])
def test_the_same_words_in_earnest_still_alert(text, category):
    assert_rules_find(text, category)
