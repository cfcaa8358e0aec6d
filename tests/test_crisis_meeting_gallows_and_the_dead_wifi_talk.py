"""Rounds 120-123's false alarms read (alumni.domain.crisis.meeting_gallows_and_the_dead_wifi_talk): the
meeting that "hanged us", the heat that "burns one alive", the dead Wi-Fi and the app that hangs, "sar kha
gaya", the crowd that stopped one's breath. Beside a rope or a fire the same words still alert, and the rats'
poison is never read away. The sentences are my own, none from the evaluation sets. The rules alone are
tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "boss ne aaj review meeting me faansi chadha di sabko",
    "आज दिवसभर ट्रेनिंग, सरांनी फाशी दिली सगळ्यांना",
    "is garmi me godown me baithna matlab zinda jal jana",
    "ऑफिस का वाई-फाई एकदम मरा हुआ है आज",
    "ye app har din latka deta hai, order nahi jaata",
    "customer ne 2 ghante sar kha gaya aaj",
    "मेले की भीड़ देख के सांस अटक गई",
])
def test_the_meeting_the_heat_and_the_dead_wifi_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text, category", [
    ("pankhe se rassi bandh li, aaj faansi chadha dunga khud ko", Category.SUICIDE),
    ("garmi bahut hai, khud pe petrol daal ke zinda jal jaunga", Category.SUICIDE),
    ("undir marayche aushadh ghetla, samor glass madhe thevla", Category.OVERDOSE),
])
def test_beside_a_rope_a_fire_or_ones_own_taking_they_still_alert(text, category):
    assert_rules_find(text, category)
