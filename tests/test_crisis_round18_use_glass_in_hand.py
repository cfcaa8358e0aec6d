"""Using again told by the glass or the bottle in the writer's hand reaches a person: a glass
lifted, a glass handed and taken, a bottle of liquor opened after a film or a match, the
evening sitting begun again ("रोज रात्री बसतोय परत"). A glass of water or juice, a glass
refused, a water or medicine bottle, sitting every evening to study or at the temple, and a
broken glass picked up stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "shaadi me sabne cheers kiya aur maine bhi glass utha liya",
    "पार्टी में मैंने भी ग्लास उठा लिया",
    "mitrane glass hatat dila ani mi ghetla",
    "दोस्त ने ग्लास थमा दिया, मैंने ले लिया",
    "someone handed me a glass at the party and i took it",
    "film sampli ani mi daruchi batli ughadli",
    "movie ke baad whisky ki bottle khol li",
    "after the match i opened a bottle of rum",
    "रोज रात्री बसतोय परत",
    "roj sandhyakali parat basayla laglo",
    "ek hafte se roz shaam baith raha hu",
    "shayari padhte padhte jaam utha liya",
    "प्याला उठाया और सब भूल गया",
])
def test_the_glass_or_bottle_in_hand_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "glass utha liya paani peene ke liye",
    "dost ne glass diya, maine mana kar diya",
    "haath me juice ka glass diya aur maine le liya",
    "pani ki bottle khol di",
    "dawai ki botal khol ke dekhi",
    "roj sandhyakali abhyasala bastoy",
    "roz shaam mandir me baith raha hu",
    "the glass broke and i picked up the pieces",
    "traffic jaam me phansa hu",
])
def test_harmless_glasses_and_sittings_stay_quiet(text):
    assert_rules_stay_quiet(text)
