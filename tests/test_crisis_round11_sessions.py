"""Round 11 misses of using again (holdouts 29 and 30, Vidarbha Marathi and Punjabi-coloured
Hinglish), by class, with sentences of our own: the drinking session rather than the drink
(the others sat and the writer sat too, a glass offered and taken, the still or the den gone
to, glasses counted, a streak told as a line that broke, the country drink "going on"), the
dialect's verb forms, a substance brewed into tea, and cough syrup counted in bottles. Read
by the rules alone (second_opinion=False): the classifier must not be what catches them."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules import rules_alone, rules_explained

RELAPSE_SENTENCES = [
    # the others sat down to it, and the writer sat too
    "दुकान बंद झाल्यावर सगळे मित्र बसले, मी पण बसलो",
    "sagle pahune basle hote, mi pan baslo ratri",
    # offered, and taken
    "mamane ऑफर केली, mi pan ghetli",
    "पाहुण्यांनी ग्लास दिला आणि मी घेतला",
    "party me boss ne offer ki to maine le li",
    # gone to the still or the den
    "kal ratri parat bhattivar gelo",
    "आज संध्याकाळी हातभट्टीवर गेलो होतो",
    "कल शाम फिर अड्डे पे चला गया",
    "paisa milte hi seedha adde par gaya",
    # glasses counted as they came
    "kal dhabyavar char glass zale",
    "तीन गिलास हो गए कल रात",
    # a streak told as a line or a chain that broke
    "100 divsanchi line tutli sir",
    "सर, ९० दिवसांची लाईन तुटली काल",
    "teen mahine ki line toot gayi kal",
    "तीन महीने की लाइन टूट गई, माफ करना",
    "the chain broke last night after 40 days",
    # the country drink going on, the quarter bottle by its country name
    "roz raat ko desi chal raha hai",
    "रोज रात देसी चल रही है आजकल",
    "roj sandhyakali deshi chalu aahe",
    "kal do pauwe maar liye",
    "do pauwe khatam kar diye",
    # the dialect's verb forms: "pi chuka", "पीत बसलो", "घेतोय", "संपवल्या"
    "do baar pi chuka hu is mahine",
    "तीन बार पी चुका इस महीने",
    "आठवडाभर रोज थोडी थोडी घेतोय",
    "vadhdivsala ratrabhar pit baslo",
    "लग्नात रात्रभर पीत बसले",
    "doghanni milun 4 batlya daru sampavlya",
    # mahua by its Vidarbha name, beside drinking
    "kal mohfulachi ghetli",
    # could not say no, could not hold back
    "sagle aagrah karat hote, nahi mhanu shaklo nahi ani ghetli",
    "friends ne zor diya, mana nahi kar paya aur pi li",
    "शराब की बोतल घर में पड़ी थी और मैं रुक नहीं पाया",
    "daru samor hoti ani mi thambu shaklo nahi",
    # a substance brewed into tea or sherbet
    "jatret bhangachi thandai pyaylo",
    "holi la bhangachi thandai pyaylo",
    "dodyachi chaha ghetli",
    "पोस्त्याचा चहा प्यायलो",
    "posta chi chaha pyaylo kal",
    # sat down and took it
    "kal shetavar basalo ani ghetli thodi",
    "मित्रांसोबत बसलो आणि घेतली",
    "dosto ke saath baith ke le li",
    # cough syrup counted in bottles
    "खांसी की दवा की दो बोतलें खत्म कर दीं आज",
    "drinking cough medicine again, two bottles a day",
    "खोकल्याचं औषध रोज तीन बाटल्या",
]


@pytest.mark.parametrize("text", RELAPSE_SENTENCES)
def test_using_again_told_by_the_session_is_a_relapse(text):
    found = rules_alone(text)
    assert found.crisis and Category.RELAPSE in found.categories, rules_explained(text)
