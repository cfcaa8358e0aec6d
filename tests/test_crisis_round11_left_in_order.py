"""Round 11's signing off, as the earlier open sets say it (holdouts 7, 8, 10, 13, 20, 21, 23
and 28), by class, with sentences of our own: affairs settled, not to be looked for, told not
to reply, a door locked and no answer, not around by a date, God asked for death or for eyes
that do not open again, a permanent break from life, a hanging told as done, the writer's
absence as what would set things right, a house put in someone's name, a height looked up, a
place checked for being empty, trains watched for an hour. Read by the rules alone
(second_opinion=False): the classifier must not be what catches them."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules import rules_alone, rules_explained

SUICIDE_SENTENCES = [
    # affairs settled, and someone to look after
    "sab arrangement kar diya hai, bachon ka khayal rakhna",
    "सगळं नीट लावलं आहे, आईची काळजी घ्या",
    # not to be looked for, not coming back
    "मला शोधू नका, मी परत येणार नाही",
    "dont look for me. im not coming back",
    # told not to reply, after a farewell
    "sorry for everything. dont reply",
    # not around by a date
    "dont think ill be around by new year honestly",
    "mujhe nahi lagta main agle hafte tak rahunga",
    "मला नाही वाटत मी पुढच्या महिन्यापर्यंत असेन",
    # God asked for death, or for eyes that do not open again
    "भगवान से रोज मौत मांगती हूं",
    "देवाकडे रोज मरण मागतो",
    "kaash subah aankh hi na khule",
    "देवा, उद्या सकाळी डोळे उघडू नयेत",
    # a break from life, permanent
    "zindagi se chutti chahiye, permanent",
    # a hanging told as done; a door locked, no answer, a rope
    "भावाने फास घेतला, दवाखान्यात नेतोय",
    "my brother locked his door and isnt answering, he said he has the rope",
    # the writer's absence, or only the writer's going, as what would set things right
    "if i wasnt there everyone would be fine. i checked the train timings near the crossing",
    "मेरे जाने से ही सब ठीक होगा, नहर घर के पास है",
    "majhya janyane sagla bara hoil, vihir javalach aahe",
    # a house put in someone's name, things given away and "don't worry about me"
    "he put the house in my name and wrote letters to all of us",
    "त्याने घड्याळ आणि फोन भावाला देऊन टाकला, म्हणाला माझी काळजी करू नकोस",
    # a height looked up; a dam checked for being empty, to go again; trains watched for an hour
    "been checking how high the new flyover is. just wanted someone to know",
    "went to the dam at night to see if anyone is there. going again tomorrow",
    "been watching the trains for an hour at the platform",
    "तासभर गाड्या बघतोय, स्टेशनवर उभा आहे",
]


@pytest.mark.parametrize("text", SUICIDE_SENTENCES)
def test_affairs_left_in_order_and_not_to_be_looked_for_are_suicide(text):
    found = rules_alone(text)
    assert found.crisis and Category.SUICIDE in found.categories, rules_explained(text)
