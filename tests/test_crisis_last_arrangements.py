"""Indirect suicide and self-harm messages read by their class of meaning: belongings handed
on beside a number that will go quiet or a note; nothing left to do here; a child put in
someone's care beside "I can't manage any more"; a policy's nominee and who will see to the
rest; "my death" with nobody to cry; "if I go everyone will be fine"; the well and its
depth; the height of a bridge looked up with "how much is enough"; a train timed; how long
drowning takes, asked seriously; the afterlife asked about; a message of defeat, apology or
blame lifted passed on to the family; the last number texted; a burn with heated tongs.
English, Hindi and Marathi, Latin and Devanagari. Sentences written for these rules, not
taken from the labelled sets; the everyday sentences that share the words must not alert."""
import pytest

from alumni.domain.crisis import Category, detect

S = Category.SUICIDE


def _suicide(text: str) -> None:
    assert S in detect(text).categories, detect(text).explain()


@pytest.mark.parametrize("text", [
    # handed on, and the number that will go quiet or a note written
    "my laptop goes to my nephew, the watch to dad. dont text this number after friday",
    "meri scooty chhotu ko de di, phone didi ko. is number pe msg mat karna kal se",
    "गाडीची चावी आणि पाकीट बहिणीला दिलं. या नंबरवर मेसेज करू नका",
    "gave away my books and my guitar, and i wrote a note for my mom",
    # handed on, and nothing left to do here
    "दुकान के कागज बेटे को दे दिए, अब यहाँ मेरा कुछ काम नही बचा",
    "bike chi chavi bhavala dili, ata mala kahi garaj nahi",
    "meri ghadi papa ko de dena, mera phone band ho jayega kal se",
    "my guitar goes to rohan and the laptop to my cousin. this number will be off from monday",
])
def test_belongings_handed_on_with_the_line_going_quiet_are_suicide(text):
    _suicide(text)


@pytest.mark.parametrize("text", [
    # a child in someone's care, and "I can't manage any more"
    "मुलीला सांभाळ ग ताई, मला आता जमत नाही",
    "beti ka dhyan rakhna bhai, ab nahi hota mujhse",
    "look after my son please. i cant do this anymore",
    "मुलांचं लक्ष ठेवा, मला आता होत नाही",
    # the nominee, and who sees to the rest
    "is my mother the nominee on my lic policy? she will handle the rest",
    "meri policy ki nominee biwi hai na? aage ka woh dekh legi",
    # "my death", nobody to cry
    "mere marne pe koi mat rona yaar",
    "when i die dont cry for me, my death is nothing",
    "कोणी माझ्या मरणावर रडू नका",
    "mere jaane ke baad koi aansu mat bahana",
])
def test_the_family_provided_for_and_my_death_unmourned_are_suicide(text):
    _suicide(text)


@pytest.mark.parametrize("text", [
    # a trouble to all, all well once I go
    "sabko meri wajah se takleef hai, main chala jau to sab theek ho jayega",
    "घरच्यांना माझा त्रास आहे, मी निघून गेलो तर सगळं ठीक होईल",
    # the well, its depth, going there
    "khet wala kuan bahut gehra hai, aaj raat wahan jana hai",
    "विहिरीजवळ आलोय, पाणी खोल आहे",
    "धरणाजवळ बसलोय, कुणाला सांगू नका",
    "nadi bahut gehri hai, aaj raat wahi jaunga",
    "everyone is suffering because of me, if i leave everything will be fine",
    "agar main chala gaya to sab sukhi rahenge, sab ko mujhse takleef hai",
    "roof pe hu abhi yahan. bas itna kehna tha",
])
def test_a_place_of_danger_its_depth_and_going_there_are_suicide(text):
    _suicide(text)


@pytest.mark.parametrize("text", [
    # the height looked up, and how much is enough
    "checked the height of the bridge near my office. how many floors is enough",
    "flyover kitna uncha hai dekh raha tha, kitni unchai kafi hai",
    "which building terrace has no railing, and how high is enough",
    # a train timed
    "the goods train crosses near the nala at 2 am. been timing it for a week",
    # how long drowning takes, asked seriously; the afterlife, asked
    "how much time does it take to drown? serious question",
    "if a person kills himself does he go to hell. i cant take it anymore",
    "how long does it take to bleed out, seriously asking",
    "what height is enough so you dont survive",
    "train kitne baje guzarti hai roz note kar raha hu, ek hafte se",
])
def test_the_method_weighed_is_suicide(text):
    _suicide(text)


@pytest.mark.parametrize("text", [
    # defeat, apology or blame lifted, passed on to the family or a helper
    "papa ko bolna main haar gaya, unka beta kuch nahi kar paya",
    "papa ko kehna main achha beta nahi ban saka",
    "आईला सांगा मी हरलो, माफ कर",
    "tell my sister i let everyone down. sorry",
    "sorry for wasting everyone's time. tell the counsellor it was nobody's fault",
    "you are the last person im texting. its not your fault ok",
    "you are the last one i am talking to. dont blame yourself",
    "aap last insaan ho jisse baat kar raha hu, aapki galti nahi hai",
])
def test_a_last_message_passed_on_is_suicide(text):
    _suicide(text)


@pytest.mark.parametrize("text", [
    "गरम चिमटे से कलाई जला ली, अब अच्छा लग रहा",
    "garam chimta haath pe lagaya jaan boojh ke",
    "tapleli sandshi hatala lavli",
])
def test_a_burn_with_heated_tongs_is_self_harm(text):
    assert Category.SELF_HARM in detect(text).categories, detect(text).explain()


@pytest.mark.parametrize("text", [
    "went to a wedding and drank only nimbu pani",
    "sold my old bike to my cousin, new one comes next week",
    "i have been timing the train so i dont miss it for office",
    "the flyover near our house is so high, the view is lovely",
    "papa ko bolna sorry, aaj late aaunga",
    "tell raj it wasnt his fault, the match was rigged",
    "is my wife the nominee on the new policy? please check",
    "gaon ka kuan bahut gehra hai, baarish ke baad paani bhar gaya",
    "maine apna purana phone bhai ko de diya, naya le liya",
    "my grandfather died last year, we all cried a lot",
    "enough of this heat, how high will the temperature go",
    "my phone will be off from monday, going on a trek",
    "after my exams i will go to the river with friends",
    "nani ke marne ke baad sab bahut roye",
    "dont blame yourself for the traffic, we will start without you",
    "mummy ko ghutne mein takleef hai, main doctor ke paas chala gaya to sab theek ho jayega",
    "papa ko bolna main match haar gaya, next time jeetunga",
    "the train passes at 6, i have been timing my run to it",
    "bachon ka dhyan rakhna, mujhse ab nahi hota itna kaam",
    "what height is the shelf, is it enough for the books",
])
def test_the_same_words_in_everyday_sentences_do_not_alert(text):
    assert not detect(text).crisis, detect(text).explain()
