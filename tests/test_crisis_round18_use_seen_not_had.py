"""Drunkenness seen, not had, stays quiet: a film's drunk scene or its title, people in general
"when drunk" or drunk on the news, and the others drunk at a procession or a wedding while the
writer says they were sober. Its earnest twins still reach a person: drinking after the film,
one's own hangover, "i do stupid things when drunk", the revellers joined ("mi pan") or told
without the writer's sobriety."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "the drunk scene in that movie was hilarious",
    "Devdas ka sharabi scene dekha aaj",
    "news me dikhaya log nashe me kya karte hain, dangerous",
    "scary what people do when drunk",
    "sab tight the, main hosh me tha",
    "sagle tight hote, mi shuddhit hoto",
    "everyone at the wedding was wasted, i was sober",
])
def test_drunkenness_seen_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "watched a film and got drunk after",
    "had a hangover after the movie night",
    "i do stupid things when drunk",
    "sagle tight hote, mi pan",
    "sagle tight hote",
])
def test_drunkenness_had_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)
