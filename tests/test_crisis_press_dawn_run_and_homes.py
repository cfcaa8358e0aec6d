"""Round 35 (holdouts 110, 111 and 113, opened): danger told by journalists (the last story filed,
the press card returned, the bridge once reported on, a husband not home from an assignment), by
police and army recruitment aspirants (the highway at dawn, the akhada's rope, steroid cycles) and
by domestic workers (kerosene and matches, the tracks on the way home, the children sent to the
village) reaches a person. Their look-alikes stay quiet: a suicide case reported as news, a story
"killed" by the editor, a workout that "is death", a back "murdered" by mopping, a skipping rope,
an anklet, tablets thrown away. The rules alone are tested (second_opinion=False): the classifier
cannot hide a regression."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("shevatchi batmi pathavli, aata majha ithla kaam sampla kaymcha", Category.SUICIDE),
    ("press card parat kela, majhi vaat baghu naka", Category.SUICIDE),
    ("उसने अपना laptop और notes मुझे दे दिए, बोला अब तू संभाल", Category.SUICIDE),
    ("पुलावर उभा आहे, खाली पाणी खूप शांत दिसतंय", Category.SUICIDE),
    ("वो कल रिपोर्टिंग पर गए थे, अभी तक घर नहीं आए, फोन बंद है", Category.SUICIDE),
    ("alag alag chemist se neend ki goliyan li hain", Category.OVERDOSE),
    ("usko apne haath se finish kar dunga", Category.HARM_TO_OTHERS),
    ("नब्बे दिन टूट गए कल रात", Category.RELAPSE),
    ("phir se steroid ka course shuru kiya", Category.RELAPSE),
    ("highway pe daudte waqt truck aaya to side nahi hounga", Category.SUICIDE),
    ("रोज पटरी पार करती हूँ, आज लगा ट्रेन आने तक खड़ी रहूँ", Category.SUICIDE),
    ("घरात घासलेट आहे आणि काडेपेटी पण, आज सगळं संपेल", Category.SUICIDE),
    ("bacche gaon bhej diye, ab main free to go now", Category.SUICIDE),
    ("dont call tomorrow, nobody will pick", Category.SUICIDE),
    ("सेफ़्टी पिन से हाथ में चुभाती रहती हूँ", Category.SELF_HARM),
    ("उसका पाय तोडीन मैच के पहले", Category.HARM_TO_OTHERS),
    ("पंधरा क्रोसिन एकदम खाल्ल्या", Category.OVERDOSE),
    ("kal club me 4 large maar diye, sorry", Category.RELAPSE),
    ("surine mandivar reshe odhle, konala disat nahi", Category.SELF_HARM),
    ("मी गेले तर मुलांना विमा तरी मिळेल", Category.SUICIDE),
    ("sitting by the well since midnight, didnt tell anyone", Category.SUICIDE),
])
def test_danger_told_by_reporters_runners_and_home_workers_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "आज एका आत्महत्येच्या प्रकरणाची बातमी केली, मी ठीक आहे",
    "editor ne meri story kill kar di, phir bhi piya nahi",
    "हा leg day म्हणजे मरण आहे",
    "5 ghar ka pocha, kamar ka qatal ho gaya",
    "मुलीसाठी दोरीच्या उड्यांची दोरी आणली",
    "beti ke liye payal li aaj",
    "threw away the sleeping tablets i was hiding under the mattress",
    "coach aaj zinda nahi chhodega, late ho gaya",
    "गावी जायला dying आहे",
    "भाव ऐकून मरायचीच बाकी होते",
    "press club me sirf limbupani piya",
    "sent both kids to my mother for the holidays, i wont go this time",
    "kal se ye phone koi nahi uthayega, naya number le liya",
])
def test_their_look_alikes_are_quiet(text):
    assert_rules_stay_quiet(text)
