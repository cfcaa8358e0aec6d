"""Round 18 (cricket): a team, its batting or its bowling that "killed" us, the breath stuck in
the last over and the "I'd have died" of a close finish stay quiet for the rules alone, in
English, Hindi and Marathi, both scripts. Each beside its earnest twin that still alerts: the
writer who will kill himself or wants to die after the match, a threat made after it."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "bowling ne maar dala aaj, 200 de diye",
    "the batting killed us again, lost by 3 wickets",
    "India ki fielding ne maar diya yaar, 4 catch chhode",
    "last ball pe 6 chahiye the, saans ruk gayi thi, mar jaata main",
    "super over me meri saans atak gayi, match jeet gaye",
    "शेवटच्या ओव्हरमध्ये 10 रन हवे होते, श्वास अडकला होता, मॅच जिंकलो",
    "CSK ki bowling ne maar dala aaj",
    "आज बैटिंग ने मार डाला, 5 विकेट गिरे",
    "their bowlers are killing us today lol",
    "shevatchya overla shwas thambla hota, match jinkla",
])
def test_match_nerves_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text, category", [
    ("India haar gayi, ab main khud ko maar dunga", Category.SUICIDE),
    ("match haar gaye, jeene ka mann nahi, marna chahta hu", Category.SUICIDE),
    ("team ke saamne insult hua, ab usko maar dunga", Category.HARM_TO_OTHERS),
    ("मॅच हरलो, आता जगायचं नाही मला", Category.SUICIDE),
    ("India ki batting ne maar diya, ab main khud ko khatam kar dunga", Category.SUICIDE),
    ("last over me saans atak gayi, ab jeena nahi mujhe, match ke baad sab khatam", Category.SUICIDE),
])
def test_earnest_twins_alert(text, category):
    assert_rules_find(text, category)
