"""Round 12, false alarms: threats quoted from a wife, a mother or the boss over a household
trifle (the TV, the sweets, shouting at the match, a report), with or without a laugh;
hyperbole of the heat, the traffic, a dance or a wait ("naach naach ke mar jaunga"); a fan sat
under and a lake walked to; rat poison bought for a shop. Each is read away, and the real
threat, the rope and the poison swallowed still alert.

The sentences are this round's own, written from the class, not taken from any set. QUIET
holds what the rules of 4f8f92e read as a crisis (ALREADY_QUIET what they left quiet); ALERT
holds real threats that they missed (a threat hanging on money); ALREADY_READ holds the
alerts that must stay. Read by the rules alone (second_opinion=False) so the classifier
cannot hide a rules regression.
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

HO = Category.HARM_TO_OTHERS

QUIET: tuple[str, ...] = (
    # a threat quoted over a trifle, with a laugh of any kind
    "wife boli remote chhupaya to maar dalungi ha ha",
    "आई म्हणाली लाडू संपवलेस तर मारून टाकीन 😆",
    "aai mhanali laadu sampavle tar marun takin lol",
    "बायको म्हणाली मॅच बघताना ओरडलात तर जिवंत सोडणार नाही 😆",
    # the plain quote, with no laugh, when the trifle is clear and a wife, a mother or the
    # boss said it
    "बीवी बोली इतना चिल्लाओगे तो जान ले लूंगी",
    "बॉस ने कहा फाइल आज नहीं दी तो फांसी पर लटका दूंगा",
    "साहेब म्हणाले रिपोर्ट उशिरा दिला तर जिवंत सोडणार नाही",
    # dying of a dance, a wait, a walk, the traffic or the sun
    "naach naach ke mar jaunga aaj shaadi mein",
    "नाच नाच के मर जाऊंगा बारात में",
    "नाचून नाचून मरेन आज",
    "vaat baghun baghun melo",
    "intezaar karte karte mar jaunga",
    "kaam kar kar ke mar jaunga",
    "chal chal ke mar jaungi",
    "is dhoop mein khade khade mar jayenge",
    "ट्रैफिक में फंस के मर जाऊंगा आज",
    "traffic madhe adkun marnar aaj",
    "उन्हात उभं राहून मरणार आज",
    "this heat is going to kill us all",
    # a fan sat under or switched off, a lake walked to
    "light gayi thi to pankha band tha, shaam ko talab ke kinare ghoomne gaye",
    "दुपारी सगळे पंखे घेऊन बसलो होतो, संध्याकाळी मुलांना घेऊन तलावाकडे गेलो",
    # the business, not a stick ("kaam dhanda"), and "agar", not "ghar"
    "Biwi boli agar late aaye to khana nahi milega. Kaam dhanda theek hai, sab log khush hai, "
    "beta bola papa aa jayega kal",
    # a lake walked round is no sword ("तलावावर", "talwar")
    "दुपारी सगळे पंखे घेऊन बसलो होतो, संध्याकाळी तलावावर फिरायला गेलो",
    # rat poison bought for a shop or a godown
    "दुकानासाठी उंदरांचं औषध आणलं, खूप उंदीर झालेत",
    "undrache aushadh aanla shetasathi, khup tras ahe",
)

# Quiet already under the rules of 4f8f92e, kept quiet.
ALREADY_QUIET: tuple[str, ...] = (
    "मम्मी बोली सारी मिठाई खा ली तो मार डालूंगी 🤣",
    "manager ne kaha presentation late hua to maar dalega 😄",
    "my mom says she will murder me if i finish the chocolates again 🤣",
    "biwi ne kaha agar match pe itna chillaye to TV tod dungi",
    "mummy boli phone pe itna game khela to maar dalungi",
    "my boss said he will murder me if the report is late again",
    "पंखे के नीचे बैठे थे सब, शाम को झील पर घूमने गए",
)

ALERT: tuple[tuple[str, Category], ...] = (
    # a threat that hangs on money handed over is a threat, quoted or not
    ("he said he will kill me if I don't give money", HO),
    ("my husband will kill me if i dont give him the salary", HO),
    ("dada says he will kill me if i refuse to sign the papers", HO),
)

# Alerts the rules of 4f8f92e already give (some under another category than harm to
# others): a husband's or an unnamed man's threat, a weapon or poison beside the quote, grief,
# a wish, a rope, a drop seen from a bridge, a poison swallowed, a stick.
ALREADY_READ: tuple[str, ...] = (
    "वो बोला पैसे नहीं दिए तो मार डालूंगा",
    "my husband said if I switch off the TV he will kill me",
    "pati bola agar TV dekha to maar dalunga",
    "boss ne kaha report nahi di to maar dalunga, usne chaku dikhaya",
    "biwi boli TV dekha to zeher kha lungi",
    "ro ro ke mar jaunga",
    "soch soch ke mar jaunga",
    "traffic mein khade hoke main mar jaana chahta hu",
    "my husband will kill us all",
    "pankhe se latak jaunga aaj raat",
    "पंखा चालू करके रस्सी बांध दी है",
    "पुल के नीचे पानी बहुत गहरा है, यहीं खड़ा हूं",
    "मी उंदराचं औषध खाल्लं",
    "मैंने चूहों की दवा खा ली",
    "danda leke aaunga, usko maar dalunga",
    "talwar leke jaunga uske ghar",
)


@pytest.mark.parametrize("text", QUIET + ALREADY_QUIET)
def test_a_quoted_scolding_or_a_hyperbole_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize(("text", "category"), ALERT)
def test_a_threat_hanging_on_money_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", ALREADY_READ)
def test_the_real_threat_and_the_means_still_alert(text):
    assert detect(text, second_opinion=False).crisis, text
