"""Everyday ordeals called death, read by the rules alone in English, Hindi and Marathi, Latin and
Devanagari (round 22, holdout 63's look-alikes): a wait that "kills" ("ye intezaar maar dalega"),
food, cold or traffic that would kill "anyone" or make "anyone" jump, an errand in the cold
called death ("सुबह 5 बजे उठना मौत है इस ठंड में"), and dying preferred, with a laugh, to a
dish. The earnest twins still alert: living itself called death, a wait for death, the writer's
own wish to jump or to die, dying preferred to going on, and not eating for days."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    # A wait.
    "result ka intezaar maar dalega bhai",
    "निकालाची वाट पाहून पाहून मेलो 😩",
    # Food, cold or traffic for anyone.
    "koi bhi aadmi mar jaaye aisa khana hai mess ka",
    "the traffic on this road is enough to make anyone want to jump off the bridge lol",
    # An errand in the cold called death.
    "सुबह 5 बजे उठना मौत है इस ठंड में 🥶",
    # Dying preferred to a dish.
    "mar jaunga par hostel ka upma nahi khaunga 😂",
    "मेलो तरी चालेल पण ती कारल्याची भाजी खाणार नाही 😂",
    "I'd rather die than eat that canteen poha again 😂",
])
def test_ordeals_and_trifles_stay_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize(("text", "category"), [
    ("ऐसे जीना मौत है", Category.SUICIDE),
    ("main bas maut ka intezaar kar raha hu", Category.SUICIDE),
    ("मरणाची वाट पाहतोय", Category.SUICIDE),
    ("इंतज़ार करते करते थक गया, अब मरना चाहता हूँ", Category.SUICIDE),
    ("this job makes me want to jump off the flyover", Category.SUICIDE),
    ("i'd rather die than go on like this lol", Category.SUICIDE),
    ("main mar jaunga par us ghar wapas nahi jaunga", Category.SUICIDE),
    ("khana nahi khaya do din se, mar jaunga", Category.SUICIDE),
    ("रोज वाटतं की झोपेतच मरून जावं", Category.SUICIDE),
])
def test_earnest_twins_still_alert(text: str, category: Category) -> None:
    assert_rules_find(text, category)
