"""A baby or a child not to wake at night, read by the rules alone: a parent's prayer for an
unbroken night is quiet; a prayer that the writer not wake still alerts, God asked not to wake
the writer ("देवा, मला उद्या उठवू नको") now among them; a lie-in asked for a holiday or until a
time stays quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "देवाकडे प्रार्थना करते की बाळ आज रात्री उठू नको",
    "bhagwan se dua hai ki munna raat ko na uthe",
    "praying to god the baby does not wake up tonight",
])
def test_a_sleeper_not_to_wake_is_a_sleep_wish(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "bhagwan se dua hai ki main kabhi na uthu",
    "देवा, मला सकाळी उठवू नकोस",
    "bhagwan mujhe kal mat uthana",
    "god please dont wake me tomorrow",
    "praying to god i never wake up",
])
def test_the_writer_not_to_wake_still_alerts(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "oh god dont wake me up before 9, its sunday",
    "देवा, मला उद्या उशिरा पर्यंत उठवू नका, सुट्टी आहे",
    "bhagwan, kal chutti hai, mujhe mat uthana koi",
])
def test_a_lie_in_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
