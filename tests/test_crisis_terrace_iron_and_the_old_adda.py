"""The thirty-first session's reading of rounds 80-81 (recovery agents and self-help groups, yoga
and panchakarma centres, bookbinders and card printers, cable and fibre men, dhobis and dry
cleaners, school vans and ayahs): up on the terrace or the bridge and done, the writer's own
tribute made ready, the body to be left, a fast with no water, the hand held to the heat till it
burns; threats with the iron, the brakes and the van; the last day told and the phone off; tharra
had, desi by the bottle, the chillum drawn, glasses downed; the old adda's pull; and quiet: the
sword over the head, the pocket on fire, bitter words swallowed, the motor that died, pay that is
late, the theka's road given up, dry cleaning, die cutting, the pest control men. The sentences are
my own, none from the evaluation sets. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "station samorchya building chya gachhivar aloy, aata bas",
    "नदी के पुल पे खड़ा हूँ, अब और नहीं होता",
    "i am on the roof of the mill, 6 floors down, had enough",
    "कालवा पुलावर उभा होतो, आज परत गेलो तर नाही उतरणार",
    "माझी श्रद्धांजली पोस्ट मी स्वतः लिहून ठेवलीय, फोटो पण",
    "apna shok sandesh type kar ke rakh diya hai",
    "मी उद्या या जगात नसणार, काळजी घ्या",
    "mere rehne se kisi ka bhala nahi, sab pareshan hain",
    "sach me jeene se thak gaya hu ab",
    "kayamchi jhop pahije mala, ata uthaycha nahi",
    "ओढणी नाही, दोरीच आणलीय. सकाळपासून तीच बघतोय",
    "pahili local chya aadhi ratri ekda lokalsamor ubha rahin",
    "एलआयसी है 10 लाख की, यही रास्ता बचा है घर के लिए",
    "हा देह आता सोडायचा ठरवलाय",
    "teesra din hai upvaas ka, paani bhi band, sharir ko jaane do",
])
def test_the_height_the_tribute_the_body_left_and_the_fast_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "गरम इस्त्रीवर हात ठेवला, चामडी जळेपर्यंत",
    "मुद्दाम हातावर गरम पाणी ओतलं, फोड आले",
    "gussa aaya to deewar pe haath maara, ungliyan sooj gayi",
    "apni kalai cigarette se jalai aaj",
    "pata nahi kyu karta hu, blade se haath pe lakeeren",
])
def test_the_hand_held_to_the_heat_on_purpose_or_in_a_rage_is_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "त्याचं दुकान जाळणार आज रात्री",
    "usko dekh lena, sar phod dunga hathode se",
    "I will pour petrol on him and light it if he comes again",
    "tyachya gadiche brake kapun thevto udya",
    "udya tyala rod ne thokto, bas zala",
])
def test_the_iron_the_brakes_and_the_rod_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "mazya navryane aaj shevatcha divas mhanun status thevla, phone band ahe",
    "भाऊ घड्याळ आणि पगार मित्राकडे देऊन गेला, रात्रभर घरी नाही आला",
    "he locked himself in the bathroom, there is blood under the door",
])
def test_the_last_day_the_things_given_and_the_locked_door_reach_someone(text):
    assert detect(text, second_opinion=False).crisis


@pytest.mark.parametrize("text", [
    "kal raat tharra pi liya dosto ke saath",
    "देशीच्या तीन बाटल्या घेतल्या आणि संपवल्या",
    "doston ke saath chilam kheench li kal",
    "shaadi me 3 gilas maar li",
    "bar gaya, 2200 ka bill aaya",
    "3 divas pitach hoto, kamavar gelo nahi",
])
def test_tharra_desi_the_chillum_and_the_glasses_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "bhattichi aathvan aali aaj, ajun gelo nahi",
    "office party hai, pata nahi mana kar paunga ki nahi",
    "सगळे टाकीमागे बसलेत, मला पण बोलावलंय",
    "purane adde ke paas kaam hai, pair kheench rahe hain",
])
def test_the_bhatti_remembered_and_the_call_to_sit_are_craving(text):
    detection = detect(text, second_opinion=False)
    assert detection.urgent and not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "EMI ki talwar sar pe latki hai, baaki sab theek",
    "petrolच्या भावाने खिशाला आग लागली",
    "boss ki baat zeher ka ghoont samajh ke pee gaya",
    "पंप की मोटर ने दम तोड़ दिया, सब हाथ से काटा",
    "salary थोड़ी लेट है इस महीने",
    "theka वाला रास्ता ही छोड़ दिया अब",
    "payday, went direct ghar, bar skip",
    "dry cleaning ka kaam badh gaya, thinner ka naya drum aaya",
    "new die cutting machine is fast",
    "पेस्ट कंट्रोल वाले आए थे, दीमक गई",
    "पूर्वी असतो तर बारमध्ये, आज सरळ घरी गेलो",
    "shetat favarnisathi aushadh ghetla",
    "tired of living in this city rent",
    "aaj last day hai office ka, kal se chhutti",
    "terrace var patang udavtoy, bas ata khali yeto",
    "नानाजी की तेरहवीं पर गाँव गया था",
])
def test_the_sword_the_pocket_the_road_given_up_and_the_trades_words_stay_quiet(text):
    assert_rules_stay_quiet(text)
