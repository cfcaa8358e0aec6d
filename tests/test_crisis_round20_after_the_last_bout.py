"""Suicide and self-harm said by sportsmen when the sport or the body gives out, read by the rules
alone in English, Hindi and Marathi, Latin and Devanagari: such a life good for nothing, the
sport that was one's life gone and the writer not either, tomorrow not wanted, a burden who has to
go now, everyone better for the writer's going, the wish that a truck come, no message from
tomorrow beside the mother told, the roof looked down from and no stopping next time, not worthy
of the coach's effort, the body branded, and a body hurt until it shows and meant. Their ordinary
twins (a life without tea, a match tomorrow, a going to the office, a room freed in a hostel, a
bike for the garage, a new number, a run to finish, an ox branded, a session on the bag) stay
quiet, and the earnest twins still alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "ring was my whole life. now it is gone, then i won't be either. bye",
    "kusti majha ayushya hota. ti geli, ata mi pan nako ya jagat",
    "खेल ही मेरी ज़िंदगी थी। वो नहीं तो मैं भी नहीं",
    "ligament gone, no more track. whats left to live for",
    "aisi zindagi kis kaam ki, ab daud bhi nahi sakta",
    "घुटना गेला, असं जगणं काय कामाचं",
    "kal ka din nahi chahiye mujhe",
    "उद्याचा दिवस नको मला",
    "ghar walon pe bojh ban gaya hu. ab jana hai",
    "mere jaane se ghar me sabka bhala hoga",
    "माझ्या जाण्याने सगळ्यांचं भलं होईल",
    "kabhi kabhi lagta hai bike ko truck ke niche ghusa du",
    "मम्मी को बोलना माफ़ कर दे, आज के बाद मैसेज नहीं आएगा",
    "गच्चीवरून खाली बघत होतो. पुढच्या वेळी थांबणार नाही",
    "roof se neeche dekh raha tha der tak. agli baar nahi rukunga",
    "sir maaf karna, main aapki mehnat ke layak nahi tha",
])
def test_the_end_of_a_career_said_as_the_end(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "सिगारेटने हातावर डागलं स्वतःला",
    "branded myself with a cigarette after the weigh in",
    "punched the pillar till my knuckles split, on purpose",
    "roj ratri haatavar dori gundalun vala padeparyant odhto",
])
def test_the_body_hurt_and_meant(text: str) -> None:
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "aisi zindagi kis kaam ki jisme chai na ho 😂",
    "उद्याचा दिवस नको मला, मॅच आहे आणि मी तयार नाही",
    "ghar walon pe bojh ban gaya hu. ab office jana hai",
    "mere jaane se hostel me sabka bhala hoga, room khali hoga",
    "lagta hai bike garage me chhod du, bahut kharab chal rahi",
    "aaj ke baad msg nahi aayega, naya number le raha hu, maa ko bolna",
    "agli baar nahi rukunga, 10 km pura karunga",
    "बैलाला डागलं, अगरबत्ती नाही तर लोखंड गरम करून",
    "trained on the heavy bag till my knuckles split, every night this week before the trials",
])
def test_ordinary_twins_stay_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
