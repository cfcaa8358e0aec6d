"""Death as an intensifier ("मरणाची गर्दी", "maranacha ukada") and shame as drowning ("sharam se
doob marne wali baat"), read by the rules alone in Hindi and Marathi, Latin and Devanagari, stay
quiet; the writer's own will to drown or die of shame still alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "बाजारात आज मरणाची गर्दी, दोन तास लागले",
    "maranachi thandi padliye yanda gavala",
    "interview me sab bhool gaya, sharam se doob marne ki baat thi",
    "लाज से डूब मरने जैसी हालत थी, बॉस के सामने गिर गया",
])
def test_an_intensifier_or_a_shame_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "sharam se doob marunga aaj nadi me, ab jeena nahi",
    "इतनी शर्म आती है, नदी में डूब मरूंगा आज",
])
def test_the_writers_own_drowning_still_alerts(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)
