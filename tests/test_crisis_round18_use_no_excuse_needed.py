"""Using again told as needing no excuse reaches a person: after a drinking song, the writer
"didn't need a bahana", "बहाने की ज़रूरत नहीं पड़ी", "बहाण्याची गरज पडली नाही", "needed no
excuse". An excuse not needed to leave early, or to refuse the drink, stays quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "the dj played daaru songs and honestly i didnt need a bahana",
    "शराब वाले गाने चल रहे थे, मुझे तो बहाने की ज़रूरत नहीं पड़ी",
    "daru chi gaani lagli, mala bahanyachi garaj padli nahi",
    "लग्नात दारूची गाणी लागली, मला बहाण्याची गरज पडली नाही",
    "they played beer songs all night and i needed no excuse",
])
def test_no_excuse_needed_beside_the_drink_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "i didnt need an excuse to leave the party early",
    "didnt need an excuse to skip the beer, said no and left",
])
def test_an_excuse_not_needed_for_something_else_stays_quiet(text):
    assert_rules_stay_quiet(text)
