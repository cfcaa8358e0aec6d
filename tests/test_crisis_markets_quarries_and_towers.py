"""Round 28: danger told through the market, the quarry and sand pits, and the housing society's
towers reaches a person; the work talk of those places does not. The rules alone are tested
(second_opinion=False): the classifier cannot hide a regression."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    # the quarry and the sand pits
    ("surungachya kadya ghari aanun thevlya ahet", Category.SUICIDE),
    ("gelatin ki do stick kamre me chupa ke rakhi hai", Category.SUICIDE),
    ("नदीच्या पात्रात जिथे वाळू उपसली तिथे खूप खोल आहे, आज तिथेच जाणार", Category.SUICIDE),
    ("crusher belt dekh ke lagta hai ek kadam aur sutka", Category.SUICIDE),
    ("गळ्याला दगड बांधून विहिरीत उतरणार", Category.SUICIDE),
    ("lagta nahi kal subah dekh paunga", Category.SUICIDE),
    ("gaon chhod raha hu, wapas aane ka koi irada nahi", Category.SUICIDE),
    ("mala ata sampvaychay, khara sangto", Category.SUICIDE),
    # the market and the local
    ("bhau market chya varchya majlyavar ahe, khali yayla tayar nahi", Category.SUICIDE),
    ("kal subah pehli local ke aage chala jaunga", Category.SUICIDE),
    ("majha tarazu Raju la dya, mala ata lagnar nahi", Category.SUICIDE),
    ("insurance ke paise se karz utrega, mera jaana hi sahi hai", Category.SUICIDE),
    ("biwi ko samjha dena uski koi galti nahi thi", Category.SUICIDE),
    # the towers
    ("watchman kaka water tank var basle ahet, khali yayla tayar nahit", Category.SUICIDE),
    ("flyover वरून गाडी खाली घालतो आज", Category.SUICIDE),
    ("maa se bolna maaf kar de, ab mera phone mat lagana", Category.SUICIDE),
    ("beta kamre ka darwaza band karke baitha hai, andar rassi hai", Category.SUICIDE),
    ("किसी पे बोझ नहीं बनना, सोच लिया है क्या करना है", Category.SUICIDE),
    ("punha haat kapayla suru kela ahe", Category.SELF_HARM),
    ("स्वतःला जाळलं बिडीने काल", Category.SELF_HARM),
    # against others
    ("tya savkaracha gala chiren", Category.HARM_TO_OTHERS),
    ("त्या मालकाच्या गाडीला आग लावतो आज", Category.HARM_TO_OTHERS),
    # relapse and an overdose at the market
    ("कल रात फिर ठेके पर था", Category.RELAPSE),
    ("seth ne glass pakda diya, mana nahi kar paya", Category.RELAPSE),
    ("खाँसी वाली सिरप फिर से शुरू", Category.RELAPSE),
    ("bought rat poison, said its for the shop. its for me", Category.OVERDOSE),
    ("मुलांकडे लक्ष द्या, मी आता नसेन", Category.SUICIDE),
    ("daru chi addiction parat ali ahe", Category.RELAPSE),
    ("2 mahinyanantar slip zalo kal", Category.RELAPSE),
    ("everyone was drinking at the party so i also did", Category.RELAPSE),
])
def test_danger_told_through_the_market_the_quarry_and_the_towers_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "tomato rates are killing us this week",
    "BMC ne gaadi uchalli, dand bharun sodavli",
    "godown साठी rat poison घेतलं",
    "bacchon ki yaad me mar raha hu, jaldi gaon jaunga",
    "tula bhetayla marto ahe, kadhi yenar",
    "sab theek hai, truck hits me with dust every day at the crusher lol",
    "hi maam, the craving hits me like a wave when the guys go to the bar",
    "the river swallowed the small boat, nobody hurt",
])
def test_the_work_talk_of_those_places_is_quiet(text):
    assert_rules_stay_quiet(text)
