"""The thirty-ninth session's reading of rounds 116-117 (road crews, canal staff, khadi spinners, golf
caddies, hill-shrine bearers, census enumerators): "not on this earth next month", "mark me dead", "without
me they'll be happier", "don't look for me in the water", the rope tied "to check it holds", the lightning
waited for, "I won't come back up", "only that way is left", the camphor on the palm, the club on one's
own leg, diesel sipped, the weed killer "to drink tonight"; hot tar poured on him, the roller run over the
supervisor, "I'll stab them one by one"; "took some too, I won't lie", desi every evening, "didn't stop
at one"; the mind still on the bottle, "someone talk me home". And quiet: laughing to death, the phone
that keeps hanging, "18 m high", the rope for the gate's pulley, tablets given out at the anganwadi,
spinning at the charkha, the craze for work, the others' bottle and the writer who slept. The sentences
are my own, none from the evaluation sets. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import (
    assert_rules_find,
    assert_rules_read_a_craving,
    assert_rules_stay_quiet,
)


@pytest.mark.parametrize("text", [
    "honestly i dont see myself on this earth by diwali",
    "पुढच्या वर्षी मी या जगातच नसणार, तुम्ही बघा",
    "agle saal is duniya me nahi rahunga, likh ke le lo",
    "register me mere naam ke aage mrit likh dena, sahi hoga",
    "माझ्या नसताना घरचे जास्त सुखात राहतील",
    "mi naslo tar sagle sutatil ekdache",
    "if i'm not there they will all be better off",
    "gratuity ki file meri wife ke naam hai, kam se kam wo to milega",
    "mujhe mat dhundhna, main khud chala gaya",
    "मला शोधू नका, मी माझ्या मर्जीने जातोय",
    "bachchon se kehna papa unse bahut pyar karte the. alvida",
    "sagalyanchi maafi maga mazyakadun, hishob lihun thevla ahe",
    "chitthi drawer me hai, main bhi khatam aaj",
    "पत्र्याला दोरी बांधली, आज रात्री",
    "rope tied to the beam in the shed, just to check if it holds",
    "बिजली कड़क रही है, खेत में खड़ा हूं, आने दो",
    "talav khol ahe, ekda gelo ki var yenar nahi",
    "सुबह किसी को नीचे मिल जाऊंगा, घाट के पास",
    "kadyavar baslo, khali baghitla, hach shevatcha marg",
    "tomorrow after the shift i am walking off the edge of the quarry",
    "jhopet ch gelo tar bara, roj roj marnyapeksha",
    "ropeway ke cabin se kood jaunga kal",
])
def test_no_more_on_this_earth_and_the_way_chosen_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "मैं उसकी बहन हूं, वो कमरे में अंदर से बंद है, जलने की बू आ रही है",
    "majha bhau rope gheun kalvyakade gela, phone uchlat nahi",
    "dada ne sabke paon chhue aur phone band kar diya",
    "we pulled him back from the edge of the tower at night",
])
def test_reported_locked_room_rope_and_the_edge_are_crisis(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "sui se haath pe kharonchta rehta hu raat bhar",
    "nakhane hat orbadla, rakt aale",
    "lohyachi sali garam karun hatala lavli mudam",
    "agarbatti nahi, kapoor jala ke hatheli pe rakh leta hu",
    "gussa aaya to khud ko driver ne ghutne pe maarta hu",
    "stapled my own hand again when the count didnt match",
])
def test_the_needle_the_nails_the_camphor_and_the_club_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "tanker madhla diesel cha ek ghot ghetla, ajun ghenar",
    "pump madhla diesel ghot ghetla mudam",
    "गाडीतलं पूर्ण packet एकदम घेणार, बंद पडलं तर पडू दे",
    "roundup ki bottle shed me rakhi hai, raat ko pi lunga",
    "फवारणीचं औषध बाटलीत भरून आणलंय",
    "papa rat poison leke baithe hain terrace pe, darwaza nahi khol rahe",
])
def test_diesel_the_whole_packet_and_the_weed_killer_are_overdose(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "pagar nahi dila tar contractor chya angavar garam dambar otin",
    "उद्या त्या मुकादमाला भोसकतो",
    "supervisor la dumper khali ghalto",
    "uska sar uda dunga kal mandi me",
    "tyala kadyavarun dhakalun deil, bagh",
    "next time he comes near my stall i will use the knife on him",
])
def test_tar_the_roller_the_stab_and_the_cliff_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "lagnat sagle basle, mi pan ghetli, khota bolnar nahi",
    "थोडीशीच घेतली पण घेतली, खोटं नाही बोलणार",
    "roj sandhyakali desi ghetoy ajkal",
    "went to the dhaba for dinner and didnt stop at one",
    "थोडी थोडी परत चालू झालीय रात्री",
])
def test_took_some_too_desi_and_not_stopping_at_one_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "the boys have whisky out on the terrace and i am this close, help",
    "bhattichi aathvan yetey roj sandhyakali",
    "dost ne daru ki bottle chhodi hai room pe, dimaag wahi pe hai",
    "abhi tak nahi li, par bahut bechain hu",
    "sagle pitat ithe, mala pan vatta",
    "theka khula hai saamne, koi ghar tak pahuncha do mujhe",
])
def test_this_close_the_mind_on_it_and_talk_me_home_are_cravings(text):
    assert_rules_read_a_craving(text)


@pytest.mark.parametrize("text", [
    "we laughed to death at his dance at the wedding",
    "the kid slipped into the puddle, he is fine lol",
    "my laptop keeps hanging, will send the sheet tomorrow",
    "railway ka portal roz marta hai, form nahi bhar paya",
    "the monsoon potholes are murder on the bike",
    "worked at 30 m high on the bridge girder, full harness",
    "winch la navin dor takli, grease lavla",
    "आज अंगणवाडीत मुलांना जंतनाशक गोळ्या दिल्या, 40 मुलांना",
    "शेतात फवारणी करून घेतली, कीड गेली",
    "रोज सकाळी चरखे पे कताई करता हूं, सूत अच्छा निकलता है",
    "is baar padhai ka aisa nasha chadha hai, topper banunga",
    "bhai log ne bottle kholi, main so gaya. 90 din",
    "sagle daru gheun basle hote, mi mulansobat fatake udavle",
])
def test_laughter_hanging_laptops_heights_and_the_others_bottle_stay_quiet(text):
    assert_rules_stay_quiet(text)
