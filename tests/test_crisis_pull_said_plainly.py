"""Cravings said plainly are urgent and never a crisis: a smoke or a chillum thought of or seen
with the eyes closed, the wish stirred by others using, the mind tempted or weakening. Food that
tempts is no craving."""
import pytest

from alumni.domain.crisis import detect


@pytest.mark.parametrize("text", [
    "kal se bas ek chillum ka khayal aa raha hai",
    "डोळे मिटले की गांजा दिसतो",
    "रोज रात्री दारूचीच स्वप्नं पडतात",
    "bus stand pe sab sutta maar rahe the, mera bhi mann kar raha",
    "सगळे पीत होते, माझं पण मन करत होतं",
    "शादी में जाते ही मन ललचाता है",
    "aaj khup khinchav ahe, kunitari bola",
    "I'm feeling weak today, please call",
    # the "not" is the drink not yet taken, not the craving denied
    "tichi photo baghun talap lagliye, ajun nahi pyalo",
])
def test_a_craving_said_plainly_is_urgent(text):
    detection = detect(text, second_opinion=False)
    assert detection.urgent, detection.explain()


@pytest.mark.parametrize("text", [
    "mithai dekh ke mann lalchata hai, diet chal rahi hai",
    "पुराने टीवी पर WWE लगाया, मैं भी देखने बैठ गया",
])
def test_food_and_television_are_not_a_craving(text):
    detection = detect(text, second_opinion=False)
    assert not detection.urgent and not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", ["aaj talap nahi lagli", "talap lagli nahi ajun"])
def test_a_craving_denied_is_quiet(text):
    detection = detect(text, second_opinion=False)
    assert not detection.urgent and not detection.crisis, detection.explain()
