"""Killing words of a game won and of a loved one's laughing threat stay quiet: a card game, a
sport or a board game named and the other side "killed" or "murdered" as done, in Hindi, Marathi
and English, and a wife's or a mother's "she'll strangle me if ..." with a laugh. Their earnest
twins still alert: a killing still to come after a match, a fight or a bat beside it, a friend
struck while playing, and a threat on a condition said with no teasing one named."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "taash me kal raat sabko maar diya, jeb bhar gayi 😎",
    "कैरम में आज सबको murder कर दिया",
    "we murdered them at carrom tonight",
    "kabaddi madhe samorchya teamla marun takla aaj",
    "ludo me bhai ki saari gotiyan maar di",
    "आज कॅरममध्ये सगळ्यांना मारून टाकलं 😎",
    "क्रिकेट में आज हमने उनको मार डाला, 50 रन से जीते",
])
def test_a_game_won_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "wife will strangle me if i spill tea on her new sofa again 😂",
    "mummy will kill me if she sees this mess lol",
    "biwi mujhe maar daalegi agar phir se late hua 😅",
    "aai mala marun takel jar tine he pahila 😂",
])
def test_a_loved_ones_laughing_threat_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "kal ke match ke baad usko maar dunga",
    "match ke baad jhagda hua, usko bat se maar diya",
    "taash khelte waqt usne mere dost ko maar diya",
    "he says he will kill me if i leave",
    "matchbox leke gaya aur usko jala ke maar diya",
    "khel khatam, maine usko maar diya",
])
def test_a_fight_after_the_game_or_a_threat_unlaughed_alerts(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)
