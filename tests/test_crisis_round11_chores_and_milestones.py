"""Round 11, false alarms in long messages (tools_at_work, everyday_idioms, look_alikes): a
knife cutting food and a rope tying the festival's lights or skipped; staying till the end
of an evening; the part of a talk about a stranger who overdosed; a purchase for the family
("for my son" is no provision for after the writer); thanks at a sobriety milestone from
someone coming to next week's meeting; "share the PPT" (not "saare", "patta"). A last
message, a rope for the writer, the writer's own pills and drinking still alert. The rules
alone are tested (second_opinion=False)."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import detect

QUIET = [
    # English
    "we tied the diwali lights with rope from the terrace",
    "my son does 200 skipping rope jumps on the terrace every morning",
    "got promoted, went to the office party and stayed till the end with a lime soda",
    "the movie was long but we stayed till the end, her favourite part",
    "the talk was good, the part about the woman who overdosed twice and now runs a shelter made me think",
    "in the workshop the bit about the man who tried to hang himself and survived was powerful",
    "bought new school shoes for my son with my first salary",
    "one year sober, thanks for everything. will come to the group on friday with laddoos",
    "can you share the ppt from yesterday's session",
    # Hindi, Latin and Devanagari
    "didi chaku se nariyal tod rahi thi, bhaiya terrace pe rassi se lights laga raha tha",
    "छत से रस्सी से तोरण बांधे, दिवाली की सजावट पूरी",
]

STILL_ALERTING = [
    "thank you for everything, this is my last message",
    "bought rope for my son's swing and one for me",
    "the part about the pills i took last night, i didnt tell anyone",
    "stayed till the end and then drank the whole bottle",
    "rassi le aaya hu, pankhe se latak jaunga",
    "chaku se uska gala kaat dunga",
    "knife rakh liya hai, khud ko kaat lunga",
]


@pytest.mark.parametrize("text", QUIET)
def test_chores_evenings_and_milestones_are_not_a_crisis(text: str) -> None:
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", STILL_ALERTING)
def test_a_rope_or_a_knife_for_oneself_still_alerts(text: str) -> None:
    assert detect(text, second_opinion=False).crisis, text
