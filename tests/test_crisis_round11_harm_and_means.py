"""Round 11 misses of self-harm, harm to others and overdose (holdouts 29 and 30, and the
same classes in the earlier open sets), by class, with sentences of our own: a hand burnt
with a bidi or a cigarette or crushed with a stone in the dialect's verbs, a head against a
wall in Punjabi; a man or his things to be burnt, a creditor, a contractor or a boss named and
finished, a hand that will rise, afraid of what the writer will do to him, a man who won't
walk out of his workplace; a farm's poison by its name, eaten in the Marathi perfect, poured
out and sat with, too much taken and the heart racing, pills taken and someone not waking;
a roof's parapet, one step from the drop. Read by the rules alone (second_opinion=False):
the classifier must not be what catches them."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules import rules_alone, rules_explained

SELF_HARM_SENTENCES = [
    # burnt with a cigarette, in Punjabi and Marathi
    "sigrat naal baanh te daag laaya, sukoon milda",
    "sigaretne hat jalavla ragat",
    # a hand crushed with a stone, a head struck against a wall
    "रागात दगडाने हाताला ठेचलं",
    "gusse vich apna sir kandh te maarda reha",
]

THREAT_SENTENCES = [
    # a man to be burnt
    "त्या मुकादमाला जाळून टाकीन",
    "sahukar ko aag laga dunga, bahut hua",
    "dil karda thekedar nu aag la du",
    # a creditor or a boss named, not spared
    "savkarala sodnar nahi, kuradh ghetli ahe",
    # a hand that will rise on someone
    "agar phir usne gaali di to haath uth jayega uspe",
    "भावाने परत त्रास दिला तर हात उचलीन त्याच्यावर",
    # afraid of what the writer will do to him
    "scared of what i might do to him tonight",
    # he won't walk out of his workplace
    "that contractor wont walk out of the site tomorrow",
]

OVERDOSE_SENTENCES = [
    # a rat poison eaten, in the Marathi perfect
    "उंदीर मारायचं औषध खाल्लंय थोडं",
    # a farm's poison by its name, drunk
    "khet ki dawai pee li hai maine",
    # a crop spray poured out and sat with
    "crop spray poured it in a glass, sitting with it now",
    # too much taken, and the heart racing
    "aaj bahut zyada le liya, heart bahut tez chal raha",
    # pills taken and someone not waking
    "तिने गोळ्या खाल्यात, उठत नाहीये",
]

SUICIDE_SENTENCES = [
    # on a roof's parapet; one step from the drop
    "terrace ki munder pe baitha hu",
    "छत से नीचे देख रहा हूं, बस एक कदम की बात है",
    "gachivarun khali baghto, ekach paul",
]


@pytest.mark.parametrize(("text", "category"),
                         [(t, Category.SELF_HARM) for t in SELF_HARM_SENTENCES]
                         + [(t, Category.HARM_TO_OTHERS) for t in THREAT_SENTENCES]
                         + [(t, Category.OVERDOSE) for t in OVERDOSE_SENTENCES]
                         + [(t, Category.SUICIDE) for t in SUICIDE_SENTENCES])
def test_harm_and_poison_in_a_villages_words_alert(text, category):
    found = rules_alone(text)
    assert found.crisis and category in found.categories, rules_explained(text)
