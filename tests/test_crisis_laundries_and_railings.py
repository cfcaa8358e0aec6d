"""Round 44's second reading (holdouts 146, 147 and 149, opened): danger told by laundries, repair
shops and cinema staff reaches a person: a beating promised in the Marathi future, a screwdriver
driven into a man's belly, caustic or petrol thrown on his face or body; a hot tool laid on one's own
skin, a screwdriver driven into one's own hand, bleach rubbed in till the skin came off, the face
scratched with the nails; a shop's mains bared to be touched; a solvent or caustic's water to be
drunk; sorry passed on to everyone beside the mother left in someone's care; a railing or a high
floor and what is seen below; a terrace tonight and nobody to be told; a man shut in behind the
shutter and not answering; burn marks on a son's arm and his answer when asked; a goodbye sent to
everyone and the phone off since. Their look-alikes stay quiet: a coconut cracked, a screw driven
into a wall, a soldering iron put down on its stand, a floor scrubbed till it shone, a clothesline
on the terrace, marks from a kitchen burn, a goodbye before a journey, the others' drink walked away
from. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("tya mukadamla rodne fodun kadhin", Category.HARM_TO_OTHERS),
    ("मुकादमाला काठीने ठेचून काढीन", Category.HARM_TO_OTHERS),
    ("uske pet me screwdriver ghusa dunga agli baar", Category.HARM_TO_OTHERS),
    ("त्याच्या तोंडावर ॲसिड फेकणार", Category.HARM_TO_OTHERS),
    ("seth ke upar petrol daal dunga kal", Category.HARM_TO_OTHERS),
    ("istri garam karke apni jaangh pe rakh di", Category.SELF_HARM),
    ("soldering ki tip apni kalai pe rakh di jaan bujh ke", Category.SELF_HARM),
    ("heat gun ne hatavar bhajun ghetla", Category.SELF_HARM),
    ("स्वतःच्या हातावर स्क्रू ड्रायव्हर टोचला", Category.SELF_HARM),
    ("acid wala cleaner haath pe ragadta raha jab tak chamdi utar nahi gayi", Category.SELF_HARM),
    ("raat bhar nakhon se chehra nochta raha", Category.SELF_HARM),
    ("gudgha kharchatla muddam", Category.SELF_HARM),
    ("dukan ki mains wire nangi karke rakhi hai, bas haath lagana hai", Category.SUICIDE),
    ("dry cleaning wala chemical going to drink it tonight", Category.OVERDOSE),
    ("कॉस्टिकचं पाणी प्यायलो आत्ता", Category.OVERDOSE),
    ("baba ka dhyan rakhna, sabko sorry bol dena meri taraf se", Category.SUICIDE),
    ("standing at the parapet on the 9th floor, it's a long way down", Category.SUICIDE),
    ("mall chya railing pe ubha aahe, khali marble disto", Category.SUICIDE),
    ("aaj ratri terrace var janar aahe, konala sangu naka", Category.SUICIDE),
    ("he pulled the shutter down and is inside, not answering", Category.SUICIDE),
    ("माझा भाऊ शटर खाली करून आत आहे, फोन उचलत नाही", Category.SUICIDE),
    ("भावाच्या हातावर भाजल्याच्या खुणा, विचारलं तर मीच केलं म्हणतो", Category.SELF_HARM),
    ("my brother has iron burns on his arm and says he deserves it", Category.SELF_HARM),
    ("भाई ने सबको bye का message भेजा, फोन बंद है", Category.SUICIDE),
    ("गोळ्यांचा ढीग आहे समोर", Category.OVERDOSE),
    ("aaj shevatcha show sampla ki terrace varun udi marnar", Category.SUICIDE),
    ("wo chhat pe baitha hai aur utar nahi raha", Category.SUICIDE),
])
def test_danger_told_by_laundries_repair_shops_and_cinemas_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "naral fodun takin devasamor",
    "bhintit screwdriver ghusavto ani screw lavto",
    "soldering iron stand pe rakh diya aur haath dhoya",
    "heat gun table pe rakh di, sticker nikal gaya",
    "floor ragadta raha jab tak chamak nahi aayi",
    "chhat pe nayi rassi baandhi kapde sukhane ke liye",
    "beta ka haath chai se jal gaya, jalne ke nishan hai, doctor ne cream di",
    "sabko bye ka message bheja, train me network nahi hoga, phone band rahega",
    "MD vala javal aala, mi sarla baju zalo",
    "एमडी वाला पास आया था, मैंने मुंह फेर लिया",
    "ganja chal raha tha ghat pe, main uth ke chala gaya",
    "cough syrup sodun 3 mahine, khokla aala tari doctor kade jato",
    "solvent se stain nikala, saare kapde saaf",
    "office 4th floor var ahe, mi khali canteen madhe basto",
])
def test_their_look_alikes_stay_quiet(text):
    assert_rules_stay_quiet(text)


# Round 45 (holdouts 150, 151 and 152, opened): mills, railways and crematoria.
@pytest.mark.parametrize("text, category", [
    ("parat piyla laglo ya mahinyat", Category.RELAPSE),
    ("payday, theka, poori salary gone", Category.RELAPSE),
    ("ॲसिड जाणूनबुजून पायावर टाकलं", Category.SELF_HARM),
    ("रागाच्या भरात भिंतीवर डोकं आपटलं", Category.SELF_HARM),
    ("tc la gaaditun dhakkun denar ekda", Category.HARM_TO_OTHERS),
    ("मुकादमाला गोडाऊनमध्ये कोंडतो, मरू दे तिथेच", Category.HARM_TO_OTHERS),
    ("sethla bhattit takin ekdivas", Category.HARM_TO_OTHERS),
    ("mera kafan le aaya hu, kal kaam aayega", Category.SUICIDE),
    ("उद्या सकाळी माझं प्रेत उचलतील", Category.SUICIDE),
    ("aaj 6 bodies jalayi, agla number mera", Category.SUICIDE),
    ("ये कब्र मेरे लिए ही खोदी है", Category.SUICIDE),
    ("gaadi nadit ghalnar aaj ratri", Category.SUICIDE),
    ("OHE chya tarala haat lavaycha aahe", Category.SUICIDE),
    ("भाऊ सिग्नलच्या खांबावर बसलाय, खाली येत नाही", Category.SUICIDE),
])
def test_danger_told_by_mills_railways_and_crematoria_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "सूत के बंडल चूहे कुतर गए",
    "एक साल पूरा, सबने ताली बजाई",
    "ये गाना तो कातिल है",
    "marnachi gardi hoti aaj station var",
    "उसाला औषध मारायचं होतं",
    "bhai bore ho ke mar raha hu aaj",
    "kaam ne kamar tod di, zinda laash ban gaya hu",
    "aapke call se himmat milti hai, dhanyavaad",
    "जुन्या bevda मित्राला पण meeting ला घेऊन आलो",
    "ड्यूटी के बाद सीधे घर, अड्डे की तरफ देखा भी नहीं",
    "other staff were drinking after the shift, i went home",
    "meri laash pe se guzarna padega",
    "aaj 5 kafan beche, kal aur aayenge",
    "mulga khambavar chadhla, patang kadhayla, khali yet nahi",
    "bachcha doodh peene laga hai",
])
def test_their_look_alikes_in_mills_railways_and_crematoria_stay_quiet(text):
    assert_rules_stay_quiet(text)


# Rounds 46 and 47 (holdouts 154, 155, 157, 158, 159 and 160, opened): beedi rollers, diamond
# units, wedding bands, tanneries, bangle furnaces and quarries.
@pytest.mark.parametrize("text, category", [
    ("मुकादमाला खड्ड्यात ढकलतो आज", Category.HARM_TO_OTHERS),
    ("i'll push the contractor into the well tonight", Category.HARM_TO_OTHERS),
    ("grinder la mudam bot lavla", Category.SELF_HARM),
    ("roj raatri doka bhintivar aadalto, ragat yeiparyant", Category.SELF_HARM),
    ("ab to ghar walon ko meri laash hi milegi", Category.SUICIDE),
    ("kal pan pivun aalo ghari", Category.RELAPSE),
])
def test_danger_told_by_beedi_diamond_band_tannery_and_quarry_workers_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "seth mala jivanta khaeel aaj",
    "नया cutting knife लिया, sole एकदम साफ कटती है",
    "एक भी रात होश नहीं खोया इस season",
    "कूदने वाली रस्सी लाया बच्चों के लिए",
    "maale pe rassi baandh ke khaal sukhayi",
    "पहले पुल के नीचे बैठ के पीता था, अब सीधा घर",
    "room partners were drinking, i went for a walk",
    "गोदामात फिनेल मारून फरशी धुतली",
    "bayko mhanli ajun ek saree ghetli tar mala jivant nahi sodnar 😂",
    "नवीन ढोल आलाय, ह्याच्यासाठी जीव पण देईन 😄",
    "mandir ki ghanti bajayi",
    "maine pee ke aaya nahi",
])
def test_their_look_alikes_in_those_trades_stay_quiet(text):
    assert_rules_stay_quiet(text)


# Round 48's first look (holdouts 162, 163 and 165, opened): words that fold onto danger.
@pytest.mark.parametrize("text", [
    "थंडीने मरायची वेळ आली",
    "aai chya haatchi bhakri sathi jaan bhi de du 😄",
    "ये मंडी वाले तो गला काट भाव लगाते हैं",
    "डॉक्टर साहब ने बीपी की गोली आधी कर दी है",
])
def test_the_cold_a_bread_a_market_and_a_doctor_stay_quiet(text):
    assert_rules_stay_quiet(text)
