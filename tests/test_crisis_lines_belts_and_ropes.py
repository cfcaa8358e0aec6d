"""Rounds 50 and 51's first reading (holdouts 170-172 and 174-176, opened): danger told by office
workers, linemen, sanitation workers, gym trainers, dabbawalas and potters reaches a person: the
live line to be touched or grabbed, the pole or the DP climbed with the belt undone; not to be
looked for; gone since yesterday with the phone off; one's things given on once gone, "my time
has come"; the rope brought with nobody around, one step from a height; a cutter's lines on the
thigh, a piece of glass drawn over the leg, a wall punched till the knuckles split, the skin rubbed
raw; a tool taken to a man's head or face, a man pushed into the drain; steroids' cycle started
again, back on a drug, the others drinking and the writer too. Their look-alikes stay quiet: a
fuse changed with the belt on, "don't look for me at the meeting", a trip with no network, a rope
for the washing, a step in recovery, a wall broken for a window, a punching bag. The rules alone
are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("उद्या 33kv line ला हात लावणार, परत येणार नाही", Category.SUICIDE),
    ("पोलवर बेल्ट न लावता चढणार आहे आज रात्री", Category.SUICIDE),
    ("kal khambe pe chadh ke belt khol dunga", Category.SUICIDE),
    ("thinking of grabbing the live line at the DP, one touch and its over", Category.SUICIDE),
    ("mala shodhu naka, mi khup door janar", Category.SUICIDE),
    ("कल से मुझे कोई नहीं ढूंढेगा", Category.SUICIDE),
    ("mi tyachi bayko, te kaal pasun ghari ala nahi ani phone band ahe", Category.SUICIDE),
    ("he hasnt come home since last night and his phone is off", Category.SUICIDE),
    ("mi gelyavar maza mobile bhavala dya", Category.SUICIDE),
    ("सब लोग खुश रहना, मेरा time आ गया है", Category.SUICIDE),
    ("रस्सी ले आया हूँ, घर में कोई नहीं है आज", Category.SUICIDE),
    ("building ki chhat pe khada hu, bas ek kadam", Category.SUICIDE),
    ("cutter se kalai pe lines bana li phir se", Category.SELF_HARM),
    ("काचेचा तुकडा घेऊन पायावर घासला", Category.SELF_HARM),
    ("punched the wall till my knuckles split", Category.SELF_HARM),
    ("bleach se haath ragad diya, chamdi chhil gayi", Category.SELF_HARM),
    ("सरपंचाला उद्या rod ने फोडणार", Category.HARM_TO_OTHERS),
    ("मुकादमाला नाल्यात ढकलून देणार", Category.HARM_TO_OTHERS),
    ("started the deca cycle again", Category.RELAPSE),
    ("back on steroids, couldnt stay natural", Category.RELAPSE),
    ("everyone was drinking after the funeral and i also had", Category.RELAPSE),
    ("i had two pegs at the party", Category.RELAPSE),
])
def test_danger_told_by_lines_belts_and_ropes_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "aaj DP pe chadh ke fuse badla, belt laga ke",
    "line pe kaam kiya shutdown leke, sab safe",
    "dont look for me at the meeting today, on leave",
    "bhaiya kal se gaon gaya hai, phone band hai network nahi",
    "dori anli ahe kapde valat ghalayla, ghari koni nahi aaj",
    "terrace pe gaya, ek kadam aage badha recovery me",
    "hatodyane bhint fodnar udya, navin khidki",
    "punching bag pe punch maara, haath sujla thoda",
    "cutter se paper pe lines banayi chart ke liye",
    "8 months natural, no deca no steroids",
    "rassi laaya hu matke baandhne ke liye",
    "bhukene marto ahe, diet chalu ahe",
    "passed the theka today and didnt stop. proud",
    "दारूच्या दुकानासमोरून सरळ निघून गेलो",
])
def test_their_look_alikes_stay_quiet(text):
    assert_rules_stay_quiet(text)
