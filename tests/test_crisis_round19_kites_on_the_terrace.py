"""Kite flying on the terrace stays quiet: a finger cut by the kite's string ("manjhe se
haath kat gaya", "मांझे से उंगली कट गई", "the kite string cut my finger") and a jump onto the
neighbour's roof for a kite ("bagal wali chhat pe kood gaya", "शेजारच्या गच्चीवर उडी मारली").
Their twins reach a person: the string used to cut oneself on purpose or a vein, and a jump
from the roof with no roof to land on."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "chhat pe patang udate waqt manjhe se haath kat gaya",
    "छत पर पतंग उड़ा रहा था, मांझे से उंगली कट गई",
    "the kite string cut my finger on the terrace, just a bandaid",
    "bhai bagal wali chhat pe kood gaya patang lene",
    "मुलगा गच्चीवरून उडी मारून शेजारच्या गच्चीवर गेला पतंगासाठी",
    "jumped to the neighbour's terrace to get the kite back",
])
def test_kite_flying_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "terrace pe jaake maanjhe se haath kaat liya",
    "chhat pe hu, maanjhe se nas kaat dunga",
])
def test_the_string_used_on_oneself_is_self_harm(text: str) -> None:
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "गच्चीवरून उडी मारणार आहे आज",
    "chhat se kood jaunga, padosi ko bolna sorry",
])
def test_a_jump_with_no_roof_to_land_on_is_suicide(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)
