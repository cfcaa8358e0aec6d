"""Indirect suicide messages read by their class of meaning rather than by a phrase: at a
place of danger and looking down; heading there and telling nobody; a belonging handed on
"after me" or "if something happens to me"; the insurance with the writer gone; how many
more days to live like this; searching how long a way of dying takes; a last salutation of
one's own; a time limit on one's own being; one's time over; the morning wished away; a
rope already tied; being a trouble to the family refused; a goodbye passed on; beaten and
sorry; accounts settled; letters left "just in case". English, Hindi and Marathi, Latin and
Devanagari. Sentences written for these rules, not taken from the labelled sets; the
everyday sentences that share the words must not alert."""
import pytest

from alumni.domain.crisis import Category, detect

S = Category.SUICIDE


def _suicide(text: str) -> None:
    assert S in detect(text).categories, detect(text).explain()


@pytest.mark.parametrize("text", [
    # at a place of danger, and what is seen from there or the last thing said
    "flyover ke upar khada hu, neeche gaadiyan hi gaadiyan",
    "धरणावर बसलोय. खाली पाणी खोल आहे",
    "im at the bridge near the station. the water is really deep here",
    "gachivar ubha ahe, evdhach sangaycha hota tula",
    "छत पर खड़ा हूँ, बस इतना कहना था",
    "im up on the roof of the mall. just wanted you to know",
    # heading there, telling nobody
    "railway patri ki taraf ja raha hu, kisi ko mat batana",
    "कालव्याकडे चाललो आहे, घरी सांगू नका",
    "heading to the tracks. dont tell my wife",
])
def test_at_or_heading_to_a_place_of_danger_is_suicide(text):
    _suicide(text)


@pytest.mark.parametrize("text", [
    "mere baad meri scooty chhotu ko de dena",
    "माझ्यानंतर माझा मोबाईल बहिणीला द्या",
    "majha nantar ghadi baba na dya",
    "if something happens to me, please give my laptop to my nephew",
    "मुझे कुछ हो गया तो मेरी बाइक भाई को दे देना",
    "mala kahi jhala tar aai chi kalji ghya",
    "मेरे बाद पापा को अकेला मत छोड़ना",
    "me gelyavar aaji la ekta sodu naka",
])
def test_a_belonging_or_a_person_handed_on_after_me_is_suicide(text):
    _suicide(text)


@pytest.mark.parametrize("text", [
    "LIC ka paisa mummy ko milega na, main na raha to bhi",
    "विम्याचे कागद बायकोकडे दिलेत, मी नसलो तरी तिला मिळेल",
    "if im not around will my wife still get the insurance money",
    "policy papers are in the almirah, and i wrote a letter for my son",
    "कोणालाच ओझं नको व्हायला, बीमे का पैसा घरवालों को मिलेगा ना",
    "कर्ज खूप झालंय. आईला त्रास नको म्हणून हे ठरवलं",
])
def test_the_family_provided_for_with_the_writer_gone_is_suicide(text):
    _suicide(text)


@pytest.mark.parametrize("text", [
    "kab tak aise jeeta rahunga yaar",
    "किती दिवस असं जगायचं",
    "kiti kal asa jagnar mi",
    "searched how much time it takes to hang. cant sleep",
    "google pe dhoondh raha tha kitni der lagti hai doob ke",
    "सबको मेरा आखिरी नमस्कार",
    "tumha sarvanna maza shevatcha namaskar",
])
def test_living_measured_methods_weighed_and_a_last_salutation_are_suicide(text):
    _suicide(text)


@pytest.mark.parametrize("text", [
    "kal subah tak main nahi rahunga, mummy ko abhi mat batana",
    "उद्यापर्यंत मी नसणार. कोणाला सांगू नका",
    "my time is up. look after mom for me",
    "mera waqt khatam ho gaya. sabka shukriya",
    "माझी वेळ संपली. सगळ्यांचे आभार",
    "i wont do anything dont worry. i just wish tomorrow never comes",
    "कुछ नहीं करूंगा, चिंता मत करो. बस सुबह ही न हो",
])
def test_a_time_limit_or_ones_time_over_is_suicide(text):
    _suicide(text)


@pytest.mark.parametrize("text", [
    "पंख्याला दोरी बांधली आहे. आज रात्री",
    "tied a rope in the garage. tonight",
    "dor bandhun thevla ahe, fakt dhir hot nahi",
    "nobody should suffer because of me anymore. loan is too much",
    "gharchyanna tras nako mhanun mi nighto. karja zala",
    "please tell my sponsor i said bye. he tried a lot",
    "maaf karna papa, maine bahut koshish ki. main haar gaya",
    "tumhi khup prayatna kele sir. mi harlo",
    "sabka udhaar chuka diya, koi hisaab baaki nahi. phone bhi bhai ko de diya",
    "wrote letters for my parents, they are in my drawer. just in case",
    "dont call me again. i wont pick up ever",
    "ata jinyat kahi artha nahi",
    "khup thaklo ya jagnyala",
    "upar wala bula raha hai, ab jaana hai",
])
def test_a_rope_a_burden_a_goodbye_passed_on_and_affairs_settled_are_suicide(text):
    _suicide(text)


