"""Round 10 misses, by class, with sentences of our own: the last step at a station or a
ghat, the means kept with only the day open, wanting it to stop for good a sentence apart,
an overdose told by the breathing after too much, and a threat told by the limbs it will
break or the person it will remove like a thorn. Read by the rules alone
(second_opinion=False): the classifier must not be what catches them."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules import rules_alone, rules_explained

# the last step the kept means and the end for good are suicide
SUICIDE_SENTENCES = [
    # a station or a ghat, and one step forward or going in, wanted or thought of
    "waiting at the station since 9. every time the express comes i want to take one step forward",
    "junction pe baitha hu, har train pe man karta hai ek kadam aage rakh du",
    "स्टेशन पर खड़ा हूं, जब भी मालगाड़ी आती है मन करता है एक कदम आगे बढ़ा दूं",
    "ghat pe akela baitha hu, pani kaafi gehra hai. soch raha hu utar jaun",
    "घाट पर अकेला बैठा हूं, आज पानी बहुत गहरा है। सोच रहा हूं उतर जाऊं",
    "stationvar ubha ahe, gadi aali ki ek paul pudhe takava vatta",
    "नदीकाठी एकटा बसलोय, पाणी खोल आहे. वाटतं आत उतरावं",
    # the means got and kept, only the day not chosen
    "got a rope from the market yesterday, kept it in the cupboard. not sure when",
    "rassi la ke rakhi hai bag me. kab, pata nahi",
    "ज़हर की शीशी अलमारी में रख दी है। कब, पता नहीं",
    "vishachi batli kapatat thevli ahe. kadhi te mahit nahi",
    "विषाची बाटली कपाटात ठेवली आहे. कधी ते माहीत नाही",
    # wanting it all to stop, and "for good" a sentence apart
    "i just want everything to stop. for good",
    "he sagla thambava evdhach vatta. kayamcha",
    "हे सगळं थांबावं एवढंच वाटतं. कायमचं",
]


# too much taken and breathing hard is an overdose
OVERDOSE_SENTENCES = [
    "had way too much of the stuff tonight, trouble breathing now",
    "aaj bahut zyada le liya, saans lene me dikkat ho rahi hai",
    "आज बहुत ज़्यादा ले लिया, सांस लेने में तकलीफ हो रही है",
    "aaj khup jast ghetla, shwas ghetana tras hotoy",
    "आज खूप जास्त घेतलं, श्वास घ्यायला त्रास होतोय",
]


# a threat told by its outcome is harm to others
THREAT_SENTENCES = [
    "tya mukadamacha kata kadhto udya",
    "त्या कंत्राटदाराचा उद्या काटा काढतो",
    "us thekedar ka kaanta nikal dunga",
    "उस ठेकेदार का कांटा निकाल दूंगा आज",
    "tyache haat pay modto aaj",
    "त्या मालकाचे हातपाय मोडतो उद्या",
]


@pytest.mark.parametrize("text", [
    "one step forward in life, got the job at the station canteen",
    "recovery madhe ek paul pudhe, stationvar chaha pyayla gelo",
    "ghat pe baitha hu, bachhe pani me utar ke naha rahe hain",
    "पायातला काटा काढतो थांब, मग येतो",
    "doctor ne pair ka kaanta nikala, ab theek hai",
    "ate way too much biryani, trouble breathing lol",
    "climbed four floors, short of breath but fine",
    "i want the rain to stop so i can go to the meeting",
    "tied the goat with a rope near the well, not sure when the vet comes",
])
def test_the_same_words_in_everyday_talk_stay_quiet(text):
    assert not rules_alone(text).crisis, rules_explained(text)


# the substance winning or the streak broken is a relapse
RELAPSE_SENTENCES = [
    # the substance as the winner
    "the bottle won this week, sorry",
    "daaru jeet gayi is hafte",
    "इस हफ्ते दारू जीत गई",
    "ya aathvdyat daru jinkli",
    "या आठवड्यात दारू जिंकली",
    # the sober count broken
    "my clean streak ended at 40 days. beer",
    "mera 40 din ka sober streak toot gaya, daru",
    "40 दिन का streak टूट गया, दारू",
    "sober streak tutla 50 divsanni",
    "५० दिवसांचा streak तुटला, दारू",
]


# new marks on the arm are self harm
SELF_HARM_SENTENCES = [
    "old habit is back. fresh marks on my forearm, 4 new since sunday",
    "juni savay parat. hatavar navya khuna, ya aathvdyat 3",
    "जुनी सवय परत आली. मनगटावर नव्या खुणा, या आठवड्यात तीन",
    "मनगटावर परत व्रण आलेत, दोन नवे",
]


@pytest.mark.parametrize("text", [
    "won a bottle of whisky in the lucky draw, gave it to my neighbour",
    "our team won, beer for everyone but i had lime soda",
    "my gym streak ended at 40 days, knee injury",
    "my sober streak is 90 days and it never ended",
    "got good marks in the exam, 3 new certificates, hand injury healed",
    "मेहंदीच्या खुणा हातावर अजून आहेत, नव्या",
])
def test_prizes_other_streaks_and_other_marks_stay_quiet(text):
    assert not rules_alone(text).crisis, rules_explained(text)


@pytest.mark.parametrize(("text", "category"), [
    *((text, Category.SUICIDE) for text in SUICIDE_SENTENCES),
    *((text, Category.OVERDOSE) for text in OVERDOSE_SENTENCES),
    *((text, Category.HARM_TO_OTHERS) for text in THREAT_SENTENCES),
    *((text, Category.RELAPSE) for text in RELAPSE_SENTENCES),
    *((text, Category.SELF_HARM) for text in SELF_HARM_SENTENCES),
])
def test_each_class_is_read_as_its_kind_by_the_rules_alone(text, category):
    assert category in {f.category for f in rules_alone(text).findings}, rules_explained(text)


# "This week" is the check-in's own question, so most replies say it: alone it is no timing
# beside a means someone else took or a jump a child practises. A deadline after it still is.
@pytest.mark.parametrize("text", [
    "इस हफ्ते दादी जी गुज़र गईं, नींद की गोली लेती थीं, डॉक्टर ने कहा उम्र हो गई थी",
    "is hafte beta long jump mein kudne ki practice karta raha, school mein pehla aaya",
    "या आठवड्यात मुलगा उंच उडी मारण्याचा सराव करत होता, शाळेत पहिला आला",
    "ya athavdyat mulga lamb udi chi practice karat hota",
])
def test_this_week_alone_is_no_timing(text):
    assert not rules_alone(text).crisis, rules_explained(text)


def test_a_deadline_after_this_week_is_still_one():
    text = "please take my name off the list after this week. i wont be replying anymore"
    assert Category.SUICIDE in {f.category for f in rules_alone(text).findings}, rules_explained(text)
