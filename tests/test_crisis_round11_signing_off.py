"""Round 11 misses of suicide said as signing off, or by its means in a village's words
(holdouts 29 and 30, Vidarbha Marathi and Punjabi-coloured Hinglish), by class, with
sentences of our own: nobody would notice or care, this is my last message, never to meet
again, "I can't live" with the bare "जी", why should I stay, my story ends, death as the
only release, a relative gone towards the tracks or who said bye and switched off, the rope
by its Marathi name and the tree, under the lorry in Punjabi, contact refused from a time on,
the writer leaving for nowhere, ending with no object, a relayed "I tried". Read by the rules
alone (second_opinion=False): the classifier must not be what catches them."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules import rules_alone, rules_explained

SUICIDE_SENTENCES = [
    # nobody would notice or care, at a place of danger
    "pul pe khada hu, kisi ko pata bhi nahi chalega",
    "sitting by the canal at night, nobody will even notice",
    "vihiri javal ubha aahe, kon vicharnar",
    # this is my last message
    "ye mera aakhri msg hai sabko",
    # never to meet again, and a farewell
    "ab kabhi nahi milenge, sabko sorry",
    "ab kabhi nahi milunga, maa ka dhyan rakhna",
    "आता कधीच भेटणार नाही, आईची काळजी घ्या",
    "i wont see you again. thank you for everything",
    # "I can't live" with the bare "जी"
    "main ab aur jee nahi sakta yaar",
    "मैं अब और जी नहीं सकती",
    "मैं अब जी नहीं सकता, बच्चों का ख्याल रखना",
    # why should I stay
    "मैं किसी काम का नहीं, फिर क्यों रहूं",
    "माझा काही उपयोग नाही, मग कशाला राहू",
    # my story ends here
    "bas, meri kahani yahin khatam hoti hai",
    "मेरी कहानी यहीं खत्म होती है",
    "माझी कहाणी इथेच संपली",
    "my story ends tonight",
    # death as the only release
    "मेल्यावरच मला मुक्ती मिळेल",
    "death is the only escape left for me",
    # the rope by its Marathi name, tied to a tree in the field
    "शेतातल्या झाडाला दोर बांधलाय",
    "shetatlya zadala dor bandhla aahe",
    "dor gheun zadakade gelo, kunala sangu naka",
    # under the lorry or the goods train
    "dil karda train de thalle aa jaan",
    "मालगाड़ी के आगे कूद जाऊंगा आज",
    # Punjabi "finish myself"
    "main khud nu mukka laina chahunda",
    # contact refused from a time on, beside a farewell
    "उद्यापासून या नंबरवर फोन करू नका. सगळ्यांचे आभार",
    "kal se is number pe call mat karna, mummy ka khayal rakhna",
    "aaj ke baad phone mat karna. sorry sabko",
    # the writer leaving for nowhere, after a relayed apology
    "aai la sang mala maaf kar. mi jato",
    "पापा को बोलना सॉरी। मैं जा रहा हूं",
    "tell dad im sorry. im going",
    # ending with no object, beside a debt
    "karja phedta yet nahi. aata mi sampvto",
    "कर्ज फिटत नाही, आता मी संपवतो",
    "karz se tang aa gaya, ab main khatam kar lunga",
    # not feeling like waking up
    "honestly not feeling like waking up tomorrow",
    # better if I finish it, beside a debt
    "loan of 5 lakh pending. better if i finish it this month",
    # "I tried", passed on, and contact refused
    "tell my counsellor i tried my best. dont call after today",
    "sir ko batana maine bahut koshish ki. kal se phone mat karna",
    "सरांना सांगा मी प्रयत्न केला. उद्यापासून फोन करू नका",
    # the Varhadi "nasel": not there tomorrow
    "aaichi kalji ghya, mi udya nasel",
    # sorry to everyone, and the writer stops now
    "सगळ्यांना माफ करा, मी आता थांबते",
    "sagalyanna sorry mhana, mi aata thambto",
    "sabko sorry, ab main rukta hu",
]

# someone close gone towards the tracks, or who said bye and then switched off
REPORTED_SENTENCES = [
    "भाऊ रेल्वे रुळांकडे गेला आहे, फोन उचलत नाही",
    "papa railway line ki taraf gaye hain, ghabrahat ho rahi hai",
    "my brother walked towards the railway tracks an hour ago",
    "mera pati rail ki patri ki taraf gaya hai, phone nahi utha raha",
    "मेरा बेटा पटरी की ओर गया है",
    "मेरे भाई ने सबको bye कहा और अब फोन switch off है",
    "mulga bye mhanala ani ata phone band aahe",
]


@pytest.mark.parametrize("text", SUICIDE_SENTENCES + REPORTED_SENTENCES)
def test_signing_off_and_village_means_are_suicide(text):
    found = rules_alone(text)
    assert found.crisis and Category.SUICIDE in found.categories, rules_explained(text)
