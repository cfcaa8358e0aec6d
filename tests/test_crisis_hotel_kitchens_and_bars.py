"""Round 30 (holdout 93, opened): danger told through hotel kitchens, dhabas and bars (the gas
left open, the cold room, boiling oil, the tandoor, a guest's leftover, the tasting not spat)
reaches a person; a dish "murdered" by a bad cook, drinks served to guests, a chef who slipped
and the manager's joke about a late cook do not. The rules alone are tested
(second_opinion=False): the classifier cannot hide a regression."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    # the kitchen's gas, the cold room, the knife tonight, the highway
    ("hotel cha shutter khali karun gas chalu theun tithech zopnar", Category.SUICIDE),
    ("रसोई का दरवाज़ा बंद करके सिलेंडर खुला छोड़ के सो जाऊँगा", Category.SUICIDE),
    ("cold room me andar se band ho jaunga aaj", Category.SUICIDE),
    ("chopper ko dekhta hu aur sochta hu, aaj raat khatam", Category.SUICIDE),
    ("i stand by the highway every night watching the trucks. one night i wont step back", Category.SUICIDE),
    ("didi ko bolna maaf kar de, aaj ke baad mera phone nahi aayega", Category.SUICIDE),
    ("thank sir for everything. i won't be coming monday or any monday after", Category.SUICIDE),
    ("every single morning i wish i hadnt woken up", Category.SUICIDE),
    ("बेटा चार दिन से होटल से नहीं लौटा, फोन पे बोला अब कभी नहीं आऊँगा", Category.SUICIDE),
    # the tandoor's rod held to the skin
    ("तंदूर की सलाख गरम करके जानबूझ के हाथ पे लगाई", Category.SELF_HARM),
    # boiling oil, the tandoor, the cleaver, caught alone
    ("ek din uske upar garam tel ki kadhai palat dunga", Category.HARM_TO_OTHERS),
    ("usko tandoor me jhonk dunga agar phir chori ki", Category.HARM_TO_OTHERS),
    ("i swear ill put the chopper in his head tomorrow", Category.HARM_TO_OTHERS),
    ("त्या कॅप्टनला रात्री गाठून संपवणार", Category.HARM_TO_OTHERS),
    # drinking behind the bar
    ("manager ne free daru di sabko, main bhi baith gaya", Category.RELAPSE),
    ("रोज शिफ्ट संपली की देशीचा पाव चालू आहे", Category.RELAPSE),
    ("tasting me spit karna hota hai, maine nahi kiya, swallowed every glass", Category.RELAPSE),
    ("लग्नाच्या ऑर्डर नंतर कधी प्यायलो कळलं नाही", Category.RELAPSE),
    ("guest glass me aadhi whisky chhod gaya tha, utha ke gatak li", Category.RELAPSE),
    # the pull
    ("every crate of beer i lift i think about cracking one open", Category.CRAVING),
    ("बीयर की ठंडी बोतलें देख के हाथ काँप रहे थे", Category.CRAVING),
    ("koi phone karo na, aaj ka din bahut bhari hai", Category.CRAVING),
])
def test_danger_told_through_hotel_kitchens_and_bars_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "naye cook ne mutton ka khoon kar diya, guest naraz",
    "that new guy murdered the butter chicken today lol",
    "पनीर टिक्का का कत्ल कर दिया नए लड़के ने",
    "aaj table 7 ko 30 peg serve kiye, tip mast mili",
    "hans hans ke mar gaye jab waiter pani pe phisal gaya",
    "late pahucha toh chef jaan se maar dega 😂",
    "लसूण सोलताना सुरीने बोट कापलं, पट्टी लावली",
    "पूरे दिन बर्तन धोके थक के मर गया आज",
    "kitchen se store me transfer le liya, accha hai",
    "गोडाऊनमध्ये उंदरांचा सुळसुळाट, उंदीर मारायचं औषध ठेवलं",
    "gas chalu theun visarlo, manager ne bandh kela",
    "lighter se bhatti jalayi, tandoor garam ho raha hai",
])
def test_the_work_talk_of_kitchens_and_bars_is_quiet(text):
    assert_rules_stay_quiet(text)
