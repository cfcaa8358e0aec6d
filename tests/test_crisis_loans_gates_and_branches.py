"""Round 37 (holdouts 118, 120 and 121, opened): danger told by loan-app borrowers, night
watchmen and bank staff reaches a person: the guard's gun put to his own head or turned on the
agency man, the face slapped alone on duty, the accident insurance and a truck that would look
like an accident, going to the bar after a bad day, a quarter "put on" before work, the loan blown
on drink. Their look-alikes stay quiet: a customer's death claim settled, the last loan closed,
the network "dead" in the village, a deposit at the post office, "a bit proud of myself", the gun
returned to the armoury, an EMI that "won't let go without my life", "half dead" from targets with
a laugh, "daylight murder" of an app's interest, the secretary who "will kill me" if he finds out.
The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("raatri gate var 12 bore asto, vatta swatahachya dokyala lavun sampvava", Category.SUICIDE),
    ("thekedar ko gun se uda dunga, paisa nahi diya", Category.HARM_TO_OTHERS),
    ("recovery walon ka phone aata hai to khud ko thappad marta hu", Category.SELF_HARM),
    ("accident insurance milega na? truck samne aaya to sab apghatach samajtil", Category.SUICIDE),
    ("audit ke baad seedha bar mein chala gaya, sorry sir", Category.RELAPSE),
    ("target chukla mhanun bar madhe gelo kal", Category.RELAPSE),
    ("duty se pehle pauwa laga ke gaya tha", Category.RELAPSE),
    ("bonus aaya aur sab daru me uda diya", Category.RELAPSE),
])
def test_danger_told_by_borrowers_guards_and_bank_staff_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "ek customer ka death claim pass hua, cheque de diya",
    "closed the death claim file of a late customer, paid to his son",
    "finally paid the last EMI, loan closed",
    "आज आखिरी किस्त भरी, लोन बंद",
    "yahan network hi mara hua hai, call nahi lag raha",
    "postat RD cha hapta bharla",
    "a bit tired today but fine",
    "shift over, gun returned to the armoury",
    "he loan jeev gheun sodnar 😂",
    "kaam karte karte aadha mar gaya hu 😂",
    "that fee is daylight murder",
    "manager ko pata chala to maar hi dalega 😂",
    "2 बार चला गया bank, kaam nahi hua",
    "bar madhe gelo pan fakt coke pyalo",
])
def test_their_look_alikes_are_quiet(text):
    assert_rules_stay_quiet(text)
