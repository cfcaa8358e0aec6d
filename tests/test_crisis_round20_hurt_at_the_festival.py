"""Self-harm told beside a festival's lamps, sparklers and incense, read by the rules alone in
English, Hindi and Marathi, Latin and Devanagari: a hand held over a diya's flame, lines burnt on
the skin, a sparkler's hot wire put to it, incense pressed on the hand, a cut hidden under
sleeves at a wedding, cutting begun again with a pin. Their ordinary twins (hands warmed at the
fire, incense touched by mistake, vegetables cut again) stay quiet, and the earnest twins alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "i held my hand over the candle flame until it hurt",
    "हात ज्योतीवर धरला मुद्दाम, कुणाला कळलं नाही",
    "burned lines on my arm with a hot spoon",
    "फुलझड़ी का गरम तार बांह पर दबाया",
    "agarbatti hatavar dabli, aaj parat",
    "अगरबत्ती हाथ पर दबा दी जानबूझकर",
    "mehndi ke baad cut kiya, full sleeves pehen li",
    "haldi nantar cut kela ani bahya khali keli",
    "परत कापायला सुरुवात केलीय, ब्लेडने",
    "fir se kaatna shuru kar diya, compass se",
])
def test_hurt_at_the_festival_is_read(text: str) -> None:
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "held my hands over the fire to warm them, so cold tonight",
    "held my hand over the diya to protect it from the wind",
    "agarbatti chukun hatala lagli, thoda bhajla",
    "परत कापायला सुरुवात केली भाजी, पिनने नाही सुरीने",
])
def test_ordinary_burns_and_cuts_stay_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
