"""Harm to others told the way workers and students threaten reaches a person: a boss or a
contractor to be stabbed or killed, a murder vowed in the borrowed word ("मर्डर कर दूंगा"), a
bottle broken on someone's head, "he won't see the morning", an institute or an office burnt
down, "tyacha kaata kadhin", a blade taken up if a relation abuses again; and a poison mixed into
the writer's own cup is an overdose. A joking murder, a thorn pulled from a foot, calories burnt,
an old wing burnt down to rebuild, and rat poison mixed for the rats stay quiet beside their
earnest twins."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "kal supervisor ko chaku se maar dunga",
    "उस ठेकेदार का मर्डर कर दूंगा, पैसे खा गया",
    "batli tyachya dokyat fodto aaj",
    "usi ki bottle uske sir pe phod dunga",
    "gonna smash a bottle over my neighbours head tonight",
    "सुपरवायझरला उद्या कोयत्याने मारणार",
    "he won't see the morning, I know where he sleeps",
    "will burn down his office with the staff inside",
    "तो क्लास पेटवून देणार आहे उद्या",
    "tyacha kaata kadhin mi, tyane maza paisa khalla",
    "उसका कांटा निकाल दूंगा रास्ते से",
    "mama ne parat aai la maarla tar kurhad ghein",
    "agar phir se didi ko gaali di to darati utha lunga",
])
def test_a_threat_to_a_boss_a_rival_or_a_relation_alerts(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "माझ्या चहात उंदराचं विष मिसळणार आहे आज",
    "rat poison is in my bag. mixing it in my tea after the shift",
])
def test_a_poison_mixed_into_ones_own_cup_alerts(text):
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "lol tera murder kar dunga 😂",
    "पायातला काटा काढला डॉक्टरांनी",
    "going to burn off the calories at the gym, burn it down",
    "the hotel is going to burn down the old wing to rebuild lol",
    "mixing rat poison with flour for the rats in the kitchen store",
    "bottle was broken on the floor near his head by mistake",
])
def test_a_joke_a_thorn_calories_or_pests_stay_quiet(text):
    assert_rules_stay_quiet(text)
