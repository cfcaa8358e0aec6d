"""Craving told through what keeps it in mind reaches a person as urgent: the drink heard in
every song, only that in one's head with a plea or a sleepless night, its memory beside "not
taken yet", the mind running there. A song that brings back a person, a meal or a medicine
not taken yet and an exam on the mind stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "har gaane me daaru hi sunai deti hai",
    "every song i hear today is about whisky",
    "सगळ्या गाण्यात दारूच ऐकू येते",
    "kuch karo sir, dimag me wahi chal raha hai",
    "please do something, dokyat tech firtay",
    "डोक्यात फक्त दारू",
    "dimag me sirf theka",
    "only booze in my head since morning",
    "raat bhar neend nahi, usi ki yaad, abhi tak pi nahi",
    "झोप येत नाही, अजून घेतलं नाही",
    "usi ki yaad aa gayi, ab tak li nahi",
    "man tikde dhavtay",
    "मन तिकडे धावतंय, काय करू",
    "daaru dimag se nikal nahi rahi",
    "गुत्ता डोक्यातून जात नाही, काहीतरी करा",
    "cant get it out of my head, please do something",
    "सारे गाने आज शराब के सुनाई दे रहे हैं",
])
def test_the_drink_kept_in_mind_is_a_craving(text):
    assert_rules_find(text, Category.CRAVING)


@pytest.mark.parametrize("text", [
    "har gaane me uski yaad aati hai",
    "abhi tak khana nahi khaya",
    "dimag me bas exam chal raha hai",
    "ajun dawai ghetli nahi",
    "exam dimag se nikal nahi raha, kuch karo",
])
def test_other_things_on_the_mind_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "jhagde ke baad se bas daaru ka hi khayal aa raha hai",
    "raat bhar bas sharab ka khayal aata raha, neend nahi aayi",
    "दिन भर शराब का ख्याल आ रहा है, कुछ लिया नहीं",
])
def test_the_drink_thought_of_is_a_craving_not_a_use(text):
    # "khayal" (a thought) is no Marathi "khayla" (to eat): the drink is wanted, not taken.
    detection = detect(text, second_opinion=False)
    assert detection.urgent and not detection.crisis, detection.explain()
