"""Round 31 (holdout 97, opened): danger told by Gulf migrants and their wives (the last call,
the coffin sent home, the camp's roof, the desert, the debt to the agent) reaches a person; the
kafeel's overtime that will "kill us all" and a friend's coffin do not. The rules alone are tested
(second_opinion=False): the classifier cannot hide a regression."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("Jeddah वरून call आला, रडत होते, म्हणाले हा शेवटचा कॉल", Category.SUICIDE),
    ("Riyadh se video call pe ro rahe the, bole ab kabhi nahi dikhunga", Category.SUICIDE),
    ("ab toh mera taboot hi company bhejegi ghar", Category.SUICIDE),
    ("agent che paise baki ahet, mi nasel tar sutka saglyanchi", Category.SUICIDE),
    ("roommate ka phone aaya, ye raat ko chhat pe baithe the, please baat karo", Category.SUICIDE),
    ("रात को रेगिस्तान की तरफ़ निकल जाते हैं, कहते हैं वापस नहीं आएंगे", Category.SUICIDE),
    ("site var 12 vya majlyavarun aaj ratri, koni naste tithe", Category.SUICIDE),
    ("समुद्रात जाऊन परत न येण्याचा विचार पक्का केलाय", Category.SUICIDE),
    ("स्टेशनजवळ रुळाजवळ बसलोय, गाडीची वाट बघतोय", Category.SUICIDE),
    ("beach var jaun pudhe chalat rahnar aaj", Category.SUICIDE),
    ("kahi nako, fakt zopetach sampun jaava", Category.SUICIDE),
    ("tied my gamcha to the fan hook to see if it holds", Category.SUICIDE),
    ("roommate sangtoy, tyane golya lapvun thevlyat gadyakhali", Category.SUICIDE),
    ("हातावर परत जखमा करतोय, कोणाशी बोलत नाही", Category.SELF_HARM),
    ("broke my 1 year with a beer at the airport", Category.RELAPSE),
    ("palkhi nantar daru, sagla bighadla", Category.RELAPSE),
    ("हो घेतली काल, तुम्हाला खोटं बोलणार नाही", Category.RELAPSE),
    ("जत्रेतून उठून आलो पण मन अजून तिथंच आहे", Category.CRAVING),
    ("raat bhar neend nahi, bas nashe ka khayal", Category.CRAVING),
    ("salary aayi hai aur mann botal pe atka hai", Category.CRAVING),
])
def test_danger_told_by_gulf_migrants_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "kafeel overtime se maar dalega sabko, 14 ghante duty",
    "कफील ओव्हरटाईमने मारून टाकणार आम्हाला",
    "camp ke ek bhai ka taboot company ne bheja, bahut dukh hua",
    "ye last call hai aaj ki, kal subah baat karte hain",
    "camp me free wifi mila, ghar pe sabse baat hui",
])
def test_the_talk_of_gulf_migrants_is_quiet(text):
    assert_rules_stay_quiet(text)
