"""Suicide said as the family better off without the writer, or as exhaustion with everything,
read by the rules alone in English, Hindi and Marathi, Latin and Devanagari: less spending or a
better wife were the writer not there, stepping out of the way, nobody noticing and everyone
freed, not troubling anyone for long; tired of everything with no going on, defeat accepted,
this life not to be run. Their ordinary twins (a guest's short stay, a bother about a fee, tired
of the office, a match lost) stay quiet, and their earnest twins alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "agar main na hota to ghar me jhagde kam hote",
    "मी नसते तर घरात भांडणं कमी, खर्च कमी",
    "if i wasn't around they'd have fewer fights",
    "बायकोला माझ्याशिवाय चांगला नवरा मिळेल... नाही, नवऱ्याला चांगली बायको मिळेल, मी वाटेतून बाजूला होते",
    "किसी को फर्क नहीं पड़ेगा, उल्टा सब छूट जाएंगे",
    "no one would even notice. they would be relieved",
    "papa keh rahe hai ab zyada din pareshan nahi karenge",
    "sorry guys, last time i will bother you",
    "thak gaya hu sabse. ab aur nahi hota mujhse",
    "सगळ्याचा कंटाळा आलाय, आता नको",
    "tired of it all. can't go on",
    "अब और लड़ने की ताकत नहीं, हार मान ली",
    "ये ज़िंदगी अब और नहीं चलानी",
])
def test_better_off_or_tired_alerts(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "mummy said she won't trouble us for long, her train ticket is for sunday",
    "sorry, last time i will bother you about the fees",
    "tired of everything at the office, no point arguing with the boss",
    "haar maan li, match gaya. ab bas, kal phir khelenge",
])
def test_a_guest_a_fee_or_a_match_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
