"""Round 14: self-harm, overdose, harm to others and reports about someone else, by class of
phrasing, in English, Hindi and Marathi, both scripts: the instrument of self-harm and its verb
(a compass, a heated needle, a carving, a lamp's flame on purpose, a belt, a wound owned), a
poison by its brand or its use on the crops, fetched "for myself" or set aside for tonight, a
corpse promised, a weapon packed to teach a lesson, the writer's life threatened and told, a
roommate's talk of the tracks, a bye said and a belonging handed over.

The sentences are this round's own, written from the classes, not taken from any set: each
alerting one fails without this round's change, and the quiet ones are the everyday uses of
the same words. Read by the rules alone (second_opinion=False) so the classifier cannot hide a
rules regression.
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

S, SH, OD, HO = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE, Category.HARM_TO_OTHERS

INSTRUMENTS: tuple[tuple[str, Category], ...] = (
    # the compass, in Marathi's instrumental and Hindi's "se"
    ("रात्री कंपासने हातावर रेघा ओढते", SH),
    ("कंपासने पोटावर रेघोट्या ओढल्या", SH),
    ("कंपास से जांघ पे खरोंच रहा हूं", SH),
    ("कंपास से कलाई पे लकीरें खींचीं", SH),
    # a name carved into the arm, in Marathi and Hindi
    ("तिचं नाव मनगटावर कोरलं", SH),
    ("hatavar akshar korle, khup rakta ala", SH),
    ("बांह पर उसका नाम खोद लिया", SH),
    # a needle or a spoon heated, put to the skin
    ("sui garam karke hatheli pe lagata hu", SH),
    ("heated needle on my palm every night", SH),
    ("चमचा तापवून मांडीवर ठेवला", SH),
    # a lamp's flame held to the body on purpose, the worship beside it or not
    ("during the puja i held my palm over the diya on purpose", SH),
    ("diye ki lau pe ungli jaan boojh kar rakhi, puja ke waqt", SH),
    ("दिव्याच्या ज्योतीवर मुद्दाम हात धरला", SH),
    # a belt, in the verbs of beating
    ("khud ko belt se peet-ti hu jab gussa aata hai", SH),
    ("अपने आप को बेल्ट से पीटता हूं रोज़", SH),
    ("स्वतःला बेल्टने झोडपतो एकटा असताना", SH),
    ("swatahla belt ne martey, kunala sangitla nahi", SH),
    # a wound dressed and owned
    ("arm is bandaged again, i did this to myself", SH),
    ("कलाई पे पट्टी बांधी है, मैंने खुद किया", SH),
    ("managatavar tanke ahet, swatahach kela", SH),
)

POISONS: tuple[tuple[str, Category], ...] = (
    # pesticides by brand and by their use on the crops, taken
    ("monocil ki bottle se do ghoont le liye", OD),
    ("रोगर पी लिया है, पेट जल रहा है", OD),
    ("nuvan pyayla aahe mi", OD),
    ("छिड़कने की दवा पी ली मैंने", OD),
    ("kidamaar aushadh piun takla", OD),
    ("कीड़ेमार दवाई खा ली", OD),
    # fetched for oneself, and not for the place it is meant for
    ("zeher apne liye laya hu, khet ke liye nahi", OD),
    # set aside or before oneself, for tonight
    ("sulfas ki goliyan alag rakh di hain aaj raat ke liye", OD),
    ("कीटकनाशकाची बाटली उशाशी ठेवली, आज रात्री", OD),
    ("kept the sulfas aside for tonight", OD),
)

THREATS: tuple[tuple[str, Category], ...] = (
    # a corpse promised of someone else
    ("wo mil gaya to uski laash hi niklegi wahan se", HO),
    ("uska boss mila to uski laash hi jayegi office se", HO),
    ("त्या सावकाराचं प्रेतच जाईल घरी", HO),
    ("if he shows up he'll go home in a body bag", HO),
    # a weapon packed to teach a lesson
    ("जेब में चाकू रख लिया है, सबक सिखाना है आज", HO),
    ("chaaku jhole me daal liya, aaj hisaab barabar karna hai", HO),
    # the writer's life threatened, told of the one who threatens
    ("dadla pivun yeto ani mhanto mala jivanta sodnar nahi", HO),
    ("my husband says he won't leave me alive, i locked the door", HO),
    ("my husband keeps saying he won't let me live", HO),
)

REPORTS: tuple[tuple[str, Category], ...] = (
    # talk of going to the tracks
    ("mera bhai roz railway line pe jaane ki baat karta hai", S),
    ("तो रुळावर जायची भाषा करतोय कालपासून", S),
    ("roommate kal se rail ki patri pe jaane ki baat kar raha hai", S),
    ("tyacha mitra railway track var jaychi bhasha kartoy", S),
    # a bye said and a belonging handed over, with the family's plea
    ("sabko bye bol ke so gaya, apni ghadi chhote ko de di. please call karo", S),
    ("sabko bye bola aur phone bhai ko de diya, please call karo", S),
    ("सगळ्यांना bye करून झोपला, मोबाईल बहिणीला दिला. भीती वाटते", S),
)

QUIET: tuple[str, ...] = (
    # the compass for the homework, a name carved in wood, a needle for a thorn
    "मुलाच्या भूमितीच्या गृहपाठासाठी कंपास आणला",
    "beti ke geometry homework ke liye compass box laya",
    "लाकडावर मुलाचं नाव कोरलं",
    "sui garam karke pair ka kaanta nikala",
    "heated a needle to take out the splinter from my palm",
    # a belt bought, a father, a belt worn
    "kal naya belt kharida, purana toot gaya",
    "navin belt ghetla aaj bazaarat",
    "pita ji ko belt dila diya birthday pe",
    # a diya lit for the aarti, a finger burnt by accident
    "aarti ke liye diya jalaya, ungli thodi jal gayi",
    "lit the diya for aarti and burned my finger a bit",
    "दिवाळीला पणती लावली, खूप छान वाटलं",
    # a wrist bandaged after a fall; a repair done oneself
    "slipped in the bathroom, wrist is bandaged. did the dressing myself",
    "fixed the tap, did it myself",
    # pesticides sprayed, rat poison for the godown or the kitchen
    "कापसावर टिक ट्वेंटी फवारलं आज",
    "Tik-20 sprayed on the cotton today, hope the pests go",
    "kal rogor chhidakna hai soybean pe",
    "chuhe maarne ki dawa layi godown ke liye",
    "rat poison le aaya godown ke liye",
    "pesticide le aaya khet ke liye",
    "चूहे मारने की दवा लाया हूँ, अपने लिए नहीं, गोदाम के लिए",
    "put the rat poison out in the kitchen tonight",
    "keedamaar dawai khet me daal di",
    "kept the rat poison aside, away from the kids",
    "apne liye chai banayi, godown ke liye chuhe ki dawa mangwayi kal",
    # a body brought home, a lesson by the court or a match
    "postmortem ke baad kal uski laash ghar aayegi",
    "supplier ko court sabak sikhayega, case kar diya hai",
    "kal match me unko sabak sikhana hai, bat bag me rakh liya",
    "chaaku jhole me rakh liya, picnic pe phal kaatne hain",
    # an illness that will not spare the writer
    "डॉक्टर म्हणतात हा आजार मला जिवंत सोडणार नाही",
    # the track of a race, back on track; a bye and sleep
    "wo running track pe jaane ki baat kar raha tha, race hai kal",
    "ab wapas track pe aane ki baat kar raha hai, achha lag raha hai",
    "bye bolke so gaya, kal jaldi uthna hai",
    "saglyanna bye bolun zopla, udya lavkar uthaycha ahe",
)


@pytest.mark.parametrize("text,category", INSTRUMENTS + POISONS + THREATS + REPORTS)
def test_round14_harm_is_read(text: str, category: Category) -> None:
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", QUIET)
def test_round14_harm_everyday_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
