"""Round 14: suicide told through arrangements and farewells, in English, Hindi and Marathi,
both scripts: belongings handed over (keys, a watch, a ring, a mobile, the ATM card and its
PIN, the passbook, the insurance papers, a property put in a wife's or a son's name) by the
verbs of handing over in their Hindi and Marathi forms ("de dena", "द्या", "dilay", "ठेवलंय",
"के नाम कर दी", "नावावर केली"), beside thanks for everything or "we will not talk again" ("ab
baat nahi hogi", "shayad ab baat na ho", "आता बोलणं होणार नाही"), or beside any other sign of
the message; things given away or shared out, told by the family; letters written and put
where they will be found. The everyday handing over stays quiet: a bike lent for a day, a
watch given for repair, a house put in a wife's name for a loan, an old phone passed on, a
gift, a mentor thanked at a milestone, "can't talk now".

The sentences are this round's own, written from the forms, not taken from any set. Read by
the rules alone (second_opinion=False) so the classifier cannot hide a rules regression.
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

S = Category.SUICIDE

HANDED_OVER: tuple[str, ...] = (
    # a thing handed over, and the talk that will not happen again
    "bhaiya meri ghadi papa ko de dena, ab baat nahi hogi",
    "मेरी अंगूठी और फोन माँ को दे देना, शायद अब बात न हो",
    "sir phir kabhi baat nahi hogi. mera laptop bhai ko de dijiye",
    "ताई माझी अंगठी आईला द्या, आता बोलणं होणार नाही",
    "kadachit ata bolna honar nahi. majha laptop dadakade dilay",
    "please give my watch and my bike to my brother, we won't talk again",
    "we may never talk again. my car keys are with my sister, give them to my son",
    # a thing handed over, and thanks for everything or for all that was done
    "didi sab ke liye thanks, meri scooty chhoti ko de dena",
    "dada tumhi khup kela majhyasathi. majhi bike ani mobile lahan bhavala dya",
    "you've done so much for me. please give my laptop to my sister",
    "आपने मेरे लिए बहुत किया सर. मेरी घड़ी बेटे को दे दीजिएगा",
    # papers and property put in someone's name, and the writer no longer needed
    "ghar ke kagaz biwi ke naam kar diye, ab unko meri zarurat nahi",
    "policy che papers baykochya navavar kele, ata majhi garaj nahi",
    # everything put in someone's name, or a PIN written down, beside another sign
    "सारी प्रॉपर्टी बेटे के नाम कर दी है, मेरा समय पूरा हो गया",
    "एटीएम का पिन और पासवर्ड डायरी में लिख दिए हैं, पत्नी को बता देना। मुझे माफ़ करना",
    # a thing handed on, beside the last talk, a decision, or one's time come
    "घड्याळ आणि पासबुक मुलीसाठी कपाटात ठेवलंय. आता कधीच भेट होणार नाही",
    "faisla ho gaya hai. bike ki chabi aur atm card bhai ko de di",
    "wrote the letters, they are under my pillow. my time is up",
    # a love passed on in the Marathi habitual past
    "माझा मोबाईल पोरीसाठी ठेवलाय. तिला सांगा आई तिच्यावर खूप प्रेम करायची",
    # a note's line: it was not their fault
    "letters are in my drawer. tell them it was not their fault",
)

TOLD_BY_FAMILY: tuple[str, ...] = (
    "my husband has given away his ring and phone, keeps saying he won't need them. I am so scared",
    "mere bete ne apni ghadi, phone sab baant diye, kuch kha nahi raha. kisi ko bhejiye",
    "aamcha bhau sagle kapde vatun takto ahe, kahi bolat nahi. bhiti vatatey",
    "ते त्यांचं सगळं सामान वाटून टाकतायत, खूप भीती वाटतेय, कोणीतरी पाठवा",
    "नवरा सगळं सामान वाटून देतोय, काही बोलत नाही, मला भीती वाटते",
    "our son has been giving away his things, his phone and watch. we are very worried",
    "beta raat ko sabko bye bol ke soya, apna phone chhote ko de diya",
)

QUIET: tuple[str, ...] = (
    # lent for a while, given for repair, put in a name for a loan
    "bhai ko ek din ke liye bike de di, kal wapas le lunga",
    "ghadi repair ke liye chhote ko de di, ab baat nahi hogi aaj",
    "loan ke liye ghar biwi ke naam kar diya, bank ne bola tha",
    "gadi bhavala dili service la, udya parat milel",
    "lent my car to my brother for the weekend",
    "put the house in my wife's name for the home loan",
    "mera phone chhote ko de diya hai kuch din, ab baat nahi hogi",
    # an old thing passed on after a new one, a gift, a charity
    "thanks for everything bhaiya! nayi bike li, purani chhote ko de di",
    "sir aapne bahut kiya mere liye, bhai ki shaadi me ghadi gift di",
    "saare purane kapde garibon me baant diye diwali pe",
    "dad gave away his old clothes to the temple",
    # a mentor thanked at a milestone
    "thank you for everything sir, 1 saal ho gaya aaj bina daaru ke",
    "tumhi khup kela majhyasathi dada, 6 mahine zale. bhavala bike dili shikayla",
    "saglya sathi thanks tai, 90 days sober today",
    # "can't talk now"
    "ab baat nahi ho payegi, meeting me hu, baad me call karta hu",
    "ata bolna honar nahi, gadi chalvtoy, nantar call karto",
    "phone chhote ko de diya, ab baat nahi hogi aaj, network nahi hai",
    "tumse ab baat nahi hogi, tumne mera phone tod diya",
    # a passbook handed for an errand, a password noted down
    "mummy ko passbook de di bank ke kaam ke liye",
    "wifi ka password diary me likh diya hai",
    "kept the passbook in the drawer, my wife handles the bills",
    # a bye said to everyone on the way out
    "sabko bye bol ke nikla, bike bhai ko de di station tak",
)


@pytest.mark.parametrize("text", HANDED_OVER)
def test_belongings_handed_over_with_a_farewell_alert(text: str) -> None:
    assert_rules_find(text, S)


@pytest.mark.parametrize("text", TOLD_BY_FAMILY)
def test_belongings_given_away_told_by_the_family_alert(text: str) -> None:
    assert_rules_find(text, S)


@pytest.mark.parametrize("text", QUIET)
def test_everyday_handing_over_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
