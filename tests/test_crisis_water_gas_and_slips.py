"""Rounds 48 and 49 read (holdouts 162, 163, 165, 167, 168 and 169, opened): danger told by
shepherds, cashew workers, dam fishermen, rickshaw pullers, gas-cylinder men and fisherwomen
reaches a person: the gas or the ammonia opened with the door latched; a hand held on a flame or a
hot pipe; the head struck till it bled; a hammer, a spanner or a hook dealt to one's own body;
wounds made new and hidden; the water gone to and not come back from, slippers found at the jetty;
one's things passed on with a goodbye; the crossing and the step forward, what ends when the train
comes; what living is for, asked; a push off the jetty or the bridge, poison for a man's food, hot oil for his face; and
relapse told without a drink and a verb of the past (drinking that would not stop, the first one
after months, straight to the bar on payday, a slip owned with an apology). Their look-alikes stay
quiet: gas left on by mistake, a trip to the river that ends at home, a crossing's wait, a charger
handed over with a sorry, the bar visited for a coke, the catla fish, prices on fire, a vegetable
that tastes like poison, a skipping rope, rats' poison in the godown. The rules alone are tested
(second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("gas ka knob khol ke kamre ki kundi laga di hai, ab so jaunga", Category.SUICIDE),
    ("रेग्युलेटर काढून ठेवला, खिडक्या बंद केल्या, आज झोपणार", Category.SUICIDE),
    ("ice plant ki ammonia line khol ke andar se band kar lunga", Category.SUICIDE),
    ("my cousin locked himself in the cold room at the plant and wont answer", Category.SUICIDE),
    ("गुस्से में अपना हाथ चूल्हे की लौ पर रख दिया", Category.SELF_HARM),
    ("boiler ke garam pipe pe haath daba ke rakha jab tak jala", Category.SELF_HARM),
    ("held my palm on the hot pan on purpose till it blistered", Category.SELF_HARM),
    ("jab bhi seth chillata hai apna sar deewar pe maarta hu, aaj khoon nikal aaya", Category.SELF_HARM),
    ("swatachya gudghyavar hatodyane marla muddam", Category.SELF_HARM),
    ("keep pushing fish hooks into my own leg when the anger comes", Category.SELF_HARM),
    ("हातावरच्या जखमा रोज रात्री नवीन करतो, कुणाला कळू नये म्हणून full sleeves घालतो", Category.SELF_HARM),
    ("krishna nadivar aalo aahe, aata parat yenar nahi", Category.SUICIDE),
    ("वो गंगा घाट की तरफ गए हैं और बोले अब नहीं लौटूंगा", Category.SUICIDE),
    ("te dharanachya dishene gele ahet ani phone band ahe", Category.SUICIDE),
    ("नदी किनारे उसकी चप्पल मिली है, वो कल से घर नहीं आया", Category.SUICIDE),
    ("meri cycle chhotu ko de dena, maaf karna sabko", Category.SUICIDE),
    ("this is the end. give my tools to my nephew", Category.SUICIDE),
    ("railway crossing pe roz jaata hu, ek din side nahi hatunga", Category.SUICIDE),
    ("फाटकावर उभा आहे, पुढची गाडी आली की संपलं", Category.SUICIDE),
    ("pulavarun ekda udi marli ki sagla sampla", Category.SUICIDE),
    ("ek baar terrace se kood gaya to sab problem khatam", Category.SUICIDE),
    ("us supervisor ko pul se neeche fek dunga", Category.HARM_TO_OTHERS),
    ("नाखव्याला धक्क्यावरून ढकलून देणार आज", Category.HARM_TO_OTHERS),
    ("i'll pour hot oil on his face if he touches her again", Category.HARM_TO_OTHERS),
    ("मेहुण्याच्या जेवणात विष घालीन", Category.HARM_TO_OTHERS),
    ("i'll lock him in the cold room tonight", Category.HARM_TO_OTHERS),
    ("kya fayda jee ke jab sab chala gaya", Category.SUICIDE),
    ("काय अर्थ आहे जगण्यात आता", Category.SUICIDE),
    ("zinda reh ke kya ukhaad lunga ab", Category.SUICIDE),
    ("teen din se bina ruke pi raha hu", Category.RELAPSE),
    ("urrak chakh li, phir ruka hi nahi", Category.RELAPSE),
    ("सहा महिन्यांनी पहिल्यांदा घेतली", Category.RELAPSE),
    ("mitransobat basun mi pan ghetli", Category.RELAPSE),
    ("पगार झाला आणि सीधा गुत्त्यावर गेलो", Category.RELAPSE),
    ("sorry sir, parat dhasarlo", Category.RELAPSE),
    ("back on it, two weeks now. ashamed", Category.RELAPSE),
    ("kal santra ghetla", Category.RELAPSE),
])
def test_danger_told_by_water_gas_and_slips_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "gas khula chhod ke bhool gaya tha, bhabhi ne band kiya",
    "cold room ka ammonia line check kiya, sab theek",
    "roti sekte waqt gas ki lau se haath jal gaya thoda",
    "ganga nahane gaye the, kal wapas aayenge",
    "phatak pe train ka wait kiya 20 minute, late ho gaya",
    "sorry yaar, mera charger rahul ko de dena",
    "bye, meri chaabi padosi ko de dena, gaon ja raha hu",
    "mitrinicha birthday hota bar madhe, mi gele pan fakt coke ghetla",
    "दारूच्या दुकानासमोरून गेलो, थांबलो नाही",
    "sagle pitat, mi pan basle pan limbu sarbat ghetla",
    "cant stop thinking about a drink, day 40 today",
    "संत्रा ज्यूस घेतला",
    "मंडी में आज कतला 180 रुपये किलो बिकी",
    "प्याज के rates को आग लगी है",
    "the fish rates this season are murder",
    "करेला मुझे ज़हर जैसा लगता है पर बीवी ने बनाया तो खा लिया",
    "mulisathi udya marychi dori anli",
    "godown me choohe maarne ki dawa rakhi hai",
    "daru la haat nahi lavla ya weekend la pan",
    "MD वाल्याचा call आला होता, number block केला",
    "uska khoon pakka khaulega ye sunke",
    "kay artha ahe ya meeting la yeun",
    "kya fayda jee, bank aaj band hai",
    "hathode se ungli pe lag gayi galti se",
])
def test_their_look_alikes_stay_quiet(text):
    assert_rules_stay_quiet(text)
