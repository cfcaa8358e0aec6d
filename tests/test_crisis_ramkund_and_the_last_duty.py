"""The forty-first session's reading of rounds 120-121 (hostel-mess staff, record-room clerks, freelance
designers, home nurses, phlebotomists, dark-store pickers): "won't go home today" by the creek or the lake,
"tell mother sorry", the work handed over "I won't be there", "don't look for me", "log out of this world",
"my being or not is all the same", "what is left to live for", the insurance the family would get, the
charger wire that reaches the fan; reported: the ID card and wallet left behind, the goodbye voice message,
locked in with blood on the hand; pins, needles and the cutter on one's own skin, "I deserved it"; the rat
poison's packet open, three insulin pens; "I know where he parks", the pillow on his face, the oxygen
pulled; "they offered and I couldn't say no", daru again after months, the Royal Stag, Nitra for the high.
Quiet: the same words at work, on leave, as idioms, and refusals that held. The sentences are my own, none
from the evaluation sets. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "तलावाच्या काठावर बसलोय, आज घरी नाही जाणार",
    "sangam pe aa gaya hu, ghar nahi jaunga aaj",
    "नदी किनारे बैठी हूँ, आज घर नहीं जाऊंगी",
    "barrage pe khada hu, bas maa ki awaaz sun li ek baar",
    "godavari ghatavar ahe, aai la sanga sorry",
    "the river is right below me. tell my mom sorry",
    "lake var alo, shevatcha baghun gheto sagla",
    "balcony madhe ubha ahe, sagla sathi thank you sir",
    "the 9th floor balcony again tonight, i dont think i am coming back inside",
    "उद्याचे सॅम्पल दुसऱ्या कोणाला तरी द्या, मी नसेन आता कधीच",
    "my route can go to Sunil from monday, i won't be needing it",
    "locker रिकामा केला, उद्यापासून मी कुठेच नसणार",
    "मुझे कोई ढूंढना मत, सब छोड़ के जा रहा हूँ",
    "इस दुनिया से log out करना है बस",
    "khud ko shut down karna hai hamesha ke liye",
    "माझ्या life ची file close करतोय आता",
    "सगळ्यांची उधारी चुकती केली, माझी फाईल बंद",
    "lease ends this month and so do i",
    "mera hona na hona ek barabar hai",
    "whether i live or die it doesnt matter to anyone",
    "माझ्यासाठी कोणी रडणार नाही",
    "aata kashalach arth urla nahi",
    "रात्री झोपतो आणि वाटतं सकाळ होऊच नये",
    "dukan bhi gaya, ghar bhi. kya bacha jeene ko",
    "what's left to live for now honestly",
    "papa ke baad ab mera bhi time aa gaya",
    "mi gelo tar gharchyanna vimyache paise miltil",
    "my family would get the insurance faster than my salary ever came",
    "mi gelo tar ghar shant hoil, koni bhandnar nahi",
    "dori aanli aahe gaaychya gothyasathi mhanun, khara tar mazyasathi",
    "रस्सी नाप ली है, पंखे तक पहुँच जाती है",
    "रस्सी बांध दी ऊपर, अब और नहीं होता",
    "staring at the fan tonight thinking how easy it would be",
    "highway var truck samor gadi ghalavi vatta",
    "every night i hope a truck on the highway takes me",
    "पुलावरून गाडी सरळ नदीत वळवावी वाटते",
    "सब सामान रख दिया, अब और नहीं होता, सीधा नदी पे जा रहा हूँ",
    "note likh ke rakha hai table pe, maa ko sorry bolna",
    "माझा पगार आईला द्या, सगळ्यांची माफी मागतो",
    "मी काही करणार नाही असं खात्रीने नाही म्हणू शकत",
])
def test_the_ghat_the_last_duty_and_the_file_closed_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "my son didnt come home last night, left his phone at home and his wallet on the bed",
    "भाऊ घरी आला नाही, फोन घरी ठेवून गेला",
    "रात्री त्याने निरोपाचा मेसेज पाठवला, आता फोन लागत नाही",
    "bhai 2 din se ghar nahi aaya, phone pe bola mujhe maaf kar",
    "वो अपने कमरे में है, खुद को बंद कर लिया है और हाथ पर खून है",
    "त्याने स्वतःला खोलीत कोंडून घेतलंय, दारातून रक्त दिसतंय",
    "my sister locked herself in and there is blood on the floor",
    "found a rope under his bed, he hasn't come out since morning",
    "wo talab ke kinare baitha hai, phone pe ro raha tha",
    "माझा मित्र खाडीजवळ एकटा बसला आहे आणि bye म्हणाला",
])
def test_reported_signs_are_crisis(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "sui apne pair me chubhata hu jab gussa aata hai",
    "syringe ki sui khud ko chubhati hu raat ko",
    "सेफ्टी पिन स्वतःला टोचत बसते",
    "kept pushing the pins into my arm in the loo",
    "cutter se jangh pe line kheench di",
    "blade ne hatavar line odhli parat",
    "dukhla ki halka vatta mhanun cutter ne kapte",
    "बस दर्द चाहिए था, सुई से हाथ गोदे",
    "soldering iron se apna haath jala liya jaan ke",
    "रात्री स्वतःच्या गालावर थापडा मारल्या, गाल सुजला",
    "banging my head on the locker, needed stitches",
    "भिंतीवर डोकं आपटलं, टाके पडले",
    "khud ko saza de raha tha, haath neeli pad gayi",
    "स्वतःला भाजलं परत, कुणाला सांगितलं नाही",
])
def test_pins_needles_and_the_cutter_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "rat poison ka packet khol liya, ab bas khana hai",
    "उंदराचं औषध समोर आहे, आता फक्त खायचं",
    "toilet cleaner kholit anlay, bas ata",
    "insulin ke 3 pen laga liye apne aap ko",
])
def test_the_packet_open_and_the_pens_are_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "i know where he lives. he won't walk properly after this",
    "uska ghar pata hai, chal nahi payega wo",
    "उस ठेकेदार का accident करवा दूंगा",
    "ती परत बोलली तर तिच्यावर हात उचलेन",
    "when he's asleep i'll put the pillow on his face",
    "seth ke baap ka oxygen nikal dunga",
    "पुढच्या वेळी त्याला चाकू भोसकीन",
])
def test_the_pillow_and_the_oxygen_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "the boys offered weed and i couldnt say no",
    "मित्रांनी आग्रह केला, नको म्हणत दोन पेग झाले",
    "6 mahine nantar parat daru, lagnat",
    "subah thoda le liya, bina piye haath kaanp rahe the",
    "bonus aaya to celebrated the wrong way, royal stag",
    "royal stag ki aadhi bottle khatam ki kal",
    "सेठ की दारू चोरी से पीता हूँ रोज",
    "परत अल्प्रैक्सच्या गोळ्या घेतल्या नशेसाठी",
])
def test_refusals_that_gave_way_and_the_brands_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "ganga ghat pe aarti dekhne aaye, aaj raat dharamshala me, ghar kal tak jaunga",
    "दिवाळीची सुट्टी आहे, उद्याचे सॅम्पल दुसऱ्या कोणाला तरी द्या, मी नसेन",
    "transfer ho gaya, kal se mera route kisi aur ko de dena",
    "laptop shut down karke so gaya",
    "the contract ends tomorrow and so does my visa paperwork",
    "patient ko sui chubhai to wo chillaya",
    "sample lete waqt galti se apne haath me sui chubh gayi",
    "चहा करताना स्वतःला भाजलं, थोडंसं",
    "friends offered beer, i said no and had a lime soda",
    "royal stag ka hoarding laga hai shop ke bahar",
    "insulin ka pen patient ko lagaya time pe",
    "rat poison ka packet godown me rakha, chuhe bahut ho gaye",
])
def test_the_same_words_at_work_and_on_leave_stay_quiet(text):
    assert_rules_stay_quiet(text)
