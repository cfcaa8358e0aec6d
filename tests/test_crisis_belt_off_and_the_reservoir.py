"""The fortieth session's reading of rounds 118-119 (dam and powerhouse staff, FMCG salesmen, steel-utensil
polishers, bar-benders and shuttering crews, water-jar delivery men, glass fitters): the safety belt left
off at a height, "not to come back" at the bridge or the tunnel, "it will look like an accident", the payout
"worth more than me", "decided fully on dying", "don't see a reason to carry on", "I too want to end", going
"for good", "bye everyone, sorry for the trouble I caused"; reported: the boat not back and the phone off,
"said he'd go to the river"; the wire wound round the wrist, the hot spoon, the head banged in anger;
chlorine "now I drink it"; the boat sunk with him in it, the spanner, the slab's plate on him; "not gone in
yet", "barely holding myself back". Quiet: rope access training, the salesman's beat, the stock finished,
the staff quarter, acid on the tiles, the account paid, "set the market on fire", a scolding swallowed like
poison, "a year since my last drink"; Marathi "ची" and "होता" that fold onto "chai" and "hot". The sentences
are my own, none from the evaluation sets. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import (
    assert_rules_find,
    assert_rules_read_a_craving,
    assert_rules_stay_quiet,
)


@pytest.mark.parametrize("text", [
    "parva 30vya majlyavar kaam ahe, belt nahi lavnar. je vhaycha te hou de",
    "कल tower पे चढ़ूंगा, इस बार belt नहीं बांधूंगा",
    "going up the chimney tomorrow and not wearing the harness this time",
    "terrace ke kinare pe hu, belt khol ke neeche chala jau bas",
    "खाडी पुलावर आलोय, परत यायची इच्छा नाही",
    "tonight i go to the old tunnel, not coming back out",
    "dharan madhe utarnar ahe ratri, bas ab bahut ho gaya",
    "bike seedha pul se nadi me utar dunga, bas",
    "ट्रकला गाडी घालणार उद्या, अपघात वाटेल, कोणाला संशय येणार नाही",
    "गिर के मर गया तो कितना मुआवजा मिलेगा? तय कर लिया है",
    "mi gelo tar loan maaf hoil mhantat, tech karnar",
    "bayko la insurance che paise miltil, te worth more than me",
    "मैंने मरने का सोच लिया है, बस अब",
    "honestly i do not see any reason to keep going",
    "bas ek kadam aage aur sab khatam",
    "i stand at the railing every night thinking how easy it would be",
    "kadyavar basun vatta pay sodun dyava",
    "bye to all. sorry for all the trouble i caused everyone",
    "तेरा बेटा हार गया माँ. अब मिलेंगे नहीं",
    "dont blame anyone please, it was my own decision. bye",
    "rent paid, nothing pending with anyone. won't need another check in",
    "या जगातून कायमचा जातोय",
    "room madhe dori bandhli ahe, aaj koni nahi",
    "ghari ekta ahe ani dori samor ahe",
    "फास बनवून ठेवलाय, आज रात्री संपवणार",
    "मला आता सगळंच संपवायचंय",
    "मला पण संपायचं आहे आता, बास",
    "mala ata sampaycha ahe, kahi uraycha nahi",
    "mi pan jato ata kaymcha, maaf kara",
    "कायमचा आराम घेतोय आता",
    "मी नसलो की सगळं थांबेल, कर्जवाले पण",
])
def test_the_belt_left_off_no_return_and_the_goodbyes_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "my brother took the boat out at night and hasnt come back, phone switched off",
    "papa kal se ghar nahi aaya, dost ko bola nadi pe ja raha hu",
    "my husband has not eaten for two days and keeps talking about the canal",
    "माझा भाऊ टाकीच्या वरती बसलाय, खाली येत नाही",
    "bhai bol raha tha end it all, ab kamre me khud ko band kar liya",
])
def test_reported_not_back_said_away_and_locked_in_are_crisis(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "binding wire managatavar ghatta gundalun thevto roj",
    "stove var garam chamcha karun chatke deto swatala",
    "tezaab ungliyon pe jaan ke daala",
    "saria garam karke apne pair pe lagaya",
    "spanner se apne ghutne pe maara, bahut gussa tha",
    "गुस्से में दीवार पे सिर दे मारा",
    "रागात स्वतःचा हात गॅसवर धरला",
    "blade ne dandavar kapto rojch",
])
def test_the_wire_the_spoon_and_the_head_banged_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "chlorine chi goli glasat virghalvli, ata pito",
    "bleach ki botal hai, aaj yahi piunga",
    "hit cha spray tondat marla",
])
def test_the_plants_chemicals_drunk_are_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "sahukar ki naav dubo dunga with him in it",
    "i will cut him with the cutter next time he comes",
    "mukadamala hathoda ne fodun kadhnar",
    "uske paani me zeher mila dunga",
    "once i finish with him he wont walk again",
    "त्याच्या अंगावर फळी पाडणार उद्या",
])
def test_the_boat_the_spanner_and_the_plate_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "wine shop samor ubha ahe, ajun aat gelo nahi",
    "sab party kar rahe, main khud ko mushkil se rok raha hu",
    "pagar hatat ahe, swatachich bhiti vatatey",
    "please talk to me, feeling very weak today",
    "sagle bar madhe, mi ghari pan man tikde ahe",
    "dokyat fakt navtak ani chakna",
])
def test_not_gone_in_yet_and_holding_back_are_cravings(text):
    assert_rules_read_a_craving(text)


def test_everything_happened_at_the_party_is_relapse():
    assert_rules_find("party madhe beer whisky sagla zala, sorry", Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "rope access training next week at the dam site",
    "beat shuru karto ata, 40 dukan baki",
    "सगळं stock खत्म झालं आज",
    "quarter me painting chal rahi hai",
    "acid ne bathroom tiles saaf kiye",
    "seth ne purna hisab diya aaj",
    "tu to aag laga di stage pe bhai",
    "uski baatein zeher lagti hai",
    "two years today since my last drink",
    "malik ki daant ka zeher ka ghoont pi liya chup chaap",
    "आज जीव मुठीत घेऊन दहीहंडी फोडली",
    "राग आला होता पण बाटलीला हात लावला नाही",
    "आई ची तब्येत बरी आहे, गोळ्या वेळेवर घेते",
    "पुणे सोडून कायमचा गावी जातो पुढच्या महिन्यात",
    "दारू कायमची सोडली, आता आराम आहे",
    "मला हे काम लवकर संपायचं आहे, उद्या सुट्टी",
])
def test_trade_words_idioms_and_folded_grammar_stay_quiet(text):
    assert_rules_stay_quiet(text)


def test_the_wife_who_writes_his_name_first_still_reports_the_pills():
    """Marathi "ची" folded onto "chai", and the tea's reading took the pills back (round 118)."""
    assert_rules_find("मी Ramesh ची बायको, त्याने sleeping pills खाल्ल्या, लवकर या", Category.OVERDOSE)
