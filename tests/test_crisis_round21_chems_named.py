"""Using again and overdose told in the words of chemsex, read by the rules alone in English,
Hindi and Marathi, Latin and Devanagari: "tina" beside a taking or at a session, "G" after a
conjunction or as too much, mephedrone as "meow meow" in Devanagari, poppers, slamming at a
session, and seizures after a chemsex party. Their ordinary twins (Tina the friend, the
honorific "ji", the number three that "tina" folds to, a door slammed, a salaam) stay quiet,
and their earnest twins alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "last weekend took tina again after 4 months clean",
    "parso raat tina li thi, ab bahut guilt hai",
    "रविवारी टिना घेतली, मी परत घसरलो",
    "कल सेशन में गया, टीना, जी, जो मिला सब लिया",
    "friday ko chill tha, meth aur G dono kiye",
    "शनिवारी रात्री एमडी आणि जी, सगळा रविवार गेला",
    "ended up slamming at the chill on saturday",
    "session madhe slam kela parat",
    "mitra poppers ghet hote, mi pan ghetle",
    "used at a house party last night, first time in a year",
])
def test_chemsex_use_is_a_relapse(text: str) -> None:
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "did way too much tina, cant feel my hands",
    "GHB ज़्यादा हो गया, नींद आ रही है, अकेली हूँ",
    "खूप जास्त म्याव म्याव घेतलं, छाती दुखतेय",
    "बहुत ज़्यादा म्याऊ म्याऊ ले लिया, साँस फूल रही है",
    "he came back from a chemsex party and is having seizures",
])
def test_too_much_of_the_party_drugs_is_an_overdose(text: str) -> None:
    assert_rules_find(text, Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "Tina ji aayi thi, sab kuch le gayi",
    "tina bahut zyada khush thi aaj",
    "teen din se kaam kiya, teen order aa gaye",
    "maine teen roti li aur so gaya",
    "Sharma ji zyada bolte hain",
    "slammed the door on my brother, then cried",
    "sabko salaam kiya aur ghar aa gaya phir se",
    "i miss tina, she moved to pune",
    "went to a house party, didn't use anything, 200 days",
])
def test_names_and_numbers_stay_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
