"""Round 26: danger told through a building site, the road and the opium belt reaches a person,
and the work talk of those places does not. The rules alone are tested (second_opinion=False):
the classifier cannot hide a regression."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    # up a crane or a tank, not coming down; the lift duct; the harness left off
    ("maza navra raatri crane var chadhlay, khali yet nahit, phone band", Category.SUICIDE),
    ("wo tanki pe chadh gaye hai, neeche nahi aa rahe, jaldi aao", Category.SUICIDE),
    ("tankivar chadhun baslo ahe. ata bas", Category.SUICIDE),
    ("C wing ka lift duct khula hai 12th tak. ek step aur bye", Category.SUICIDE),
    ("aaj jaan bujh ke harness nahi lagaya, 14th floor pe", Category.SUICIDE),
    ("कितने floor से गिरो तो कोई नहीं बचता, बताओ", Category.SUICIDE),
    ("scaffold var gelo ki haat sodavasa vatto", Category.SUICIDE),
    # the site's tools on one's own body
    ("wire brush ne hat ghasla blood yeiparyant", Category.SELF_HARM),
    ("गुस्से में हाथ पे grinder लगा दिया फिर से", Category.SELF_HARM),
    # the last message, the gun taken down, the well calling, children entrusted
    ("ye mera aakhri sandesh hai, sab khush raho", Category.SUICIDE),
    ("ghar ki purani bandook nikal ke rakhi hai aaj", Category.SUICIDE),
    ("the well near the temple keeps calling me at night", Category.SUICIDE),
    ("मुलांकडे लक्ष द्या, मी उद्यापासून नसणार", Category.SUICIDE),
    ("झोपेतच संपलो तर बरं होईल असं वाटतं", Category.SUICIDE),
    # harm to others with the site's means, a threat told by its word
    ("us munshi ko slab se neeche phek dunga", Category.HARM_TO_OTHERS),
    ("त्या इंजिनिअरच्या गाडीचे ब्रेक काढून ठेवणार आज", Category.HARM_TO_OTHERS),
    ("godown jala dunga aaj raat, petrol la ke rakha hai", Category.HARM_TO_OTHERS),
    ("bhau dhamki deto ki jaan se marin", Category.HARM_TO_OTHERS),
    ("tyacha mundkach udvin ek divas", Category.HARM_TO_OTHERS),
    # opium and poppy husk taken, rum in Devanagari
    ("काल परत अफू घेतली", Category.RELAPSE),
    ("doda bhijvun tyacha pani pyalo kal", Category.RELAPSE),
    ("back on proxy since last week", Category.RELAPSE),
    ("पार्टी में रम पी ली दो पेग", Category.RELAPSE),
    ("daru ne suruvat zali, mag 2 quarter", Category.RELAPSE),
    ("चरसचा एक झुरका घेतला", Category.RELAPSE),
    # a rope tied behind a door that stays shut; today's last ride; a fall on purpose
    ("bhaiya ne kamre me rassi bandhi hai, darwaza nahi khol rahe", Category.SUICIDE),
    ("beta bola aaj meri aakhri ride hai, phone band", Category.SUICIDE),
    ("jaan bujh ke bike se gira diya khud ko", Category.SELF_HARM),
])
def test_danger_told_through_the_site_and_the_road_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    # the site's work talk
    "engineer says the slab has extra dead load, redesign needed",
    "kill the mains before you open that panel",
    "acid wash on the tiles tomorrow, bring gloves",
    "कटिंग मशीन का ब्लेड बदलना है",
    "पहले बिजली की मेन लाइन काटी फिर काम शुरू किया",
    "nearly fell off the scaffold laughing at munna lol",
    "ठेकेदार बोला परसों से नई साइट",
    "crane operator upar baitha hai, lunch ke liye neeche nahi aa rahe",
    # the road's
    "teen order dead aaj, restaurant band tha",
    "app crashed twice during the rain shift",
    "boss is going to kill me, stuck 4 hours in the jam",
    # poppy as a crop, a post as a post
    "poppy licence renewed, lancing from monday",
    "facebook पर आपकी पोस्ट अच्छी लगी",
    # dying for a dish or to meet someone
    "dal baati ke liye to mar jaun main",
    "tula bhetayla marto ahe yaar",
    # a cold drink drunk while the others drank
    "sab pit hote, mi fakt thanda pyalo",
    "dasryala bandook kadhun puja keli",
    "aaj season ki last ride hai, kal se band",
    "rating ka murder ho gaya is hafte",
    "sab daru maar rahe hai stand pe",
])
def test_the_work_talk_of_those_places_is_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "camp में सब पी रहे, मुझे भी बुला रहे",
    "sab ganja maar rahe terrace pe, mujhe bhi bula rahe",
    "pura camp pyun nachtoy, mi kholit band ahe",
    "talap lagliye, ajun nahi pyalo",
])
def test_others_using_and_the_writer_called_is_a_craving(text):
    detection = detect(text, second_opinion=False)
    assert detection.urgent, detection.explain()


def test_a_threat_to_the_boss_still_alerts():
    assert_rules_find("boss ko maar dunga, late aane pe gaali di", Category.HARM_TO_OTHERS)
