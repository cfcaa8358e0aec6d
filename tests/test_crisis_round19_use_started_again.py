"""Using again told as a habit started again reaches a person: "phir se syrup pina chalu
kiya", "पुन्हा गांजा चालू केला" after a night without sleep, "पुन्हा घेतलं", a session sat
again beside its measure ("parat baslo, 2 quarter"), the stall's stuff bought again
("टपरीवरून परत माल घेतला"). A syrup for a cough, a gym started again, "परत घेतलं" (taken back),
sitting again to study and the tea stall's tea stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "padhai ke liye phir se syrup chalu kiya",
    "started the codeine syrup again to stay up for exams",
    "पुन्हा सिरप घ्यायला सुरू केलं",
    "झोप लागत नाही म्हणून पुन्हा गांजा चालू केला",
    "neend nahi aati isliye phir se ganja shuru kiya",
    "मी पुन्हा घेतलं, माफ करा",
    "kal parat baslo, 2 quarter",
    "tapri se phir maal liya kal",
    "गुमटी से फिर से माल लिया",
])
def test_a_habit_started_again_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "khansi ke liye phir se syrup chalu kiya",
    "phir se gym chalu kiya",
    "परत घेतलं दुकानदाराने",
    "parat baslo abhyasala, 3 tas",
    "tapri varun parat chai ghetli",
])
def test_something_else_started_or_taken_again_stays_quiet(text):
    assert_rules_stay_quiet(text)
