"""Round 12: forgiveness asked for an act to come, named without naming it ("please forgive
me for what i am about to do", "जो मैं करने जा रहा हूं उसके लिए माफ़ करना"), is a suicide
finding of the rules. The classifier alone gave it an urgent case until round 11; its round-12
retraining left it quiet, which is how the gap showed. A worry about what to do next, or an
apology for what was done, stays quiet.
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

ALERTS = (
    "please forgive me for what i am about to do",
    "sorry for what im gonna do tonight",
    "maaf karna jo main karne ja raha hu",
    "जो मैं करने जा रहा हूं उसके लिए मुझे माफ़ करना",
    "aai mala maaf kar, je mi karnar ahe tyasathi",
    "जे मी करणार आहे त्यासाठी मला माफ करा",
)
QUIET = (
    "sorry for what i did yesterday at the meeting",
    "sorry, i dont know what im going to do about the rent this month",
    "maaf karna kal meeting me nahi aa paya",
)


@pytest.mark.parametrize("text", ALERTS)
def test_forgiveness_for_an_act_to_come_is_a_suicide_finding(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", QUIET)
def test_an_apology_for_the_past_or_a_worry_stays_quiet(text):
    assert_rules_stay_quiet(text)
