"""Round 29: danger told through the docks and ships and the brick kilns reaches a person; the
work talk of those places does not. The rules alone are tested (second_opinion=False): the
classifier cannot hide a regression."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    # the docks and the ships
    ("jetty pe baitha hu, pani bahut gahra hai yaha", Category.SUICIDE),
    ("te dhakkyavarun udi marto mhantayt", Category.SUICIDE),
    ("gas wala hold khula hai, andar chala jaunga aaj", Category.SUICIDE),
    ("rope kept in my cabin, nobody will notice", Category.SUICIDE),
    ("container var chadhloy, bas zala ata", Category.SUICIDE),
    ("us supervisor par container gira dunga", Category.HARM_TO_OTHERS),
    ("cigarette se apni baah jala di phir se", Category.SELF_HARM),
    ("kal port ke bahar theke pe gaya tha", Category.RELAPSE),
    # the kilns
    ("raat ko kiln ke andar walk into kar jaunga", Category.SUICIDE),
    ("चिमनी पर बैठा हूँ, call मत करना", Category.SUICIDE),
    ("khaddyat pani khol ahe, pohta yet nahi", Category.SUICIDE),
    ("dor bandhun thevliye, sagle zople ki", Category.SUICIDE),
    ("ha season sampaycha aadhi mi sampnar", Category.SUICIDE),
    ("आजचा दिवस माझा शेवटचा", Category.SUICIDE),
    ("बायकोला सांगा, मी पगाराला नसेन", Category.SUICIDE),
    ("बेटा गरम ईंट से अपना हाथ जला रहा था", Category.SELF_HARM),
    ("jamadar ko aaj maar dalunga", Category.HARM_TO_OTHERS),
    ("malakala bhattit dhakalun denar", Category.HARM_TO_OTHERS),
    ("मालकाने पार्टी दिली, मी पण बसलो", Category.RELAPSE),
    ("daru sodli hoti, ata ganja pan chalu", Category.RELAPSE),
    # the quarry's and the kiln's threats, a note beside the emptied packets
    ("us munshi ko khadan me gaad dunga", Category.HARM_TO_OTHERS),
    ("tyala dumper khali chirdnar", Category.HARM_TO_OTHERS),
    ("kept the koyta ready, he won't go back tomorrow", Category.HARM_TO_OTHERS),
    ("खोलीत चिठ्ठी आणि रिकामी पाकिटं सापडली", Category.OVERDOSE),
])
def test_danger_told_through_the_docks_and_the_kilns_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "ship dead in the water since monday, so bored im dying here",
    "salary dekh ke dil doob gaya yaar",
    "LIC ki policy ke kagaz bharne gaya tha, nominee me biwi ka naam daala",
    "ganja ki dukaan chalu hai abhi bhi gali me",
])
def test_the_work_talk_of_those_places_is_quiet(text):
    assert_rules_stay_quiet(text)
