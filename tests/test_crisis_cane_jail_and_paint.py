"""Round 36 (holdouts 114, 116 and 117, opened): danger told by sugarcane cutters (the trolley's
wheels and the insurance, a rope "not for the bullock", Marathi's plain "पिलो"), by people out of
jail (the informer's address found and his end foretold) and by painters (the harness left off so
that it looks like an accident, the push from the scaffold, the rope over the fan) reaches a
person. Their look-alikes stay quiet: thinner bought by the litre for a job, a white primer, a cane
knife that slipped and cut a finger, the owner's joking threat over a deadline, a client who "killed
me" with five changes, a lawyer who "murdered" with fees, a wife who "will take my life" for a
forgotten birthday. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("भावाच्या साखरपुड्यात मित्रांसोबत बसून पिलो", Category.RELAPSE),
    ("kal mukadamchya gharachya pujela gelo ani pilo", Category.RELAPSE),
    ("पगार मिळाल्यावर मी पिलो, सॉरी", Category.RELAPSE),
    ("kaam khatam hone ke baad thinner ka vaas gheto parat", Category.RELAPSE),
    ("मचानवरून पडलो तर विम्याचे पैसे घरच्यांना मिळतील, एकच रस्ता उरलाय", Category.SUICIDE),
    ("sochta hu kal harness nahi bandhunga, sab accident samjhenge", Category.SUICIDE),
    ("belt kadhun kaam karnar muddam, mag sagle apghat mhantil", Category.SUICIDE),
    ("if something happens on site the family gets the insurance money, only way left", Category.SUICIDE),
    ("काल रात्री तो ट्रॉलीखाली झोपायला गेला, लोकांनी ओढून आणलं", Category.SUICIDE),
    ("kitchen ke pankhe pe rassi daal di hai", Category.SUICIDE),
    ("nayi dori aanli aahe, bailasathi nahi", Category.SUICIDE),
    ("terrace वर मी एकटा आहे आणि कठडा नाही", Category.SUICIDE),
    ("us khabri ka address mil gaya, ab uska game over", Category.HARM_TO_OTHERS),
    ("found where the complainant stays. he won't get away this time", Category.HARM_TO_OTHERS),
    ("त्या हवालदाराचा पत्ता मिळाला, आता त्याची वेळ", Category.HARM_TO_OTHERS),
    ("ठेकेदार को छत से धक्का दे दूंगा कल", Category.HARM_TO_OTHERS),
    ("supervisor la shidivarun dhakalun denar udya", Category.HARM_TO_OTHERS),
])
def test_danger_told_by_cane_cutters_the_released_and_painters_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "hardware shop se 20 litre thinner liya site ke liye",
    "picked up 2 tins of thinner and some putty for the kitchen doors",
    "रोज़ थिनर से ब्रश साफ करता हूँ पर सूँघता नहीं",
    "दुकानातून पांढरा रंग आणि white primer घेतला",
    "koyta fisla aur ungli kat gayi, patti bandhi",
    "seth bola kal tak kaam nahi hua to jaan le lunga 😂",
    "malak mhanala aaj kaam sampla nahi tar marun takin haha",
    "इस customer ने तो मार डाला, 4 बार design बदलवाया",
    "वकील ने फीस से murder कर दिया",
    "biwi jaan le legi, uska birthday bhool gaya",
    "kapde sukhane ke liye pankhe pe rassi daal di",
    "bail ke liye nayi rassi layi bazaar se",
    "मी आज ताक पिलो आणि झोपलो",
    "aaj garmi bahut hai, harness nahi bandhunga bas 1st floor hai",
    "I know where the meeting is, will be there by 6",
])
def test_their_look_alikes_are_quiet(text):
    assert_rules_stay_quiet(text)


def test_a_can_of_thinner_to_be_drunk_alerts_though_it_was_bought_by_the_litre():
    """Thinner drunk is never the painter's work, even when the litre bought is named: the work's
    reading stands back when drinking is said in the sentence or the next one."""
    from alumni.domain.crisis import detect

    detection = detect("a 5 litre tin of thinner is beside me. tonight i will drink it", second_opinion=False)
    assert detection.crisis, detection.explain()
