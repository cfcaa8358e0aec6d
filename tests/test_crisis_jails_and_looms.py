"""Round 30 (holdouts 90 and 92, opened): danger told through jails and the court (a cellmate's
hanging, the fan, before the verdict, a shard of glass) and through power looms and mills (the
chimney, the dye vat, the seth's account, a hot iron) reaches a person; the lawyer's fees, the
rain, a bowler's wickets and a batch spoiled by a power cut do not. The rules alone are tested
(second_opinion=False): the classifier cannot hide a regression."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    # jails and the court
    ("Arthur road me ek ladka chadar se latak gaya tha, ab mujhe bhi wahi rasta dikhta hai", Category.SUICIDE),
    ("lodge ke pankhe ko dekh ke naap raha hu roz raat", Category.SUICIDE),
    ("रात्रभर फास कसा लावायचा हेच डोक्यात", Category.SUICIDE),
    ("my dupatta is long enough, been thinking about it all night", Category.SUICIDE),
    ("terrace ki chabi mil gayi, aaj raat upar jaunga aur neeche nahi aaunga", Category.SUICIDE),
    ("kal pul pe khada tha, is baar rukunga nahi", Category.SUICIDE),
    ("peshi se pehle hi chala jaunga, judge ka faisla nahi sunna", Category.SUICIDE),
    ("if they send me back i am not going back inside alive", Category.SUICIDE),
    ("इन्होंने कमरा अंदर से बंद कर लिया है, कोई आवाज़ नहीं आ रही", Category.SUICIDE),
    ("कांच का टुकड़ा तकिये के नीचे है, रात को कलाई पर चलाता हूँ", Category.SELF_HARM),
    ("गुस्से में अपना सिर जेल के दरवाज़े पर मारता रहा", Category.SELF_HARM),
    ("ek saath bahut saara maal kheench liya, dil bahut tez dhadak raha hai", Category.OVERDOSE),
    ("त्या पोलिसाचा गळा दाबणार", Category.HARM_TO_OTHERS),
    ("the guy who ratted on me wont see diwali", Category.HARM_TO_OTHERS),
    ("उसने धमकी दी है कि बाहर आते ही मुझे खत्म कर देगा", Category.HARM_TO_OTHERS),
    ("kal ratri junya mitransobat full batli samplavli", Category.RELAPSE),
    ("ganja ka round ho gaya kal raat", Category.RELAPSE),
    # looms and mills
    ("आज मिलच्या चिमणीवर चढायचं ठरवलंय", Category.SUICIDE),
    ("mill ki chhat pe chadh ke neeche dekha, sukoon mila. kal wapas jaunga", Category.SUICIDE),
    ("the chimney again today. from up there nobody could stop me", Category.SUICIDE),
    ("bhai bol raha hai chimney se koodega", Category.SUICIDE),
    ("रंगाच्या हौदात उडी मारली तर कुणाला कळणार पण नाही", Category.SUICIDE),
    ("nadi javal ubha ahe, bye sagalyanna", Category.SUICIDE),
    ("canal ke pul pe baitha hu, bas bahut ho gaya", Category.SUICIDE),
    ("सावकाराचं कर्ज जीव गेल्याशिवाय फिटणार नाही, तोच रस्ता उरलाय", Category.SUICIDE),
    ("सगळ्यांना ओझं झालोय, मी गेलेलाच बरा", Category.SUICIDE),
    ("नवऱ्याने दोरी घेऊन बसलाय खोलीत, लवकर या", Category.SUICIDE),
    ("शेतातलं कीटकनाशक माझ्याकडे आहे, आज सगळं संपवणार", Category.OVERDOSE),
    ("गरम इस्त्री अपने हाथ पर रख दी गुस्से में", Category.SELF_HARM),
    ("sui se haath me chhed karta raha", Category.SELF_HARM),
    ("solution phir se sungha kal raat", Category.RELAPSE),
    ("bonus mila aur seedha bottle le aaya", Category.RELAPSE),
    ("फक्त एक पेग म्हणून चार झाले", Category.RELAPSE),
    ("raat bhar solution ki yaad aati rehti hai", Category.CRAVING),
    # a taking said twice is the fees' only beside money: pills taken and taken stay a death
    ("goli gheun gheun marun jain", Category.SUICIDE),
])
def test_danger_told_through_jails_and_looms_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "vakil fee gheun gheun marun takto, tarikh var tarikh",
    "ye mumbai ki garmi jaan nikal degi",
    "jail food used to kill me, ghar ka khana best",
    "मैच में हमारे गेंदबाज ने सबको मार गिराया",
    "light gayi aur power cut ne poore batch ka khoon kar diya",
    "the whole order got murdered by the power cut",
    "supervisor slipped on the oil near the loom, everyone laughed",
    "chadar ki design final ho gayi, order ready",
    "bas bahut ho gaya aaj ka kaam, ghar ja raha",
])
def test_the_talk_of_jails_and_looms_is_quiet(text):
    assert_rules_stay_quiet(text)
