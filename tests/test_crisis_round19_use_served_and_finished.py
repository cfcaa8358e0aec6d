"""Using again told by a worker at a bar, a party or a store reaches a person: the guests'
leftovers finished, a half-bottle handed over and finished, bottles made to vanish from the
stock. Juice or water left over, glasses washed, a half-bottle handed back, bottles of water
or bottles made to vanish by someone else (or a magician) stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "finished off the leftover beer in the glasses after closing",
    "customers ke glass me bachi hui daaru pee li",
    "ग्राहकांच्या ग्लासातली उरलेली दारू संपवली",
    "गिलास में बची हुई शराब पी ली",
    "seth ne ek addha diya, raat me khatam kar diya",
    "got a half bottle from a guest and finished it by 2",
    "godown se do botal gayab kar di maine",
    "गोदामातून तीन बाटल्या गायब केल्या",
    "made two bottles disappear from the bar stock",
])
def test_what_was_served_and_finished_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "washed all the glasses with the leftovers and went home",
    "finished the leftover juice in the glasses",
    "glass me bacha hua paani pee liya",
    "customer ne ek अद्धा दिया, मैंने वापस कर दिया",
    "half bottle of water finished after the match",
    "2 batlya gayab zalya store madhun",
    "पाण्याच्या 2 बाटल्या गायब केल्या मुलांनी",
    "the magician made the bottle disappear on stage",
])
def test_leftovers_and_missing_bottles_of_something_else_stay_quiet(text):
    assert_rules_stay_quiet(text)
