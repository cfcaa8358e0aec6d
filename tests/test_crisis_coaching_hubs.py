"""Round 32 (holdout 98, opened): danger told by students in coaching hubs and hostels (the result
and the list, no face to show the parents, the tracks behind the coaching, a note under the
pillow) reaches a person; lysosomes' "suicide bags", the cut-off marks, physics that "killed" and
a rank that killed morale do not. The rules alone are tested (second_opinion=False): the
classifier cannot hide a regression."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("kal result hai, naam nahi aaya to main nahi rahunga", Category.SUICIDE),
    ("merit list मध्ये नाव नसेल तर मी पण नसेन", Category.SUICIDE),
    ("if my name isn't on the list there is no place for me in this world", Category.SUICIDE),
    ("papa ne zameen bech di meri coaching ke liye, ab muh kaise dikhaun. sab khatam", Category.SUICIDE),
    ("mummy papa sorry, mujhse ab nahi hoga", Category.SUICIDE),
    ("pankha aur dupatta... yahi dimag me ghoomta hai", Category.SUICIDE),
    ("patri coaching ke peeche hi hai, kitna aasan hai", Category.SUICIDE),
    ("चिठ्ठी लिहून ठेवली आहे उशीखाली", Category.SUICIDE),
    ("vo phone pe ro raha tha, bola ab kabhi nahi milenge", Category.SUICIDE),
    ("वॉर्डन बोलतोय, एक मुलगा रात्री रुळाजवळ बसलेला सापडला", Category.SUICIDE),
    ("PG chya gachivar baslo ahe, khali baghun vichar yetoy", Category.SUICIDE),
    ("त्याने बहुतेक गोळ्या खाल्ल्या, उठतच नाहीये", Category.OVERDOSE),
    ("saved 25 sleeping tabs, tonight after the result", Category.OVERDOSE),
    ("test ke baad compass se haath khurach diya", Category.SELF_HARM),
    ("हॉस्टल की छत पे माल चल रहा था, मैं भी बैठ गया", Category.RELAPSE),
    ("tapri var parat smoke suru kela", Category.RELAPSE),
    ("library ke peeche se maal kharid raha hu, 4 din se lagatar", Category.RELAPSE),
    ("room me hu par mann tithech tapri var", Category.CRAVING),
    ("party चं आमंत्रण आलंय, भीती वाटतेय", Category.CRAVING),
])
def test_danger_told_in_coaching_hubs_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "why are lysosomes called suicide bags? will it come in the test",
    "या वेळी कट-ऑफपेक्षा जास्त गुण आले",
    "chemistry ne aaj maar dala yaar",
    "इस रैंक ने तो सबका मनोबल कत्ल कर दिया",
    "zopene melo ahe, 10 taas abhyas",
])
def test_the_talk_of_coaching_hubs_is_quiet(text):
    assert_rules_stay_quiet(text)
