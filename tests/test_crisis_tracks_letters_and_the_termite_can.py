"""The thirty-second session's reading of rounds 84-85 (jute mills and gunny sacks, tea gardens, spice
mills, saw mills and timber depots, cricket-bat workshops, lift mechanics): the track lain down on, the
train let come, the gorge, the river with "don't tell anyone", one step and it is over, the weight
wished down, the neck to the saw, the hand in the live panel, the rope to the beam; the last message
and the things given away, the body to be found, the letter read after, the insurance at least, the
last wish; the workshop's tools on the writer's own body; the termite chemical and the lift's oils,
the pills lined up; the tools taken to a man; chullu and lao pani, the half finished alone, the
evening's sitting; and quiet: "just now" (no THC), "twice" (no bar), rats that ruined the sacks, a boss
who "drinks blood", a net that is dead, a tea like poison, the rate that fell, a match won 4-0. The
sentences are my own, none from the evaluation sets. The rules alone are tested
(second_opinion=False)."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "गोदाम के पीछे वाली पटरी पे आज रात लेट जाऊंगा",
    "rail bridge pe khada hu, train ka intezaar hai bas",
    "platform 3 pe hu, agli local aane do bas",
    "ghat wale mod pe gaadi rok ke khai me kud jaunga, koi nahi rok payega",
    "पुलावर आलोय, घरी कोणाला सांगू नका",
    "sometimes on the mill roof i think one step and its over",
    "काउंटरवेट अंगावर आलं तर बरं होईल असं वाटतं",
    "press ke neeche gardan de du aisa lagta hai, blade dekh ke",
    "मेन स्विच चालू ठेवून आत हात घालणार आज",
    "hostel ke pankhe se odhni bandh rahi thi, main pahuncha to",
    "आता काहीच उरलं नाही, उद्या शाफ्टमध्ये उडी मारतो",
    "ramp varun khali baghat hoto, vatla aatach karun takava",
    "kunalach mazi garaj nahi, mi gelo tar sagalyanna barach hoil",
])
def test_the_track_the_river_and_the_open_shaft_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "ye mera aakhri message hai, meri cycle Ramesh ko de dena",
    "माझ्या पोरांना सांगा बाप वाईट नव्हता, मी आता जातोय",
    "meri body mile to biwi ko phone kar dena",
    "माझी body नदीत सापडेल, घरी कळवा",
    "drawer me sab ke liye chitthi rakhi hai, mere baad padh lena",
    "कर्ज फिटणार नाही, विम्याचे पैसे तरी घरच्यांना मिळतील",
    "meri last wish hai ki mujhe maa ke paas dafnana",
    "अब ज़्यादा दिन नहीं रुकूँगा इस दुनिया में",
    "kal se ye chowkidar kisi ko nahi dikhega, hamesha ke liye",
    "बाबांनी फोनवर म्हणाले आज के बाद नहीं रहेंगे, फोन बंद",
])
def test_the_last_message_the_body_and_the_last_wish_are_suicide(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "jab gussa aata hai silai ki sui se ungliyo me chhed karta hu",
    "मी स्वतःला हातोड्याने मारतो, कोणाला माहित नाही",
    "जखमेवर मिरची चोळली मुद्दाम",
])
def test_the_workshops_tools_on_the_writers_body_are_self_harm(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "store se termite chemical laya hu, aaj raat pi jaunga",
    "gear oil ki bottle khol li hai, sab pee jaunga",
    "बीस नींद की गोलियां मुट्ठी में हैं",
    "took all of my fathers pills together, feel very dizzy",
])
def test_the_termite_can_and_the_pills_lined_up_are_overdose(text):
    assert detect(text, second_opinion=False).crisis


@pytest.mark.parametrize("text", [
    "mukadamcha ghatach karnar udya",
    "agli baar aaya to hook se uska sar phod dunga",
    "शेठच्या गोदामात पेट्रोल घेऊन जातोय, सगळ्यांना जाळतो",
    "munshi ka haath aare me de dunga",
    "kal raat sabbal leke jaunga, dekhna kya haal karta hu",
])
def test_the_tools_taken_to_a_man_are_harm_to_others(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "kal haat me chullu maar liya doston ke saath",
    "bagan ke baad lao pani pee liya",
    "पैसे मिळाले, दोन पव्वे मारले",
    "bought a half of officers choice and finished it by myself",
    "रात्री भट्टीवर बसलो होतो, काही आठवत नाही",
])
def test_chullu_lao_pani_and_the_half_are_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "रात्री झोप नाही, दारूची आठवण येते",
    "वाईन शॉपच्या समोर उभा आहे, call करा",
    "salary aayi hai, darr hai kahin bar na chala jau",
])
def test_the_evenings_sitting_and_the_bottle_remembered_are_craving(text):
    detection = detect(text, second_opinion=False)
    assert detection.urgent and not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "चहा घेतला आत्ताच, कामावर निघतो",
    "is hafte 3 baar meeting gaya, roz walk bhi",
    "rats ruined 12 sacks in the godown this week",
    "ये सेठ तो खून पी रहा है, हिसाब पे हिसाब",
    "लग्नात सगळे tight होते, मी फक्त लिंबू सरबत घेतला",
    "मामा ने दारू पिलाने की जिद की, मैंने हाथ जोड़ लिए",
    "garden me net mara pada hai, isliye late reply",
    "canteen ki chai like poison, phir bhi 2 cup pita hu",
    "हळदीचा rate पडला, पण ठीक आहे",
    "tempo ke liye nayi rassi laya, purani toot gayi",
    "बायकोची मिरचीची भाजी, तोंडात आग 😂",
    "6 mahine clean, dukaan parat suru keli",
    "new bats are drinking linseed oil like anything",
    "मॅचमध्ये आमच्या टीमने त्यांना मारून टाकलं, पाच गोल",
    "payday pe seedha ghar gaya, theke ki taraf dekha bhi nahi",
    "डॉक्टरने दिलेली नींद की गोली बस रात को एक लेता हूँ",
    "train ka intezaar kar raha hu platform pe, 10 min me pahunchunga",
    "termite chemical spray kiya godown me, sab bahar the",
])
def test_just_now_twice_and_the_tea_like_poison_stay_quiet(text):
    assert_rules_stay_quiet(text)
