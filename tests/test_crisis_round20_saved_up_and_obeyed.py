"""Read by the rules alone: pills kept back day by day ("been saving my sleeping pills"), a
mother's "tu mel" obeyed in Marathi, the thought that keeps coming to end it all, and wanting
it again with the restlessness, the thing unnamed. Their ordinary twins (the day's work to
be finished, tea wanted again) stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("i've been saving my sleeping pills for a week now", Category.OVERDOSE),
    ("neend ki goliyan jama kar raha hu roz ek ek", Category.OVERDOSE),
    ("झोपेच्या गोळ्या साठवतो आहे महिनाभर", Category.OVERDOSE),
    ("aai mhanali tu mel, mi tasa ch karnar aahe aaj", Category.SUICIDE),
    ("बाबा म्हणाले तू मेलास तर बरं, आता तसंच करणार", Category.SUICIDE),
    ("ekdum vait vatatay, dokyat vichar yetat ki sampvun takave sagle", Category.SUICIDE),
    ("baar baar khayal aata hai ki sab khatam kar du", Category.SUICIDE),
])
def test_the_danger_said_sideways_alerts(text: str, category: Category) -> None:
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "mujhe lagta hai mujhe phir se cheez chahiye, bahut bechaini hai",
    "पुन्हा तेच हवंय असं वाटतंय, खूप अस्वस्थ आहे",
])
def test_wanting_it_again_restlessly_is_a_craving(text: str) -> None:
    assert detect(text, second_opinion=False).urgent


@pytest.mark.parametrize("text", [
    "roz vichar yeto ki sagla kaam sampvun takava",
])
def test_their_ordinary_twins_stay_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


def test_tea_wanted_again_is_no_craving() -> None:
    assert not detect("phir se chai chahiye, bahut bechaini hai", second_opinion=False).urgent
