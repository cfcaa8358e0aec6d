"""Harm to others and reports from families in treatment, read by the rules alone: acid to be
thrown at someone, a man to be crushed with a stone, a son gone to the roof with a rope, a
brother who says he won't remain beside a shut room or meals refused. Acid for the toilet,
garlic crushed, a rope for the clothes line and not staying at a place stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "usne fir dose kam kiya to uske chehre pe tezab phenk dunga",
    "that pharmacist, i will throw acid on him",
    "त्याच्या अंगावर ऍसिड फेकणार मी",
    "jisne mere bhai ko nasha lagaya usko patthar se kuchal dunga",
    "त्याला दगडाने ठेचून टाकीन",
])
def test_threats_over_the_dose_are_harm(text: str) -> None:
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "toilet saaf karne ke liye acid nali mein phenk dunga",
    "लसूण दगडाने ठेचणार, चटणीसाठी",
    "chhat pe kapde sukhane ke liye rassi lekar gaya hai",
    "mi ithe aata rahnar nahi, kholi band karun gavala jato",
])
def test_ordinary_uses_stay_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "mera beta rassi lekar chhat par gaya hai, utar nahi raha",
    "भाऊ दोरी घेऊन गच्चीवर गेला आहे",
    "bhai kehta hai main ab nahi rahunga, kamra band kar liya",
    "तो म्हणतो मी आता राहणार नाही, जेवला नाही दोन दिवस",
])
def test_a_familys_report_alerts(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)
