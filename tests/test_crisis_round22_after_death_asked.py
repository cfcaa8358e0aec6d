"""Suicide said as a question about what comes after, read by the rules alone in English, Hindi
and Marathi, Latin and Devanagari: what death feels like asked in earnest, where the soul goes
after death, what becomes of those who go by their own hand, no place in this world. Their
ordinary twins (a grandparent's death, an essay, a sermon, a surgery) stay quiet, and their
earnest twins alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "maut ke baad kuch mehsoos hota hai kya? sach me puch raha",
    "मृत्यूनंतर काही जाणवतं का? खरंच विचारतोय",
    "what happens after death? seriously, i need to know",
    "मरणानंतर आत्मा कुठे जाते?",
    "after death where does the soul go",
    "apni marzi se jaane walon ka kya hota hai upar?",
    "स्वतःहून जाणाऱ्यांचं काय होतं, देव माफ करतो का",
    "does god forgive people who take their own life",
    "इस दुनिया में मेरे लिए जगह नहीं",
    "there is no place for me here. maybe the other side",
])
def test_a_question_about_after_alerts(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "dadi ke marne ke baad kya hota hai aatma ka? dadaji seriously puch rahe the",
    "essay topic: where does the soul go after death",
    "मरने के बाद आत्मा कहाँ जाती है, आज के प्रवचन में सुना",
    "does the pain stop after the surgery? i really need to know",
])
def test_grief_study_or_a_surgery_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
