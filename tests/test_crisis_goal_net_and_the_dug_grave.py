"""The thirty-sixth session's reading of rounds 106-107 (footballers, study rooms, grave-diggers, city gas
workers, tour-bus drivers, TV-serial crews): the goal net's rope on the crossbar, the grave dug for
oneself, "from tomorrow I won't be in this world", the gas opened without the match, the catwalk without
the harness, the final pack up, the generator's stripped cable; a finger crushed on purpose, cuts that do
not stop bleeding; weed killer and the mosquito refill; the shovel and the cable for a man, the traveller
run over him; quarters after the match, "not clean any more", rummy again; the bar circled and not gone
into, "how long can I say no". And quiet: the match lost 4-0, the tea that is poison, the graves dug as a
day's work, the rope for lowering a coffin, the router hung from the ceiling, electrofusion joints done.
Rounds 108-109 (fast-food carts, stationery shops, hosiery units, chit funds, bowling alleys, bus-body
workshops) below them: what living is for asked, the keys handed over, the goods train waited for, burns
made on purpose, the termite spray, the knife stuck in, the cough syrup again, the betting app; quiet: the
chit auction, the prices, the medicines taken on time, the others smoking. The sentences are my own, none
from the evaluation sets. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import (
    assert_rules_find,
    assert_rules_read_a_craving,
    assert_rules_stay_quiet,
)


@pytest.mark.parametrize("text", [
    "maidan chya goal post la dori bandhli ahe, sagle gele ki",
    "crossbar pe rassi bandh di hai, andhera hone ka wait",
    "परसों का टूर्नामेंट मत गिनना, परसों मैं रहूंगा ही नहीं",
    "shipra me kud jaunga is baar, koi nahi bacha payega",
    "संगम में डूबना ही बचा है अब मेरे पास",
    "उद्यापासून मी या जगातच नसेन, अभ्यासिकेची चावी टेबलावर आहे",
    "देवा, उद्याची सकाळ उजाडूच नये एवढीच इच्छा",
    "हा जीव ठेवून काय उपयोग, कोणालाच गरज नाही",
    "zindagi me kuch nahi bacha, club ne bhi nikal diya",
    "karz ka hisab aaj raat main khud band kar dunga",
    "i'm done with all of it. tonight i finish it",
    "मैंने अपने लिए कब्र खोद ली है पीछे वाली कतार में, अब वहीं जाना है",
    "meri namaz e janaza imam sahab padhaye, allah hafiz sabko",
    "कमरे की खिड़की बंद करके गैस खोल दी है, माचिस नहीं जलाऊंगा",
    "maine gas ka knob khol diya hai bina maachis, bas let gaya hu",
    "mi gelo tar tumhi password lihun thevlet, ata mi jato",
    "catwalk वर harness नाही लावला, सरळ खाली जायचं आहे शिडीने नाही",
    "if i go under the crane trolley it will look like an accident and the family gets compensation",
    "सबका हिसाब लिख दिया है, कोई उधार बाकी नहीं, अब चैन से जा सकता हूं",
    "the gallery roof is high, the drop looks easy from here",
    "मुझे यहीं दफना दो, ऊपर से मिट्टी डाल दो",
])
def test_the_net_the_grave_and_the_gas_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "dada la kit room madhe fas banavtana pahila, amhi thambavla",
    "he went towards the bridge alone and sent sorry to everyone, we are searching",
    "माझा भाऊ रेल्वे पुलावर उभा आहे, please लवकर या",
    "papa ne bola aaj raat gas khol denge sabke liye, hum dare hue hai",
])
def test_reported_danger_is_a_crisis(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "रागात स्वतःचं बोट खिडकीत चेपलं, परत परत",
    "gusse me apne ghutne pe hathoda maar maar ke sujaa diya",
    "भावाने हातावर cuts केलेत, रक्त थांबत नाही",
    "compass ka tok hath me chubhata rehta hu padhte waqt",
])
def test_crushed_struck_and_cut_on_purpose_is_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "the weedkiller from the garden shed is in my bag, going to drink it tonight",
    "all out ki refill bottle haath me hai, pee jaunga aaj",
    "रॅटॉलची ट्यूब आणली आहे, रात्री खाणार",
    "he bought rat poison and is sitting somewhere near the lake, we are searching",
])
def test_weed_killer_and_the_mosquito_refill_are_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "that referee is going to get the shovel across his face",
    "i will put the wire round his neck next time",
    "if that agent comes again i will run the bus over him",
    "कॉन्ट्रॅक्टरला सोडणार नाही, चाकू घेतलाय",
    "उद्या practice मध्ये त्याचा पाय मुद्दाम मोडणार",
])
def test_the_shovel_the_cable_and_the_bus_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "few quarters with the linesmen after the final, didn't stop",
    "सच बताऊं, मैं clean नहीं हूँ अब",
    "khara sangto, don vela pilo hya mahinyat",
    "salary आली आणि सरळ bar मध्ये गेलो, सगळे पैसे गेले",
    "online rummy pe phir baitha, room ka kiraya paise haar gaya",
])
def test_quarters_rummy_and_the_pay_in_the_bar_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "बारच्या समोरून दोनदा फेरी मारली, अजून आत नाही गेलो",
    "the pub sign is right there, haven't gone in yet, call me",
    "उद्या जिंकल्याची party आहे, स्वतःला रोखता येणार नाही असं वाटतं",
    "old chillum wala dost mila, tab se dimag me wahi",
    "sab offer kar rahe hai, kab tak mana karu",
])
def test_the_bar_circled_and_how_long_to_say_no_are_cravings(text):
    assert_rules_read_a_craving(text)


@pytest.mark.parametrize("text", [
    "त्यांच्या स्ट्रायकरने आमची वाट लावली, मेलो आम्ही ५-१ने",
    "mess ki chai ekdum zeher hai, phir bhi 3 cup pee li",
    "आज तीन कब्रें खोदीं, हाथ दुख रहे हैं",
    "grave साठी नवीन दोरी आणली, जुनी कुजली होती",
    "owner will hang the router higher so the back rows get signal",
    "all the electrofusion joints done before lunch, pipe pressure test tomorrow",
    "party me sab pee rahe the, maine glass ulta rakha aur cold drink li",
    "shukriya bhai jaan, aapki dua chahiye",
])
def test_the_match_the_tea_and_the_graves_stay_quiet(text):
    assert_rules_stay_quiet(text)


# Rounds 108-109 (fast-food carts, stationery shops, hosiery units, chit funds, bowling alleys, bus-body
# workshops).
@pytest.mark.parametrize("text", [
    "whats the use of living when every day the cart gets lifted",
    "मेरे जैसा आदमी ज़िंदा रह के क्या करेगा",
    "या जगात राहून काय करू आता, सगळं गेलं",
    "mi nasloch tar bara, sagle sukhi rahtil",
    "मी गेलो की सगळ्यांचा त्रास संपेल",
    "ab ek hi raasta bacha hai, maine soch liya hai",
    "मी सगळ्यांना फक्त त्रासच दिला, आता जातो",
    "दुकान का हिसाब बही में लिख दिया, किसी का कुछ बाकी नहीं, मैं जा रहा हूं",
    "aaichya photo samor baslo, yetoy tujhyakade",
    "pul pe khada hu, papa ab wapas nahi aayenge",
    "terrace var ahe, parat jaychi ichha nahi",
    "the goods train passes near the line at 2, just waiting for it tonight",
    "game over for me, no restart this time",
    "maza game over zala, restart nako",
    "handed the shop keys to my cousin, won't be needing them",
    "talavachya kathavar baslo, paay pudhe takavasa vatatoy",
    "roj deva la mhanto sakali dole ughdu nako",
    "गोदाम का दरवाज़ा अंदर से बंद करके कोयले की सिगड़ी जला लूंगा",
    "मी मेल्यावर तरी सुटेल सगळं",
])
def test_the_use_of_living_the_keys_and_the_goods_train_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "तो म्हणतो नदीत जाऊन संपवतो, घरातून निघून गेलाय",
    "भाऊने दार आतून लावून घेतलं आहे, आतून आवाज येत नाही",
])
def test_reported_bolted_doors_and_the_river_are_a_crisis(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "lighter ne mudam haatavar chatke dile",
    "i keep banging my head on the cupboard when the accounts don't match",
    "स्वतःला पान्याने मारलं पायावर",
    "welding rod se jaan boojh ke baazu jalaya",
])
def test_burns_on_purpose_and_the_head_banged_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "termite spray ki bottle saamne hai, bas peene wala hu",
    "undir marnyache aushadh panyat mislun thevla ahe",
])
def test_the_termite_spray_and_the_rat_poison_mixed_are_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "wasooli wale ko chaku dikhaunga nahi, seedha ghusa dunga",
    "त्या मॅनेजरचा मुडदा पाडल्याशिवाय राहणार नाही",
    "supervisor ne phir gaali di to grinder uske muh pe",
])
def test_the_knife_the_corpse_and_the_grinder_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "cough syrup phir shuru kar diya, roz ek bottle",
    "back on the rummy app since sunday",
    "teen divsanpasun pitoy, kamavar gelo nahi",
])
def test_the_syrup_the_rummy_app_and_days_of_drinking_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "aaj match hai, betting app kholne ka mann kar raha hai",
    "दोस्त बोल रहे चलो बैठते हैं, मना किया पर मुश्किल है",
])
def test_the_betting_app_and_lets_sit_are_cravings(text):
    assert_rules_read_a_craving(text)


@pytest.mark.parametrize("text", [
    "monday is the chit auction, members will come by ten",
    "wholesalers are killing us with these prices",
    "ye naya app roj hang hota hai",
    "took my medicines on time this week, bp is fine",
    "sorry for the late reply sir, order was heavy",
    "boys were smoking behind the workshop, i went home",
    "shaadi me beer di, maine mana kar diya, cold drink li",
])
def test_the_auction_the_prices_and_the_others_smoking_stay_quiet(text):
    assert_rules_stay_quiet(text)
