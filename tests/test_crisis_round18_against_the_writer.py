"""Violence against the writer reaches a person (round 18, rules alone): a husband or "he" who
chokes or strangles the writer or tried to, who threatened to kill, burn or stab the writer,
who beats the writer, in English, Hindi and Marathi. Each quiet twin names what makes the same
verbs harmless: a feeling or a thing that "chokes", a trainer's workout, a game won."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "husband says he'll strangle me if i tell my sister",
    "he tried to strangle me last night, i locked myself in the kitchen",
    "my husband chokes me when he is angry",
    "he threatened to burn me if i go to my mothers place",
    "my father in law threatened to throw acid on me",
    "usne dhamki di ki mujhe jala dega",
    "pati kehta hai mujhe maar dalega agar police ko bataya",
    "नवऱ्याने धमकी दिली की मला जाळून टाकेल",
    "navra roj mala marto, kal pan marla",
    "my husband beats me up every weekend",
    "पति रोज़ मुझे पीटता है, कल भी मारा",
])
def test_violence_against_the_writer_is_harm(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "i feel like this loneliness is strangling me",
    "this tie is choking me lol",
    "the gym trainer is trying to murder me, legs are dead",
    "he beats me at carrom every time",
    "he tried to call me twice, i was in the meeting",
])
def test_a_feeling_a_workout_or_a_game_stays_quiet(text):
    assert_rules_stay_quiet(text)
