"""Round 30 (holdout 87, opened): danger told through pilgrim towns (the ghat, the holy river,
vows, the body renounced, incense on the arm) reaches a person; a holy dip, the ego "killed" by
devotion and Haridwar's ghat do not. The rules alone are tested (second_opinion=False): the
classifier cannot hide a regression."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    # the body, or life, given up: what is left to renounce
    ("sab chhod diya, ab sirf ye sharir tyagna baki hai", Category.SUICIDE),
    ("घर सोडलं, आता हा देह सोडायचा बाकी", Category.SUICIDE),
    ("I gave everything away. only this body is left to renounce", Category.SUICIDE),
    ("मंदिराच्या पायरीवर प्राण सोडीन म्हणतोय बाबा", Category.SUICIDE),
    ("मन्नत पूरी नहीं हुई तो जान देकर ही पूरी करूँगा", Category.SUICIDE),
    # the holy river's lap, its current, its depth
    ("yamuna maiya ki god me so jaungi ab", Category.SUICIDE),
    ("नर्मदा का बहाव आज तेज़ है, बस बह जाऊँ ऐसा लगता है", Category.SUICIDE),
    ("standing at the river's edge since evening, i just want to let go", Category.SUICIDE),
    ("mujhe pata hai ghat ke paas sabse gehra paani kaha hai. aaj raat wahi jaunga", Category.SUICIDE),
    ("indrayanit ekach udi, sagla sampel", Category.SUICIDE),
    ("sangam snan kal. going under and not coming up this time", Category.SUICIDE),
    ("गंगेच्या पुलावर उभा आहे. बस, खूप झालं आता", Category.SUICIDE),
    ("his wife here. he went to Rishikesh saying he will merge with Ganga", Category.SUICIDE),
    ("माझा भाऊ Ramkund var बसलाय, बोलतोय जीव देईन", Category.SUICIDE),
    ("वारीत चालता चालता मरण यावं इतकंच वाटतं", Category.SUICIDE),
    # told by others: walked into the river, or jumped in, and pulled out
    ("आमच्या गावचा मुलगा नदीत चालत गेला, लोकांनी बाहेर काढलं", Category.SUICIDE),
    ("bhaiya ko ghat se nikala, paani me kood gaya tha", Category.SUICIDE),
    # incense on the arm; the head struck on the steps
    ("अगरबत्ती से अपनी कलाई जला ली, घर पे बोला दीया लगा", Category.SELF_HARM),
    ("त्याने उदबत्तीने हात भाजून घेतलाय", Category.SELF_HARM),
    ("मंदिर की सीढ़ी पर अपना सिर मारता रहा गुस्से में", Category.SELF_HARM),
    # a bottle hidden and sipped nightly
    ("पूजा की थैली में बोतल छुपा के रखता हूँ, रात को थोड़ी थोड़ी", Category.RELAPSE),
    # the pull come back, the pills remembered: a craving
    ("yatra sampli, ghari aalo ani parat odh lagli", Category.CRAVING),
    ("neend nahi aati, goliyon ki yaad aati hai bahut", Category.CRAVING),
])
def test_danger_told_through_pilgrim_towns_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "aaj har ki pauri pe dubki lagayi, man shant hai",
    "हर की पौड़ी पर आरती देखी, बहुत सुंदर",
    "baba kehte hain seva se apne ahankar ko maarna padta hai",
    "महाराज सांगतात, भक्तीने अहंकार मारायचा असतो",
    "is bhajan pe toh jaan de du, itna accha hai",
    "ज्ञानेश्वर माऊलींनी आळंदीत समाधी घेतली, तिथे दर्शन घेतलं",
    "ganga snan kiya, sab dukh beh gaye aisa laga",
    "agarbatti se haath jal gaya pooja me, by mistake",
    "goli ki yaad dilana, BP wali, mummy bhool jaati hai",
    "lighter se agarbatti jalayi aur aarti shuru ki",
])
def test_the_talk_of_pilgrim_towns_is_quiet(text):
    assert_rules_stay_quiet(text)


def test_a_relatives_pills_given_on_time_are_no_craving():
    detection = detect("nani ki sugar wali goli roz yaad se deta hu", second_opinion=False)
    assert not detection.crisis and not detection.urgent, detection.explain()
