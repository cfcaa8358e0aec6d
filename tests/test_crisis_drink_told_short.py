"""Rounds 36-40's remaining misses, read again (holdouts 114, 116, 117, 123, 129, 130): drinking told
in a few words reaches a person (kept on drinking with no object named, "pi maine" with the verb
first, a slip beside the drink it was, a little taken every evening in Marathi's present, country
liquor "hit", a whole bottle finished by midday, a clean spell begun again), and so does a drink
beside a home left ("ghar sodla" is no quitting). Their look-alikes stay quiet: the drink's money
saved, dying of joy, of sweets, of the heat or without one's tea, the court's and the power
company's men who "won't stop till they kill us", a slip in the bathroom, a little rest taken,
buttermilk drunk. And three other misses of those rounds: rat poison brought for the godown and
then taken, "I won't be here the day after", release from everything by the only way. The rules
alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "ghar pe koi nahi tha to do din pita raha",
    "रात भर पीता रहा, सुबह काम पे नहीं गया",
    "kal raat dhabyavar pit baslo",
    "haan pi maine kal, sorry",
    "कल पी है मैंने, झूठ नहीं बोलूंगा",
    "slip ho gaya kal, rum tha",
    "party me slip हो गया, vodka के दो shots",
    "रोज रात्री थोडी घेतो झोपेसाठी",
    "thakva jaanyasathi roj thodi gheto",
    "kal shaam ko desi maari dhaabe pe",
    "रात को ठेके पे देसी मारी",
    "shaam tak ardhi batli sampli",
    "subah se dopahar tak bottle khatam thi",
    "do saal clean tha, kal phir se shuru",
    "नोकरी सोडली तेव्हा पिलो, अजून चालू आहे",
    "gaon chhoda tab se pi raha hu",
    "sagle pyalo kal lagnat",
])
def test_drinking_told_in_a_few_words_alerts(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text, category", [
    ("dukanasathi aanlela undir maar ghetla mi, ulti hotey", Category.OVERDOSE),
    ("गोदाम के लिए लाई चूहे मारने की दवा खा ली मैंने, पेट में जलन", Category.OVERDOSE),
    ("result aala nahi tar parva mi nasen", Category.SUICIDE),
    ("is sab se chhutkara ab ek hi tarike se hoga", Category.SUICIDE),
    ("या सगळ्यातून सुटका एकच मार्ग", Category.SUICIDE),
])
def test_other_misses_of_those_rounds_alert(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "godown sathi undir maar aanla, kaal rati takla",
    "is loan se chhutkara ka ek hi tarika hai, bank jaake prepay karo",
    "parva meeting la yeto sir",
    "is mahine daru ka paisa bacha, beti ke liye cycle le li",
    "दारूचे पैसे वाचवले, पोराला बूट घेतले",
    "result aaya, khushi se mar jaungi aaj 😂",
    "diwali ki mithai kha kha ke mar jayenge is baar",
    "is garmi me to mar hi jayenge, cooler bhi band",
    "coffee ke bina mar jaunga, 7 baje se duty",
    "ये कोर्ट वाले तो मार के ही छोड़ेंगे, फिर अगली तारीख",
    "ye light wale maar ke hi manenge, subah se bijli gayab",
    "bathroom me slip ho gaya, pair me moch",
    "roj thodi vishranti gheto dupari",
    "उन्हात थोडं ताक प्यालो",
    "एक साल साफ़ रहा, अब नौकरी की तैयारी फिर से शुरू",
])
def test_their_look_alikes_are_quiet(text):
    assert_rules_stay_quiet(text)


# Round 41 (holdouts 134, 135 and 137, opened): the retired, the mines, the poultry farms and
# cold stores.
@pytest.mark.parametrize("text, category", [
    ("इन्सुलिनचा पूर्ण पेन एकदम टोचून घेतला", Category.OVERDOSE),
    ("aaj insulin jaan bujh ke double liya, khana nahi khaya", Category.OVERDOSE),
    ("ऍसिड पिलो आत्ता", Category.OVERDOSE),
    ("formalin ki bottle rakhi hai, raat ko peene ka plan", Category.OVERDOSE),
    ("जुनी रिव्हॉल्व्हर उशाखाली ठेवलीय", Category.SUICIDE),
    ("आज जुन्या खदानीच्या कड्यावर उभा आहे", Category.SUICIDE),
    ("us khadan ke gaddhe me kood jaunga", Category.SUICIDE),
    ("gelatin ki chhadein rakh li hain apne paas", Category.SUICIDE),
    ("mai kyu jiyu ab", Category.SUICIDE),
    ("my brother locked himself in his room and is not opening", Category.SUICIDE),
    ("सर माझे वडील cold room मध्ये lock होऊन बसलेत, phone उचलत नाहीत", Category.SUICIDE),
    ("streak back to 0, whisky again", Category.RELAPSE),
    ("sat mahine panyat gele, kal daru", Category.RELAPSE),
    ("kal 4 large ghetle", Category.RELAPSE),
    ("payday la bar madhe gelo, 5 beer", Category.RELAPSE),
    ("बेटी ने फोन नहीं उठाया तो ठेके चला गया", Category.RELAPSE),
])
def test_danger_told_by_the_retired_miners_and_cold_stores_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "fish ghetli tar formalin cha vaas ala, parat keli",
    "sone saaf karayla ऍसिड vaparla, haatmoje ghatle",
    "bird flu me sarkar ne saari murgiya maar di, paise ka intezaar",
    "मच्छर मारने वाली मशीन लगा दी, अब नींद आती है",
    "we went swimming in the old pit on sunday",
    "आज पिल्लांना vaccine दिलं",
    "pension passbook me chadh gaya, theke nahi gaya",
    "sab log hans pade jab wo keechad pe phisla",
    "gym streak back to 0 after the flu",
    "said no to the party drinks, had a lime soda",
])
def test_their_look_alikes_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "sab pi rahe hain, mujhe bhi chahiye yaar",
    "dost sagle pitat, mala pan havi vattey",
    "everyone is drinking after the match and i want to so badly",
    "दुपारपासून जी मचल रहा है एक घूंट के लिए",
    "केमिस्टसमोर उभा आहे, खोकल्याचं औषध घ्यावंसं वाटतंय",
])
def test_wanting_it_with_its_object_left_out_is_urgent(text):
    detection = detect(text, second_opinion=False)
    assert detection.urgent and not detection.crisis, detection.explain()


def test_wanting_tea_while_the_others_drink_is_quiet():
    assert not detect("sagle pitat, mala chaha havi", second_opinion=False).urgent
