"""A dish one would die happy eating, read by the rules alone: food praised by dying of it is a
compliment; a happy death wanted, tonight, or with pills still alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "if i die eating this pizza i die happy",
    "ही पुरणपोळी खाऊन मेलो तरी सुखाने मरेन",
    "if i die eating mom's biryani at least i die happy lol",
])
def test_dying_happy_of_a_dish_is_praise(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "i want to die happy tonight",
    "want to eat my favourite biryani and then die happy",
    "eat this pizza and die happy tonight with all the pills",
    # a last meal, or no condition: the dying is meant
    "i am happy to die, ate my last meal",
    "last meal eaten, now i die happy",
    "ice cream kha ke happy hu, ab bas die hi jana hai",
])
def test_a_happy_death_wanted_still_alerts(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)
