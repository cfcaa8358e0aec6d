"""Round 43 (holdouts 143, 144 and 145, opened): danger told by factory, bakery and garage workers
reaches a person: a death meant to look like an accident for the compensation, fuel kept with a
flame, no use in living, living and dying the same, regards sent and never to meet again, cuts on the
wrist with Marathi's "on", bottles and glasses of a drink counted, a quarter "hit". Their
look-alikes stay quiet: fuel for a stove or a generator, diesel filled by the litre, an accident the
police reported, a jack that slipped. And round 44's first reading (holdouts 146, 147 and 149):
not afraid of dying with the way thought of, an arm burnt on the hot press, lines drawn on the hand,
caustic soda mixed to be drunk; caustic soda used on the wash and a soldier's bravado stay quiet.
The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("agar boiler ke paas ho gaya to accident lagega aur biwi ko muavza milega", Category.SUICIDE),
    ("i keep thinking if i ride into a truck it looks like an accident and mum gets the insurance",
     Category.SUICIDE),
    ("petrol ki bottle aur machis almari me rakhi hai", Category.SUICIDE),
    ("रॉकेल आणि काडेपेटी पिशवीत ठेवलीय", Category.SUICIDE),
    ("ab koi fayda nahi jee ke", Category.SUICIDE),
    ("jiye ya mare kya farak padta hai", Category.SUICIDE),
    ("सबको मेरा प्रणाम कहना, अब नहीं मिलूंगा", Category.SUICIDE),
    ("managatavar cut ahet, bahit lapavle", Category.SELF_HARM),
    ("व्हिस्कीच्या तीन बाटल्या रात्रीत", Category.RELAPSE),
    ("kal quarter marun zoplo", Category.RELAPSE),
    ("ab marne se dar nahi lagta, bas tarika soch raha hu", Category.SUICIDE),
    ("istri ki garam plate se apni baanh jala li", Category.SELF_HARM),
    ("मांडीवर blade ने रेघा ओढल्या", Category.SELF_HARM),
    ("caustic पाण्यात कालवून ठेवलंय, पिणार आहे", Category.OVERDOSE),
])
def test_danger_told_by_factories_bakeries_and_garages_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "generator ke liye diesel aur lighter le aaya",
    "आज 300 लीटर डीजल भरा",
    "the police said it looked like an accident on the highway",
    "jack slipped while i was changing the tyre, nobody hurt",
    "beer ki 4 bottle ka rate badh gaya",
    "caustic soda panyat kalvun chadri bhijavli",
    "maut se dar nahi lagta, fauji hu",
])
def test_their_look_alikes_stay_quiet(text):
    assert_rules_stay_quiet(text)
