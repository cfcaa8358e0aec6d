"""The forty-first session's reading of rounds 122-123 (agro-input shops and spray-pump men, polyhouse
growers, temple stalls, soda and ice units, hospital laundry and sterilisation staff, wedding
photographers): the spray bottle in hand "only the drinking left", the goods train's hour "so someone
knows", the gas valve behind a closed door, the autoclave's chamber, "better I go than the kids carry the
loan", "my time is up, look after them", "may God call me to him", "I'll free everyone of me"; reported:
gone with the spray bottle and not answering, bolted in with the bottles, blood on the wrists; the
secateurs, the incense stick, the cord round the wrist; the sickle "won't spare him", boiling water on him;
the money in "and all of it to the bar". Quiet: the same things used at work and idioms. The sentences are my
own, none from the evaluation sets. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "monocil ki bottle haath me hai, bas peeni baaki hai",
    "फवारणीचं औषध ग्लासात घेतलंय, आज पिणार",
    "the profex can is next to me in the shed. going to drink it once everyone sleeps",
    "sulphas ka packet khol liya hai godown me",
    "गोळ्या मोजून ठेवल्या आहेत, फक्त पाणी घ्यायचं बाकी",
    "swallowed the phenyl from the store room",
])
def test_the_spray_bottle_in_hand_is_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "railway line ke paas baitha hu, 2 baje wali malgadi aati hai",
    "रेल्वे रुळाजवळ फिरतोय, रात्री मालगाडी येते. बस सांगतोय तुम्हाला",
    "sitting on the tracks near the yard right now",
    "11 ची गाडी येते, तिच्या समोर उभा राहणार आहे",
    "gas cylinder room me rakha, darwaza band karke valve khol ke baitha tha",
    "taped the window gaps of the store room and carried the co2 cylinder in",
    "autoclave ka chamber bada hai, andar baith ke cycle chala du aisa lagta hai",
    "better i go than my wife pays this loan for years",
    "मी नसलो की घरचे सगळे शांत होतील",
    "sab better off rahenge agar main kabhi wapas na aau, never come back",
    "mera time pura ho gaya sir, bacchon ka khayal rakhna",
    "last baar msg kar raha hu, maa ka dhyan rakhna",
    "aaj ghari nahi yenar, aai la sambhala",
    "hisab barabar kar liya, ab aur nahi rahunga",
    "my pf money is for my mother. i wont come for any shift, or ever",
    "माझी सायकल भावाला द्या, परत भेटणार नाही",
    "bye sagle, mazi athvan theva",
    "bhagwan ab utha le mujhe",
    "ह्या जगातून कसं निघायचं हाच विचार",
    "उद्या सगळ्यांना माझ्यापासून मुक्त करतो",
    "sorry aai, chavi kapatat ahe. bye",
    "पुलावर उभा आहे, sorry",
    "नदीवर गेला आहे, जाताना बोलला आई माफ कर",
    "ata mi pan jato, karj khup zala",
    "kal ghat pe jaunga, wapas bhi nahi aaunga",
])
def test_the_train_the_valve_and_the_chamber_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "papa fawarni cha dawa gheun gele shetat, phone uchalat nahit",
    "वो गोदाम में गया और अंदर से कुंडी लगा ली, अंदर कीटनाशक की बोतलें हैं",
    "he went into the shed with a rope and won't open the door",
    "bhau ghari ala nahi, kal mhanala saglyancha nirop ghetoy",
    "usne last time bola aur phone switch off, wo terrace pe tha",
])
def test_reported_signs_are_crisis(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "kainchi se apni jangh pe maarti hu raat ko",
    "using scissors on my arms again",
    "agarbatti se haath jalata hu",
    "कापूर पेटवून हातावर ठेवला, काढला नाही",
    "dori se wrist kas ke baandh deta hu jab tak neeli na ho",
    "deewar pe mukka maara, ungli toot gayi",
    "there was a blade in the laundry. used it on my arm later",
    "found him in the bathroom with blood on his wrists",
])
def test_the_secateurs_and_the_incense_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "कुऱ्हाड घेतली आहे, आज त्याला सोडणार नाही",
    "koyta bag me hai, uske ghar ja raha hu",
    "tyala shetat gadnar, kunich vachvu shaknar nahi",
    "उसके ऊपर खौलता पानी डाल दूंगा",
    "us manager ko freezer me band kar dunga",
    "petrol ki bottle le li, uski dukaan raat 10 baje band hoti hai",
])
def test_the_sickle_and_the_boiling_water_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "paise aale ani sagle bar madhe gele",
    "पेमेंट आया तो उसी रात बार में गए, फिर",
    "feni aur beer dono andar gayi kal",
    "4 din se roz le raha hu, chhupa ke",
])
def test_the_money_in_and_the_bar_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "fawarni sathi dawa anla dukanatun",
    "profex ki 10 bottle aayi aaj dukan me",
    "railway line ke paas naya godown liya",
    "gas cylinder ka valve band karke ghar gaya",
    "autoclave ka cycle chala diya, 134 degree",
    "kal ghat pe aarti hai, sab aana",
    "bhagwan ki kripa se 6 mahine ho gaye clean",
    "पुलावर उभा आहे, traffic jam आहे",
    "khet me spray kiya, sab theek",
    "canteen ki chai to zeher hai",
])
def test_the_same_things_at_work_stay_quiet(text):
    assert_rules_stay_quiet(text)
