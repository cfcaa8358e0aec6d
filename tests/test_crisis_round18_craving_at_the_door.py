"""Craving told at the door or by the old company's call reaches a person as urgent: the car
stopped outside the den so as not to go in, wanting to run to the bar, the friends sitting
down to drink and "should I go too?" with a fear, the old friends calling in any script. A
trip with friends, a picnic and the car stopped outside a shop stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "theke ke bahar gaadi roki hai, andar na jaun isliye message kar raha hu",
    "pulled over outside the wine shop so i dont go in",
    "गुत्त्यासमोर गाडी थांबवली, आत जाऊ नये म्हणून फोन केला",
    "मुझे भाग के ठेके पे जाने का मन है",
    "i want to run straight to the bar",
    "dost bar ja rahe hain, main bhi jaun kya? dar lag raha hai",
    "दोस्त ढाबे पे बैठेंगे, मैं भी जाऊं क्या? डर लग रहा है",
    "friends are going to the pub, should i go too? scared",
    "जुने friends बोलावतायत, अवघड जातंय",
    "purane friends bula rahe hain",
    "mitra barmadhe basle ahet, jau ki nako? bhiti vatatey",
    "दोस्त ठेके पे बैठे हैं, जाऊं या नहीं? डर लग रहा",
])
def test_at_the_door_or_called_is_a_craving(text):
    assert_rules_find(text, Category.CRAVING)


@pytest.mark.parametrize("text", [
    "friends are going to goa, should i go too",
    "mitra picnicla jat ahet, mi pan jau ka",
    "gaadi dukan ke bahar roki, doodh lena tha",
    "party jaun ya nahi, bore ho raha hai",
])
def test_outings_and_errands_stay_quiet(text):
    assert_rules_stay_quiet(text)
