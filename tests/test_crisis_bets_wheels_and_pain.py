"""Round 57's reading of rounds 56-57 (well diggers, fireworks, warehouses, tattoo studios, metro
tunnels, betting and matka): a bet placed is a gambler's relapse, stepping into the way of a truck
or a machine, pain wanted on one's own body, a noose made, poison eaten, the drink of the others
with the writer apart; and the look-alikes beside each (an app deleted, a truck guided, a balm for
the pain, gunpowder filled into crackers, a box cutter, a warehouse picker). The rules alone are
tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "aaj phir matka lagaya, open me 7 aaya, sab haar gaya",
    "कल रात ऑनलाइन रमी खेली, 9000 उड़ गए",
    "diwali bonus gheun casino la gelo, 40 hazar harlo",
    "put 15k on the semi final through the bookie. lost it",
    "पुन्हा सट्ट्यात पैसे लावले, सगळे बुडले",
    "IPL ke match pe 3 hazaar lagaye aaj",
])
def test_a_bet_placed_is_a_relapse_recorded_as_gambling(text):
    detection = detect(text, second_opinion=False)
    assert detection.relapse is not None and detection.relapse.substance == "gambling", detection.explain()


@pytest.mark.parametrize("text", [
    "rummy aur teen patti dono app uninstall kar diye, 2 mahine ho gaye",
    "bookie ka phone aaya, mana kar diya",
    "ludo khela bachcho ke saath, main haar gaya 😅",
    "मित्र पत्ते खेळत होते, मी घरी निघून आलो",
    "match dekha pura, koi bet nahi",
    "sab satta laga rahe the, maine kuch nahi lagaya",
])
def test_a_bet_not_placed_or_a_game_for_fun_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "expressway pe truck aa raha hai, beech me khada ho jaunga aaj",
    "रात्री डंपरच्या रस्त्यावर झोपून राहीन, कोणाला दिसणार नाही",
    "when the forklift backs up i dont step aside anymore",
    "दोरीला फास केलाय, आज रात्री",
    "gotyatla undir marnyacha aushadh hota, te mi khalla",
    "i dont need my tools where im going",
])
def test_into_the_way_of_a_truck_a_noose_or_a_going_is_suicide_or_a_dose(text):
    detection = detect(text, second_opinion=False)
    assert detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "truck reverse karwana tha, beech me khada ho ke signal diya",
    "गाईच्या गळ्याला फास लागला होता, सोडवला",
    "pack your jacket, you'll need it where you're going",
])
def test_guiding_a_truck_freeing_a_cow_or_packing_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "compass ne mandivar ghasla, fakt dukh sathi",
    "I press the soldering iron on my forearm, the pain calms me",
    "मनगट नखाने ओरबाडलं, घरच्यांपासून लपवतो",
])
def test_pain_wanted_on_ones_own_body_is_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "gudghyala lagla, fakt dukh sathi malam lavla",
    "पाठ दुखते म्हणून डॉक्टरकडे गेलो, फक्त वेदनेसाठी गोळी दिली",
])
def test_a_pain_seen_to_with_a_balm_or_a_tablet_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "the whole crew went drinking after the audit. i went home and slept",
    "didnt drink even though the loaders were passing a bottle right beside me",
    "लग्नात पोरं ganja ओढत होती, मी बाहेर जाऊन बसलो",
    "anar madhe daru bharli diwali sathi, haat kale zale",
    "कटरने खोका उघडला, माल चेक केला",
    "सुपरवाइजर ने मुझे बेस्ट पिकर बोला",
    "मर मर के काम किया, फिर भी सेठ खुश नहीं",
    "चुल्लू भर पानी में डूब मरो, ऐसा बोला सेठ ने 😂",
    "14 hour shift. im dead. going to sleep",
    "मालिक ने कहा सबको फांसी चढ़ा देंगे 😂",
    "tera naya tattoo ekdam kadak, aag laga di",
    "theke ke saamne se roz jata hu, aaj dekha bhi nahi",
    "salary se bachchon ke kapde liye, theke pe ek rupaya nahi",
])
def test_others_drinking_gunpowder_and_everyday_idioms_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "sab pi rahe the, maine bhi 3 peg maar liye",
    "even though the boys were sniffing whitener, i joined them",
    "2 divas zale piyat ahe, thambat nahi",
    "khansi ke naam pe 4 bottle syrup pi gaya",
])
def test_the_writers_own_drinking_beside_the_others_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


# --- the second reading: explosives, heights climbed, the water, the train, a push at work ---------------

@pytest.mark.parametrize("text", [
    "detonator apni jeb me rakh ke baitha hu, aaj final",
    "सुरुंगाची वात पेटवली की मी आत बसून राहीन",
    "ganesh gelatin gheun gayab ahe, ratri bye cha msg aala",
    "फटाक्यांच्या गोदामात आग लावून आत बसावं वाटतं",
    "टाकीवर चढलोय, घरी कोणाला सांगू नका",
    "mill ki chimney pe chadha hu, ab neeche nahi aana",
    "nadichya panyat swatahla sodun dyava vatta aaj",
    "आता एकच मार्ग उरलाय, रेल्वे रूळ",
    "the 11.20 fast local will end it",
    "pul pe khada hu, dukan ki chaabi chhote ko bhej di",
    "kal se godown nahi aaunga, kabhi nahi. almari me chitthi rakhi hai",
])
def test_means_heights_water_and_going_told_in_the_trade_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "us manager ko lift shaft me dhakka de dunga",
    "उस मुकादम के ऊपर सरिया का बंडल गिरा दूंगा",
    "thekedarachya vihirit surung lavun udavin",
    "उस अफसर की गाड़ी के नीचे बम लगा दूंगा",
])
def test_a_push_a_load_or_a_blast_aimed_at_him_is_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "aaj vihirit surung lavla, 45 foot var pani lagla",
    "gelatin ki peti godown me rakh di, kal blast hai",
    "टाकीवर चढलोय, टाकी साफ करायची आहे",
    "bachche ko dhakka de dunga jhule pe",
    "supervisor ne bola kal slab padnar, sab ready raho",
    "the 8.05 local will sort it out, i'll reach the office by 9",
    "ganga ji me nahaya, khud ko bhi saaf kiya",
    "laughed so hard i almost fell on the tracks 😂",
])
def test_the_trades_everyday_blasts_climbs_and_pushes_stay_quiet(text):
    assert_rules_stay_quiet(text)


# --- the third reading: a shop shut, going along, one that became many ------------------------------------

@pytest.mark.parametrize("text", [
    "raat ko dukan band karke ek quarter le li",
    "गाळा बंद करून एक क्वार्टर मारली",
    "the whole team went drinking after the audit, i went too",
    "one peg turned into four last night",
])
def test_a_drink_after_closing_up_going_along_or_one_become_many_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "daru band karke 8 mahine ho gaye",
    "one coffee turned into three, cant sleep now",
    "sab pi rahe the, maine bhi nahi pi",
])
def test_a_drink_given_up_a_coffee_or_neither_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "उधारी इतकी झालीय की मरण हाच मार्ग दिसतोय",
    "पंख्याला स्ट्रॅपिंग बांधलंय, आता फक्त हिंमत हवी",
    "sitting on the top level of the racking. one step and its over",
])
def test_death_as_the_only_way_strapping_on_the_fan_and_the_racking_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


def test_a_chutney_so_hot_one_died_laughing_stays_quiet():
    assert_rules_stay_quiet("thecha itka jhal hota ki melo 😂")


# --- the fifth reading: cravings told as the others' drinking borne, the pay slip, a fear of taking again --

@pytest.mark.parametrize("text", [
    "डेपोत रात्री सगळे पितात, आता सहन होत नाही",
    "godown me raat ko sab peete hain, mujhse saha nahi ja raha",
    "pay slip aali, bar athavtoy sarkha",
    "होळी जवळ आलीय, भीती वाटते परत घेईन",
])
def test_the_others_drinking_borne_the_pay_slip_and_a_fear_of_drinking_again_are_a_craving(text):
    detection = detect(text, second_opinion=False)
    assert detection.urgent and not detection.crisis, detection.explain()


def test_up_high_and_just_wanted_someone_to_know_is_suicide():
    assert_rules_find("9th floor of the new tower, sitting by the edge. just wanted someone to know", Category.SUICIDE)


def test_up_on_the_terrace_for_the_kites_with_a_secret_stays_quiet():
    assert_rules_stay_quiet("up here on the terrace flying kites with the cousins, mummy ko mat batana 😂")
