"""Rounds 128-129's reading (areas/self_harm/wire_rope_and_the_insulin_pen.py,
areas/harm_and_others/petrol_and_the_cabin_dropped.py, areas/substance_use/large_pegs_and_the_nitra.py): the
noose made ready, the river "tonight, forgive me all", "not many days now", "my end too", the last words, the
soldering iron on one's own wrist, the whole insulin pen injected, the chemical gulped, the reports of the door
locked from inside; the petrol brought to burn him, "under the trailer"; brown sugar again, nitrazepam without a
prescription, two large. Each has a quiet twin with the same words. The sentences are my own, none from the
evaluation sets. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

S, SH, OD, HO, RE = (Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE, Category.HARM_TO_OTHERS,
                     Category.RELAPSE)


@pytest.mark.parametrize("text,category", [
    # the noose and the rope
    ("godown madhe fanda bana ke rakha hai", S),
    ("गोठ्यात फास बनवून ठेवलाय, आज रात्री", S),
    ("store room me rassi bandh rakhi hai, bas himmat chahiye", S),
    ("roj raat ko us rassi ko dekhta rehta hu jo chhat pe latki hai", S),
    ("ghar ke peeche se HT line jaati hai, roz dekhta rehta hu, one touch aur sab khatam", S),
    # the river and the heights
    ("narmada me paani bhara hai, aaj raat wahin jaunga", S),
    ("आज रात वहीं जाऊंगा, सबसे माफी", S),
    ("kal subah godavarit utarnar, parat nahi yenar", S),
    ("kile pe upar jaakar neeche dekhta raha, agli baar wapas nahi aaunga", S),
    ("terrace pe jaake seedha neeche, bas", S),
    # time running out
    ("mere jaane ke baad ghar bech dena, ab zyada din nahi", S),
    ("biwi guzar gayi pichhle saal, roz kehta hu ruk ja main bhi aa raha hu", S),
    ("ही चिठ्ठी आईला द्या, मी तोपर्यंत नसेन", S),
    ("shop band, loan baki, ata maza pan shevat", S),
    ("sab chala gaya, is duniya me mera kya kaam", S),
    ("karz nahi utar paaya, khud ko hi utaar dunga is duniya se", S),
    ("bhagwan se kehta hu mujhe utha le, ab sahan nahi hota", S),
    ("operation se accha hai upar chala jaun", S),
    ("apang houn jagnyapeksha mela tar bara", S),
    ("aata sagla sampun jau de sagla", S),
    ("insulin band kar diya hai, kisi ko bataya nahi", S),
    ("aisi zindagi ka kya karna", S),
    ("better i am not there when the bank comes", S),
    ("gir gaya to gir gaya, harness nahi lagata ab", S),
    ("kal tanki pe jaunga, wapas neeche utarna zaroori nahi", S),
    ("पुढच्या दिवाळीला मी नसेन, नक्की", S),
    # the last words
    ("aakhri baar bol raha hu, sab ka khayal rakhna", S),
    ("ye rassi kisi aur ke liye nahi, apne liye layi hai", S),
    ("bachchon ko kehna papa ne bahut pyar kiya", S),
    ("thank you all. ab phone nahi uthaunga. alvida", S),
    ("bas subah na hi ho to accha, thak gaya hu", S),
    # self-harm
    ("gusse me jaan bujh ke garam press hatheli pe rakh di", SH),
    ("tapleli salai mandivar lavli, fod ala", SH),
    ("blade se mandi par lines on my skin again", SH),
    ("भिंतीवर हात मारत राहिलो, हात काळानिळा झालाय", SH),
    ("स्वतःच्या मांडीवर मारलं, राग स्वतःवरच निघतो", SH),
    # overdose
    ("raat ko insulin ka poora pen laga diya, ab kaanp raha hu", OD),
    ("metformin ki saari tabs counted, 40, tonight i finish them", OD),
    ("उंदीर मारायचं औषध आणलंय, रात्री घेणार", OD),
    ("bathroom cleaner wala acid gatagata pi liya", OD),
    # reported
    ("mera bhai bol ke gaya train ke neeche aayega", S),
    ("didi ne video call pe dupatta pankhe se bandhi dikhai aur phone kaat diya", S),
    ("papa ka darwaza andar se band hai, jawab nahi de rahe", S),
    ("ते म्हणाले आज last day आहे माझा, please call करा", S),
    ("mitrane tyachi ghadi thevayla dili ani mhanla ata bhetnar nahi", S),
    ("tai ne letter thevlay ani phone band ahe", S),
    ("काल म्हणाला माझं संपलं, आज फोन बंद आहे", S),
    # threats
    ("tya mukadamala jaaladun takto, petrol aanla ahe", HO),
    ("us seth ko truck ke neeche de dunga", HO),
    ("i'll take the hammer to his head if he says it again", HO),
    ("tyala bahar gathun todnar, mule tayar ahet", HO),
    # relapse
    ("phir se brown li station wale bande se", RE),
    ("neend ke liye restyl ki 2 goli bina parchi ke le li", RE),
    ("afeem chal raha hai do din se", RE),
    ("kal raat 2 large ghetle, kahi aathvat nahi", RE),
    ("corex ki do botal pi li kal", RE),
])
def test_rounds_128_129_forms_alert(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "tent ke liye rassi bandh rakhi hai bahar",
    "gaay ki rassi ko dekhta rehta hu, kamzor ho gayi hai",
    "narmada me paani bhara hai, bahut sundar lag raha",
    "kile pe upar jaakar neeche dekha, bahut sundar nazara",
    "chhat pe upar chala jaunga, neeche garmi hai",
    "meeting la mi nasen udya paryant, gavala jatoy",
    "movie ka end, mera bhi the end ho gaya hasi se",
    "kal exam hai, subah na hi ho to accha lol",
    "garam tawe pe galti se hatheli lag gayi, chhala pad gaya",
    "insulin ka naya pen mangwaya, chemist ke paas",
    "chuhon ke liye ratol liya, godown me rakhna hai",
    "kachra jaladun takto roj, petrol nahi lagta",
    "doctor ne khansi ke liye corex likhi hai",
    "brown shoes li aaj bazaar se",
])
def test_their_quiet_twins_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "ग्राहक ने व्हिस्की ऑफर की, मैंने कहवा मांग लिया",
    "dukaan pe sab ne kahwa piya, main bhi",
    "boss ne party me bulaya tha peene, maine saaf mana kiya",
    "sab ne beer mangwayi, mi limbupani",
    "aaj lift ka wire rope badalne ka kaam tha terrace pe",
    "glucometer ke strips ki dibbi 900 ki ho gayi",
    "bijli gayi puri raat, fridge me insulin theek hoga?",
    "customer ka phone itna hang hota hai, phek dene ka mann karta",
    "club ke board ke liye boric powder laya",
    "final me usne board pe aag laga di, ek turn me sab",
    "naya supervisor kamane marun takto",
    "is traffic me roj maran ahe",
    "a drunk customer kept offering me his bottle at the counter, said no thanks",
    "charas odhnaryansobat basalo pan ghetla nahi",
    "भांडण झालं, आधी असतो तर अड्ड्यावर गेलो असतो, आज घरीच बसलो",
    "daru ke bache paise se beti ke liye cycle li",
    "दारूचे वाचलेले पैसे मधून आईला साडी घेतली",
])
def test_rounds_128_129_everyday_talk_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text,category", [
    ("wire rope cha fas banvun thevlay hook la", S),
    ("strips ki saari goliyan kha li", OD),
    ("boss ne party me bulaya tha, mana nahi kar paya, 3 peg", RE),
    ("ghar me roj maran magto devakade", S),
    ("the contractor opened a bottle and i had two pegs with him", RE),
    ("पूर्वी असतो तर बारमध्ये गेलो असतो. आज पण बारमध्ये गेलो", RE),
    ("daru ke bache paise se kal 2 peg le liye", RE),
    ("daru ke bache paise se phir daru li", RE),
])
def test_their_earnest_twins_still_alert(text, category):
    assert_rules_find(text, category)
