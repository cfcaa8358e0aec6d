"""A whole hostel wing, floor or batch drunk while the writer ate, watched a match, slept or
studied stays quiet ("the entire floor was drunk, i watched a movie and slept", "poora hostel
tight tha, main so gaya", "अख्खी विंग टाईट होती, मी मॅगी खाल्ली"). Its twins are a relapse: the
writer who was drunk too, joined them, or drank as well."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "the entire floor was drunk after results, i watched a movie and slept",
    "whole batch was drunk at the farewell, i ordered pizza and left",
    "poora hostel tight tha, main so gaya",
    "पूरा हॉस्टल नशे में था, मैं पढ़ाई करता रहा",
])
def test_the_hostel_drunk_and_the_writer_busy_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "the whole wing was drunk and so was i",
    "the whole wing was drunk, i joined them after midnight",
    "the whole wing was drunk, i soon joined them",
    "poora hostel tight tha, maine bhi pi",
])
def test_the_writer_among_them_is_a_relapse(text: str) -> None:
    assert_rules_find(text, Category.RELAPSE)
