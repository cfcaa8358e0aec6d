"""Using again told as the clean time lost reaches a person: "broke 90 days", the sobriety gone
("sobriety chali gayi", "lost my sobriety"), months wasted beside a sorry or an "again". Being
broke for months, a sister gone to the rehab centre and months of an internship wasted stay
quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "broke 90 days yesterday at the party",
    "meri sobriety chali gayi kal",
    "3 mahinyanchi sobriety geli",
    "lost my sobriety at the wedding",
    "sorry, phir se. 6 mahine bekaar gaye",
    "माफ करा, पुन्हा. सहा महिने वाया गेले",
])
def test_the_clean_time_lost_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "was broke 3 months, no salary",
    "broke 2 months ago, now got a job",
    "व्यसनमुक्ती केंद्रात गेली माझी बहीण",
    "internship madhe 2 mahine vaya gele",
])
def test_money_a_visit_and_a_wasted_internship_stay_quiet(text):
    assert_rules_stay_quiet(text)