@pytest.mark.parametrize("text", [
    "pul pe khada hu, traffic bahut hai, late ho jaunga",
    "terrace pe khada hu kapde sukhane, tanki ka paani overflow ho raha",
    "नदीच्या पुलावर उभा आहे, पूर आलाय, पाणी खूप आहे",
    "if something happens to me on the trip, my brother has the spare keys",
    "LIC policy renew kar di beti ke naam pe, premium bhar diya",
    "googled how long it takes to boil eggs",
    "dadi ko aakhri pranam karke aaye, bahut bheed thi",
    "one last hug before i board the flight, bye mom",
    "mi udya paryant nasnar, gavi chalalo",
    "my time is up for today, see you in class tomorrow",
    "karza utar diya finally, ab koi tension nahi",
    "gaay ko rassi bandh di, aaj raat baarish hogi",
    "गायीला दोर बांधला, आज रात्री पाऊस येणार",
    "kitne din aise chalega, baarish band hi nahi ho rahi",
    "aapne bahut madad ki sir, 6 mahine ho gaye sober",
    "i gave up sugar this month, feeling great",
    "on the terrace with friends, the view of the river is lovely",
    "we walked on the bridge yesterday, the river water was so high",
    "the pipe on the terrace is leaking, water everywhere",
    "if anything happens to me at work, the insurance covers it",
    "gharchyanna tras nako mhanun mi lavkar nighto",
    "i have written letters to all my clients, just in case the office shifts",
    "bakri ko rassi se bandh diya, aaj raat bahar nahi chhodna",
])
def test_the_same_words_in_everyday_sentences_do_not_alert(text):
    assert not detect(text).crisis, detect(text).explain()


# --- self-harm: anger turned on one's own body; a blow that split or swelled the hand ---

@pytest.mark.parametrize("text", [
    "so angry i punched the glass door, knuckles bleeding",
    "गुस्से में हाथ शीशे पर मारा, खून निकल रहा है",
    "ragat bhintivar buksa marla, haat sujla ahe",
    "gusse mein garam tawe pe haath rakh diya maine",
    "रागात इस्त्री हातावर ठेवली",
    "smashed my hand on the mirror, its swollen and wont stop bleeding",
])
def test_anger_on_ones_own_body_is_self_harm(text):
    assert Category.SELF_HARM in detect(text).categories, detect(text).explain()


@pytest.mark.parametrize("text", [
    "gusse me tawe pe roti rakh di aur jal gayi",
    "so angry at the referee, my hands were shaking",
    "fell off the bike, hand is swollen and bleeding",
    "cooking ke time garam tawe se haath jal gaya",
    "gusse me cigarette pi li, haath kaanp rahe the",
])
def test_anger_and_heat_in_everyday_sentences_are_not_self_harm(text):
    # (a bike "fell off" or a cigarette smoked may be read as using again: another area's call)
    assert Category.SELF_HARM not in detect(text).categories, detect(text).explain()


# --- told by the family: a note left by someone not come home; things given away; a rope
# found; cut marks on a sister's wrists ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "bhai subah se ghar nahi aaya, table pe chitthi chhod gaya",
    "आई कालपासून घरी नाही आली, चिठ्ठी ठेवली आहे",
    "my husband didnt come home, he left a note behind",
    "my daughter is giving away her books and asked me to keep her atm pin. we are worried",
    "found a rope in my brothers cupboard, very scared",
])
def test_a_note_left_by_someone_gone_or_things_given_away_is_suicide(text):
    _suicide(text)


@pytest.mark.parametrize("text", [
    "beti ki kalaiyon par kate ke nishaan dekhe, roz kuch kaat rahi hai",
    "माझ्या भावाच्या मनगटावर कापल्याच्या खुणा आहेत, रोज",
])
def test_cut_marks_seen_on_someone_are_self_harm(text):
    assert Category.SELF_HARM in detect(text).categories, detect(text).explain()


@pytest.mark.parametrize("text", [
    "papa abhi ghar nahi aaye, office me meeting hai",
    "bhai ghari nahi aala ajun, phone band ahe, battery sampli asel",
    "left a note on the fridge for the milkman",
    "giving away my old clothes to the ngo this sunday",
    "very scared of the exam tomorrow",
    "sabzi kaat rahi hai mummy, haath pe bandage",
])
def test_family_reports_of_everyday_absence_do_not_alert(text):
    assert not detect(text).crisis, detect(text).explain()
