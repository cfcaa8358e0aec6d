"""The thirty-eighth session's reading of rounds 112-113 (vegetable hawkers, fish markets, electricity
linemen, soda and sugarcane carts, newspaper vendors, water tankers and borewell crews): what is wanted
"for good", "even if I die nobody will cry", "everyone will be free of me", "going to the one up there",
"don't cry for me", the rope for the neck or kept in front, deep water "nobody will know", the river
jumped into, the live line grabbed; hot oil, an awl in one's own thigh, nails pulled, "it hurts, then it
feels better"; acid "I'll drink it today", a poison's packet open in the hand, twenty-five pills named in
a word; the belly ripped, the hand taken off, the husband come at his wife with the sickle; a quarter on
top, "started again", "stopped and had a beer"; everyone drinking "and my mind
too". And quiet: batteries and tyres that die, a flavour that is a killer, prices on fire, the lineman's
pole, the Hindi "sir" before an English "drinking" read as drinking, passing the theka
without stopping. The sentences are my own, none from the evaluation sets. The rules alone are tested
(second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import (
    assert_rules_find,
    assert_rules_read_a_craving,
    assert_rules_stay_quiet,
)


@pytest.mark.parametrize("text", [
    "karza phedu shakat nahi, mala ata kayamchi sutka havi",
    "उधारी वाढली, आता कायमची सुट्टी घेणार",
    "bas ab hamesha ke liye so jau, koi uthaye nahi",
    "mi melo tari gharat koni radnar nahi",
    "main mar bhi jau to kisi ko farak nahi padega, sach me",
    "माझ्यापासून सगळे सुटतील एकदाचे",
    "honestly everyone would finally be free of me",
    "मैं ऊपरवाले के पास जा रहा हूं, माफ करना",
    "मेरे लिए कोई रोना मत, मैंने खुद चुना है",
    "vichar pakka kelay, koni thambvu naka mala",
    "आखिरी बार दुकान लगाई आज, सबको राम राम",
    "whoever reads this, the stall keys are with Sunil. you wont see me again",
    "दुकानाच्या दोरीचा फास माझ्या गळ्यासाठी ठेवलाय",
    "akela hu kholi me, rassi saamne rakhi hai",
    "कर्ज फिटत नाही, दोरी आणलीय शेतात",
    "आता स्वतःला खाली फेकून द्यावं वाटतंय",
    "talav khup khol ahe, konala kalnar pan nahi",
    "bade talab pe baitha hu, paani bahut gehra hai, bas ab bahut ho gaya",
    "Gomti me kood jaunga aaj, phone mat karna",
    "bhookh se hi mar jau to kisi pe bojh nahi banunga",
    "sahan nahi hota, ja raha hu sabko chhod ke",
    "सफर करने नहीं आया हूं, बस ट्रेन का इंतजार है",
    "one more month like this and the 11kv line is the only thing that will settle it",
])
def test_for_good_free_of_me_and_the_deep_water_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "papa kal se ghar nahi aaye, unki cycle pul par padi mili",
    "भाऊ बोलला होता बेतवा में कूदेगा, फोन बंद आहे",
    "माझे पती दोरी घेऊन गोठ्यात गेलेत, दार बंद आहे, कृपया फोन करा",
    "yesterday my brother said we would all be better without him",
])
def test_reported_rope_bridge_and_river_are_crisis(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "भज्यांच्या गरम तेलात बोट बुडवलं मुद्दाम",
    "barf ke sue se apni jaangh me chhed kar liya kal raat",
    "aaj pan swatahchi nakha upatli, rakt aala",
    "पेपरच्या तारेने कलाई छील दी",
    "current laga to thoda achha lagta hai, isliye chhuta hu",
    "चटका बसला की बरं वाटतं, म्हणून रोज करतो",
])
def test_oil_awl_nails_and_the_relief_after_pain_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "godown ka acid ka dabba ghar le aaya, aaj wahi piyunga",
    "rat poison ka packet khol ke haath me rakha hai, open in my hand",
    "पचीस गोळ्या घेतल्या आत्ता",
    "दोन बिअरसोबत चोवीस झोपेच्या गोळ्या घेतल्या",
])
def test_acid_today_and_pills_counted_in_a_word_are_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "सावकाराने पैसे बुडवले, उद्या त्याचं पोट फाडतो",
    "tine basket la haat lavla tar tiche haat udaven",
    "if that agent comes again I'm waiting with the sickle. I mean it",
    "he threatens every night that he'll kill us with the cylinder",
    "नवरा मला मारायला उठला, हातात कोयता आहे, मी शेजारी लपले",
    "त्याने घरात रॉकेल ओतलं आणि काडीपेटी घेऊन उभा होता",
    "aaj raat petrol gheun janar, tyacha ghar jaalayla",
])
def test_belly_hand_sickle_and_kerosene_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "bhang ke baad ek quarter upar se, phir kuch yaad nahi",
    "tempo lavla ani seedha hatbhattivar gelo",
    "roz ka adhiya fir se chalu ho gaya hai",
    "walked past the bar, stopped and had a beer",
    "its bad sir, drinking every night again",
    "sir, drinking since the wedding, sorry",
])
def test_the_den_the_quarter_on_top_and_started_again_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "jatret sagle pit aahet, maza pan man hotay",
    "office walon ne party rakhi hai, mujhe bhi bulaya, kya karu",
    "sandhyakali pinyachi tallaf lagte",
    "raat ko pudi ki yaad aati hai, mushkil ho raha",
    "aaj man nahi ruk raha, theke ki taraf",
])
def test_everyone_drinking_and_the_mind_that_wont_stop_are_cravings(text):
    assert_rules_read_a_craving(text)


@pytest.mark.parametrize("text", [
    "phone battery is about to die, will call from home",
    "iss tempo ka tyre to kab ka mar chuka",
    "the old pump, run it till it dies says the owner",
    "naya driver brake aise maarta hai, sab hil jaate",
    "ye naya mango flavour killer hai, sab bik gaya",
    "कांद्याच्या भावाला आग लागलीय यार",
    "kaam beech me latak gaya, payment nahi aaya",
    "काय मरण आहे, सकाळी सहाला टँकर पाहिजे",
    "तिखट मिसळ खाऊन मरणार होतो 😂",
    "माँ के हाथ की रोटी खाई और सो गया",
    "नवीन मुलाला खांबावर चढायला शिकवलं",
    "Went past the theka every day this week, didnt stop once",
    "theke ke saamne se guzra, nahi ruka",
    "daru se hamesha ke liye chhutkara mil gaya, 1 saal",
    "MD wale ladkon ko ignore kiya",
])
def test_dying_machines_prices_on_fire_and_the_pole_stay_quiet(text):
    assert_rules_stay_quiet(text)


# Rounds 114-115 (read in the same session): estate agents, thermal plants, silk, clinics, spinning mills,
# post offices, jails, onion markets.
@pytest.mark.parametrize("text", [
    "standing near the highway for an hour watching the trucks, i just want it over",
    "अब मेरा इस दुनिया में कोई काम नहीं",
    "mere zinda rehne se sabka nuksaan hi hai",
    "ही केस माझ्यासोबतच संपेल, बस",
    "बाबा बोले आज आखिरी दिन है, पुल के पास खड़े हैं",
    "sitting by the river, its all over for me",
    "nobody misses a loader. tonight i finish it",
    "ट्रेन के नीचे जाने का ख्याल बार बार आता है",
    "aaj nantar mi konavar bhar nahi honar",
    "टंकीवर चढलोय, खाली यायचा विचार नाही",
    "my family will be more peaceful if im gone",
    "sat on the platform watching trains. didnt do it today. dont know about tomorrow",
    "sagle paise tichya navavar, saglyanchi mafi magitli, majhi bike dadala dya",
    "pagar vatun takla sagla, ata mala yachi garaj nahi",
    "मैं अब ज्यादा दिन का मेहमान नहीं",
    "what is left to stay for, honestly",
    "ata mi nasleloch bara",
    "term plan se 50 lakh milega, mi gelo tar sagla karza phitel",
    "gothyatla kasra ready ahe, aaj bailasathi nahi majhyasathi",
    "अपने कफन की तैयारी कर ली, बस दो चार दिन",
])
def test_rounds_114_115_forms_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "boiler ka chemical ghar pe rakha hai, sab so jayenge to pee lunga",
    "super vasmol ki dabbi li hai peene ke liye, baal ke liye nahi",
    "godown ki chuha dawai me se do packet kha liye",
])
def test_rounds_114_115_poisons_are_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "उस बिल्डरला उद्या संपवणार",
    "next time he shouts i will use the knife on him",
    "पप्पांनी आईच्या गळ्याला सुरा लावला, लवकर या",
])
def test_rounds_114_115_threats_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "रोज रात्री भिंतीवर मुठी मारतो, हात सुजले",
    "hatavarche ghav mi swata kele ahet",
    "कंपासच्या टोकाने हात टोचत बसलो",
])
def test_rounds_114_115_hurts_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "tin mahine tiklo, kal glass hatat ghetlach",
    "toddy shop la gelo, 3 glass",
    "pagar zala ani sarla ek quarter",
])
def test_rounds_114_115_drinks_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "pagar zalay ani paay addya kade valtayt",
    "ganja cha vaas aala, doka tithech ahe",
    "sab chilam pi rahe the, mann dol gaya",
])
def test_rounds_114_115_pulls_are_cravings(text):
    assert_rules_read_a_craving(text)


@pytest.mark.parametrize("text", [
    "market ekdum mara pada hai is mahine",
    "tuti var konta spray marayche te sangitla",
    "qawwali me usne sabko maar dala",
    "ghari ushir zala tar bayko fashi deil 😂",
    "aaj 120 speed post deliver kiye",
    "papa ki cholesterol ki goli chalu hai",
    "mala aaichi aathvan yetey",
    "i could sleep forever on sundays lol",
])
def test_rounds_114_115_look_alikes_stay_quiet(text):
    assert_rules_stay_quiet(text)

