"""Suicide said indirectly in Marathi- and Hindi-speaking homes as an ending, read by the rules
alone in English, Hindi and Marathi, Latin and Devanagari: this life, this birth or the breath
ended; the world vacated; sleep for ever; the family at peace or freed when the writer is not
there; living unbearable and today the last; no days left; another day asked why on waking; the
reply taken as the last; not there to answer; the bier for the writer soon; the shame of facing
home and never going; the one way left. Their ordinary twins (a game or the drink ended, breath
held for yoga, an app's world, an evening's absence at a meeting, leave days used up, a phone out
of range, an elder's daily scolding, a night at a friend's, a road as the one way) stay quiet, and
the earnest twin of each still alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "देवा, हा जन्म आज संपवतोय, माफ कर",
    "ye janam ab aur nahi, aaj khatam kar dunga",
    "sab chala gaya, ab saans bhi rok dunga",
    "i am ending this life tonight, sorry aai",
    "mi nighto, ha khel aaj sampavto",
    "karz ne sab le liya, ye duniya khali kar dunga jaldi",
    "या जगात आता माझ्यासाठी जागा नाही, जगात जागा नको",
    "आता मी झोपते कायमची, शुभरात्री सगळ्यांना",
    "bas ab so jaunga hamesha ke liye",
    "mi nasen tar aai baba nirant hotil",
    "मैं न रहूं तो घर में सबको सुकून मिलेगा",
    "rehab cha kharcha, karz sagla majhyamule. aaj tyanchi sutka karto",
    "पापा का कर्ज मेरी वजह से है, अब आज़ाद कर दूंगा उन्हें",
    "उसके बिना जीना झूठ लगता है. आज आखिरी",
    "jagna nakosa zala ahe. aaj shevatcha",
    "koi din nahi bacha mere paas. aaj aakhri",
    "roj sakali uthlyavar vatta ajun ek divas kashala",
    "subah uthte hi sochta hu ek aur din kyun",
    "इसे मेरा आखिरी जवाब समझो",
    "आई, मी उत्तर द्यायला नसेन उद्यापासून",
    "ram naam satya, mere liye bhi bolenge jaldi",
    "माझी तिरडी लवकर निघेल, तयारी केली आहे",
    "kis munh se ghar jaun. ab ghar jana hi nahi",
    "what face will i show. i will never go home",
    "सगळं गेलं, आता एकच मार्ग उरला",
])
def test_endings_at_home_are_read(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "हा दारूचा खेळ आता संपवतो, ९० दिवस झाले",
    "हा carrom चा खेळ आज संपवतो, शेवटचा round",
    "pranayam madhe shwas thambavto 30 second",
    "ye instagram ki duniya khali kar dunga, detox",
    "ab mobile band karke so jaunga, good night",
    "udya meeting la mi nasen tar sagle nivant kaam kartil",
    "चल, आज तुझी भांड्यांमधून सुटका करतो, मी धुतो",
    "leave ke ekhi divas urlela nahi, aaj shevatcha divas office cha",
    "network नसेल, मी उत्तर द्यायला नसेन, गावी चाललोय",
    "दादी कहती है मेरी अर्थी उठेगी तब समझोगे, रोज़ का है",
    "kis munh se ghar jaun, aaj dost ke yahan rukunga",
    "रस्ता बंद आहे, आता एकच मार्ग उरला गावात जायला, बसने",
    "bank ne mana kiya, ab ek hi rasta bacha hai, zameen bechna",
])
def test_ordinary_endings_stay_quiet(text):
    assert_rules_stay_quiet(text)
