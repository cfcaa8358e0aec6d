"""Craving told by the drink in sight reaches a person: a glass left on the counter that the
eyes will not leave or the hand reaches for, every shop on the way calling, the stall circled
without buying, a smoke longed for ("sutta ka bahut mann"). A glass of water, a photo one keeps
looking at, a sale's shops, the bank's rounds and a suit wanted stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "guest ne glass aadha chhoda, nazar hat nahi rahi usse",
    "the manager's whisky glass on the bar, my hand keeps reaching for it",
    "दारूचा ग्लास समोर, नजर हटत नाही",
    "साहब का गिलास आधा भरा है, हाथ आगे जा रहा है",
    "every shop on the way home is calling me",
    "रस्त्यात प्रत्येक दुकान बोलावतेय",
    "टपरीभोवती फेऱ्या मारतोय, घेतलं नाही अजून",
    "theke ke chakkar laga raha hu kal se",
    "sutta ka bahut mann ho raha",
    "सुट्टा की तलब लगी है",
])
def test_the_drink_in_sight_is_a_craving(text):
    assert_rules_find(text, Category.CRAVING)


@pytest.mark.parametrize("text", [
    "पाण्याचा ग्लास समोर आहे, हात पुढे जातोय",
    "i cant stop looking at her photo",
    "sale me har dukaan bulati hai",
    "bank ke chakkar kaat raha hu do din se",
])
def test_water_a_photo_a_sale_and_the_bank_stay_quiet(text):
    assert_rules_stay_quiet(text)


def test_a_suit_wanted_is_no_smoke():
    found = detect("सूट का बहुत मन है, नीले रंग का", second_opinion=False)
    assert "smoke_wanted" not in {c for f in found.findings for c in f.concepts}
