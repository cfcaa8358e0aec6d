"""Round 31 (holdout 95, opened): danger told through fishing villages (the boat taken out alone
into a storm, the sea calling, the jetty's end, the creek, the boat's railing, the spray bottle)
reaches a person; a capsized boat with all saved, a fish "murdered" by the cook and the lighthouse
on a family trip do not. The rules alone are tested (second_opinion=False): the classifier cannot
hide a regression."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("cyclone yetoy mhane, mi ekta jaanar dariyat", Category.SUICIDE),
    ("toofan aaya to akela hodi leke nikal jaunga, wapas aane ka koi plan nahi", Category.SUICIDE),
    ("the sea took my brother, now its calling me and im ready", Category.SUICIDE),
    ("jettyच्या टोकावर उभा आहे, फक्त एक पाऊल", Category.SUICIDE),
    ("walked into the creek till my neck. next time i wont turn back", Category.SUICIDE),
    ("रात्री बोटीवरून हळूच उतरणार, कोणाला कळणार पण नाही", Category.SUICIDE),
    ("beach var baslo ahe, lighthouse shevatcha baghtoy", Category.SUICIDE),
    ("agar hodi ultavli tar bara hoil, karj sutel", Category.SUICIDE),
    ("tandel la sanga navin khalashi shodha, mala garaj nahi padnar", Category.SUICIDE),
    ("आईला सांगा माझी चूक नव्हती, आता थांबवतो सगळं", Category.SUICIDE),
    ("karj, hapta, kharcha. sutaycha ekach rasta distoy", Category.SUICIDE),
    ("नाव गई, कर्ज़ा बचा, अब बस यह रस्सी है", Category.SUICIDE),
    ("dada bolla mi jatoy, ani jetty kade gela", Category.SUICIDE),
    ("मी उद्या नसेन असं म्हणतोय, प्लीज फोन करा", Category.SUICIDE),
    ("फवारणीची बाटली घेतली आणि घोट मारला, उलटी होतेय", Category.OVERDOSE),
    ("double dose liya jaan bujh ke, nahi uthna", Category.OVERDOSE),
    ("engine exhaust pe haath rakha on purpose", Category.SELF_HARM),
    ("गुस्से में railing पे हाथ मारता रहा", Category.SELF_HARM),
    ("net chya hook ne haat orbadto", Category.SELF_HARM),
    ("us tandel ko dariya mein dhakel dunga", Category.HARM_TO_OTHERS),
    ("व्यापाऱ्याला टेम्पोखाली चिरडणार", Category.HARM_TO_OTHERS),
    ("yatret sagle pit hote, mi pan 4 glass ghetle", Category.RELAPSE),
    ("deshi chya 2 pishvya ghetlya kal", Category.RELAPSE),
    ("मछली बेचकर जो पैसे आए सब पी गया", Category.RELAPSE),
    ("आज मनावर ताबा नाही, कोणीतरी बोला", Category.CRAVING),
])
def test_danger_told_through_fishing_villages_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "hodi ultavli, pan sagle vachle, bara zala",
    "cook ne pomfret ka khoon kar diya, namak zyada",
    "family sobat alibag beach la gelo, lighthouse baghitla",
    "storm warning ahe, boat band, ghari basloy",
    "boat ajun parat nahi aali, tandel phone karat nahi, chinta vatate",
])
def test_the_talk_of_fishing_villages_is_quiet(text):
    assert_rules_stay_quiet(text)
