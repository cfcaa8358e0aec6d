"""Using again told by what was finished or how many times reaches a person: quarters, bottles
or "khambe" finished, drinks that "happened" ("4 बियर झाल्या"), one drink on another ("peg pe
peg", "drink after drink"), the times drunk ("do baar pi", "दोनदा प्यायलो", "drank twice"), and
"full टाईट". Water by the bottle, a syrup's dose by the times a day, a business quarter, the
others' rounds and tea twice a day stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "kal raat 3 quarter khatam kar diye",
    "कल रात दो बोतल खत्म",
    "kal 2 beer khatam",
    "मी काल तीन खंबे रिचवले",
    "kal ratri don batlya sampavlya",
    "cough syrup ki teen botal khatam",
    "finished 2 bottles of cough syrup yesterday",
    "shanivari 4 beer jhalya",
    "शनिवारी ४ बियर झाल्या",
    "peg pe peg chale kal raat",
    "पेग पे पेग, फिर याद नहीं",
    "party madhe peg var peg",
    "it was drink after drink last night",
    "is mahine teen baar pi",
    "इस हफ्ते दो बार पी",
    "ya athavdyat donda pyaylo",
    "या आठवड्यात दोनदा प्यायलो",
    "i drank twice this week",
    "kal raat full tight hoto",
    "भावाच्या लग्नात फुल टाईट झालो",
])
def test_what_was_finished_or_how_often_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "do botal paani khatam ho gaya",
    "din me do baar pi lena ye syrup, doctor ne bola",
    "2 quarter khatam, sales target poora",
    "sagle peg var peg ghet hote, mi juice var hoto",
    "do baar chai pi aaj",
    # the others' rounds, the writer on soda
    "beer var beer ghetlya mitranni, mi fakt soda",
    "doston ne peg pe peg lagaye, maine coke piya",
])
def test_counts_of_something_else_stay_quiet(text):
    assert_rules_stay_quiet(text)
