"""Round 32 (holdout 100, opened): danger told by barbers and salon workers (the razor after the
shutter, the loft, the last arrangements, the hair dye, the scissors) reaches a person; a fade that
"murdered" it and blades changed for each customer do not. The rules alone are tested
(second_opinion=False): the classifier cannot hide a regression."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("shutter girake baitha hu, ustra haath me, kal dukaan kholne ka mann hi nahi", Category.SUICIDE),
    ("bought razor blades today and they are not for the customers", Category.SUICIDE),
    ("सलूनच्या माळ्यावर दोरी बांधून ठेवली आहे", Category.SUICIDE),
    ("पार्लर में ही रुकूंगा, सुबह शटर खुलेगा तो सबको पता चल जाएगा", Category.SUICIDE),
    ("wo kal raat se salon me band hai, phone nahi utha raha", Category.SUICIDE),
    ("chhotu ko kainchi ka set de diya, ab mujhe kaam nahi aayega", Category.SUICIDE),
    ("clients सगळे दुसऱ्याकडे पाठवा, मी आता नसणार", Category.SUICIDE),
    ("bike vikli, sagla karza fedla, aata mi tayar ahe jayla", Category.SUICIDE),
    ("बीस साल दुकान चलाई, क्या मिला? अब जाने का वक्त है", Category.SUICIDE),
    ("Gomti ke pul pe khada hu, bas aapko bata raha tha", Category.SUICIDE),
    ("she said she wants to drink the hair dye and be done with it", Category.OVERDOSE),
    ("कैंची की नोक हाथ में चुभोता रहा", Category.SELF_HARM),
    ("wax heater pe jaan bujh ke haath rakha", Category.SELF_HARM),
    ("त्या मालकाला वस्तऱ्याने फाडतो", Category.HARM_TO_OTHERS),
    ("waiting outside his shop tonight with my scissors", Category.HARM_TO_OTHERS),
    ("बियरच्या पाच बाटल्या रिचवल्या काल", Category.RELAPSE),
    ("पगार आला आणि बारमध्ये संपला", Category.RELAPSE),
])
def test_danger_told_in_salons_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "har customer ke liye naya blade, hygiene first",
    "ustra tez kiya, kal wedding ki booking hai",
    "shutter down at 10, going home, good night",
])
def test_the_talk_of_salons_is_quiet(text):
    assert_rules_stay_quiet(text)
