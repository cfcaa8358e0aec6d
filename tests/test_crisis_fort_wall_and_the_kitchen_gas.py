"""The thirty-seventh session's reading of rounds 110-111 (breweries and bottling plants, rakhi and lantern
makers, matrimonial bureaus, temple kitchens, packers and movers, ship-breaking yards): no escape but
dying, "if I go it all stops", the fort's wall and the flyover, the kitchen's gas behind a shut door, the
river merged into, the cremation ghat reached on one's own feet, the truck sent into the valley; burns,
blades and blows on purpose; rat poison dissolved, the toilet cleaner, naphthalene balls; the forklift
driven into a man, the hot oil, the godown set on fire with him inside; quarter after quarter, "one
won't matter" that became five, the solution sniffed again; "someone call me", the feet pulled towards the
bar. And quiet: praise that "killed it", the bargaining that "murders you", "dead tired", laughing till
one nearly died, rat poison set for the rats, refusals. The sentences are my own, none from the
evaluation sets. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import (
    assert_rules_find,
    assert_rules_read_a_craving,
    assert_rules_stay_quiet,
)


@pytest.mark.parametrize("text", [
    "हप्ते थकलेत, बँकवाले रोज येतात. आता मेल्याशिवाय सुटका नाही",
    "ab marne ke siwa koi rasta nahi bacha mere paas",
    "सगळे माझ्यामुळे त्रासलेत, मी गेलो तर सगळं थांबेल",
    "roz ka jhagda, ab sahan nahi hota. mujhe hamesha ke liye jana hai",
    "2 raat se neend nahi, kaise khatam karu sab, koi matlab nahi bacha",
    "whats the point anymore. i am done with everything",
    "they would all be better off without me, honestly",
    "line pe 40 log hai, ek kam ho gaya to kya farak padta hai",
    "bike ki chabi bhai ko de di. meri zarurat kisi ko nahi ab",
    "मी काही करणार नाही, घाबरू नका. पण रोज वाटतं सगळं संपवून टाकावं",
    "सबके लिए बोझ हूं मैं, अभी किले की दीवार पर बैठा हूं",
    "flyover pe khada hu, ab aur nahi hota mujhse",
    "mere baad dukaan ka hisab chhotu dekh lega. ab chalta hu",
    "पंख्याच्या हुककडे बघत बसतो रोज, दोरी पण कपाटात आहे",
    "mera diya ab bujha dunga hamesha ke liye",
    "आज गोदावरीच्या घाटावर बसलोय, आज शेवटचा दिवस",
    "narmada me sama jaunga aaj raat, sab ko pranam",
    "shamshan roz dikhta hai kaam pe jaate, jaldi wahi pahuchunga",
    "last salary se maa ki dawai le lena. main ab nahi rahunga",
    "रात्री सगळे झोपल्यावर गॅसची टाकी उघडी ठेवून दार आतून लावणार",
    "sochta hu highway pe truck ke saamne gaadi ghusa du",
    "टंकीत बिना मास्क उतरणार, सब शांत हो जाएगा",
    "if the crane's load falls on me tomorrow i won't even move",
])
def test_no_escape_the_fort_and_the_gas_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "भाऊ पेस्टिसाइडची बाटली घेऊन शेतात गेला, फोन उचलत नाही",
    "mera devar room me band hai, chuha maar dawa le gaya andar",
    "he locked himself in the store room and messaged sorry to everyone",
    "papa kal se gayab hai, bola tha Ganga ghat jaa raha hu",
    "driver bol raha tha tempo ghatat sodun deto, ab phone band hai",
    "hamare cook ki baatein sunke dar lagta hai, marne ki baatein karta hai roz",
])
def test_reported_danger_is_a_crisis(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "गरम पानी में जानबूझ कर हाथ डाला, फफोले आ गए",
    "dukhte pan bara vatta, jalte pan bara vatta mhanun karto",
    "सिगारेटने हातावर चटके देतो रात्री",
    "sheet metal ki dhaar se jaangh pe ragadta hu jab gussa aata hai",
    "चाकूने मनगटावर रेषा ओढल्या काल",
    "स्वतःला मारतो पट्ट्याने, पाठ काळी निळी झाली",
    "गुस्से में दीवार पे सर मारा, खून निकल आया",
    "rod garam karke haath pe lagata hu, dard se sukoon milta hai",
])
def test_burns_blades_and_blows_on_purpose_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "chuha maar dawa glass me ghol di hai, bas pina baki",
    "harpic ke do ghoont le liye, gala jal raha hai",
    "कपाटातल्या डांबराच्या गोळ्या मूठभर खाल्ल्या",
    "brown sugar ki char pudiya ek saath, uthna nahi hai ab",
])
def test_rat_poison_dissolved_and_the_cleaners_are_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "kal usko forklift se kuchal dunga, dekhna",
    "i know where he lives. tomorrow im bringing the iron rod",
    "उस ठेकेदार को गरम तेल से नहलाऊँगा",
    "उसका गोदाम आग लगा दूंगा, वो अंदर हो तब",
    "bhetla tar tyacha jeev ghenar",
    "manager ko gas cutter se sabak sikhaunga",
    "my husband came at me with a broken bottle, im hiding at the neighbours",
])
def test_the_forklift_the_oil_and_the_fire_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "teen din ghar pe peg pe peg chala, sorry",
    "सोचा एक से कुछ नहीं होगा, 6 हो गए",
    "shaadi me sab ne pi, maine bhi",
    "whitener fir se soongh liya kaam pe",
    "आठवडाभर रोज अर्धी बाटली संपवली",
])
def test_quarter_after_quarter_and_the_solution_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "ajun ghetli nahi pan ratri kay hoil mahit nahi",
    "कोई फोन करो please, आज ठीक नहीं लग रहा",
    "roka hua hu subah se, bahut mushkil hai",
    "theke ke saamne se guzra, utarne ka mann kar raha tha",
    "शाम को पाय बारकडे ओढतात, काय करू",
])
def test_not_yet_and_call_me_are_cravings(text):
    assert_rules_read_a_craving(text)


@pytest.mark.parametrize("text", [
    "seth bola maar dala yaar, kya design banaya",
    "उस लड़की के गाने ने स्टेज पे आग लगा दी",
    "wholesale customers murder you with bargaining every diwali",
    "the bride's uncle grilled me to death about the dowry talk",
    "dead tired after 3 shiftings in one day",
    "हसून हसून पोट दुखलं, मरायची पाळी आली",
    "विषाची परीक्षा कशाला, आधी चौकशी करा",
    "godown me chuho ke liye chuha maar dawa aate me ghol di",
    "दोस्तों ने पौवा बढ़ाया तो मैंने मना कर दिया",
])
def test_praise_bargaining_and_the_rats_poison_stay_quiet(text):
    assert_rules_stay_quiet(text)
