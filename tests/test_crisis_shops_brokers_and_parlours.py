"""Round 39 (holdouts 126, 127 and 129, opened): danger told by shopkeepers (the keys and the credit
register handed over, a hook fitted in the godown, a rope "not for selling", the koyta for the man
who blocks the shop, the fist on the shutter) reaches a person, and so does a month's pills taken
"at one time". Their look-alikes stay quiet: "this" tax, season, slump or bride's tantrums "will
kill me", flies swatted in an idle office, a gift bottle sent back, only a cola at a friend's
party, "wine colour" highlights and a bride's bleach, one's own parlour opened, "on track" after a
year sober. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("handed the shop keys and all the accounts to my wife. she doesnt need me now", Category.SUICIDE),
    ("दुकानाची चावी मुलाला दिली, आता तीच सांभाळेल सगळं", Category.SUICIDE),
    ("godown ki chhat me mota hook laga diya, aaj raat", Category.SUICIDE),
    ("dukan ke shelf se rassi nikali, bechne ke liye nahi", Category.SUICIDE),
    ("त्या वसुलीवाल्याला कोयत्याने तोडणार", Category.HARM_TO_OTHERS),
    ("गुस्से में दीवार पे मुक्का मार के हाथ से खून निकाला, अच्छा लगा", Category.SELF_HARM),
    ("महिन्याच्या सगळ्या गोळ्या एका वेळी घेतल्या", Category.OVERDOSE),
    ("parlour madhe bleach pyaile", Category.OVERDOSE),
])
def test_danger_told_by_shopkeepers_and_parlour_workers_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "ये नया टैक्स मुझे मार डालेगा",
    "हा उन्हाळा मला मारून टाकणार",
    "ye shaadi ka season meri jaan nikal dega",
    "दिनभर दुकान में मक्खियां मार रहा हूँ",
    "distributor ne diwali pe whisky bheji, maine wapas kar di",
    "party bar madhe hoti, mi fakt coke ghetla",
    "client la wine colour lavla",
    "bride ki facial aur bleach ki aaj",
    "ek varsha zala, aaj swatacha dukan suru kela",
    "sober 6 months, business slow pan mi track var",
    "naya hook laya, kapde sukhane ke liye, aaj raat lagaunga",
    "डॉक्टरांनी दिलेल्या गोळ्या एका वेळी एक घेतो",
])
def test_their_look_alikes_are_quiet(text):
    assert_rules_stay_quiet(text)
