"""Self-harm with what was at hand in Marathi- and Hindi-speaking homes, read by the rules alone
in English, Hindi and Marathi, Latin and Devanagari: a sharpener's blade drawn over a thigh or a
wrist, the fist struck on the wall till the knuckles swell or bleed, pinching oneself till the
hands go blue. Their ordinary twins (a pencil sharpened, a boxing bag, a pinch to check a dream)
stay quiet, and the earnest twin of each still alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "sharpener मधलं पातं काढून कलाईवर फिरवलं",
    "sharpener ka blade nikal ke jangh par pher diya",
    "गुस्से में मुक्के मारे दीवार पे, knuckles सूज गए",
    "bhintivar bukke marle, rakt aala haatatun",
    "रोज स्वतःला चिमटे काढते, हात निळे पडलेत",
    "khud ko chikoti kaatti rehti hu, neele nishan pad gaye",
])
def test_hurt_with_what_was_at_hand_is_read(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "pencil sharpener ka blade nikal ke pencil chhili",
    "boxing practice mein punching bag pe mukke mare, knuckles sooj gaye",
    "स्वप्न आहे की खरं, म्हणून स्वतःला चिमटे काढले, हात निळे नाही",
])
def test_ordinary_twins_stay_quiet(text):
    assert_rules_stay_quiet(text)
