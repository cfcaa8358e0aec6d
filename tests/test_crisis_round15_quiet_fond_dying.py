"""Dying said of love, laughter, a feast, a student's prep or an embarrassment is hyperbole:
a song, a smile or a dish one "dies on" ("mar mitna", "गाण्यावर मी मरतो", "बिर्याणीसाठी जीव देईन"),
laughing "to death", being fed to bursting, the prep "killing" one with a laugh, "i'm dead" before
a whole class, a cause that "makes me want to" jump with a laugh. The same words said of
oneself in earnest, with no such cause, or with a means, still alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "is gaane pe to main mar mitunga yaar",
    "uski aawaz pe hum mar mite the college me",
    "desh ke liye mar mitenge hum",
    "तिच्या आवाजावर तर मी मरतो",
    "ह्या मिसळीवर मी मरतो रे",
    "tyachya style var mi fida, marto ekdum",
    "पुरणपोळीसाठी मी जीव पण देईन",
    "nihari ke liye to jaan de du 😄",
    "uski hasi pe to main mar jaun yaar",
    "पावभाजीसाठी जीव देईन मी",
    "उसकी मुस्कान पे तो मैं मर मिटा",
])
def test_dying_for_a_song_a_smile_or_a_dish_is_being_smitten(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "hans hans ke mar gaye sab is video pe",
    "हसून हसून मेलो आम्ही काल",
    "हंस हंस के मर गई मैं 😂",
    "maami ne itna khilaya ki pet phat jayega, mar jaunga 😄",
    "itna khaya ki ab mar jaunga lol",
    "upsc prep se mar jaungi haha",
    "बोर्ड की तैयारी से मर जाऊंगा 😂",
    "mpsc chya abhyasane melo lol",
    "sem exams se mar jaunga lol",
    "assignment ke chakkar me mar jaunga haha",
    "हंसते हंसते मर गए यार 😂",
    "बारावीच्या अभ्यासाने मेलो 😂",
])
def test_laughing_a_feast_or_the_prep_as_the_cause_of_dying_is_hyperbole(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "ugh these standups make me want to jump out the window lol",
    "traffic makes me want to jump out of the car haha",
    "i'm dead 😭 the teacher read my chat in front of the whole class",
    "im dead, sir called me by my mom's name with 50 people on the call",
])
def test_a_wearying_cause_or_an_embarrassment_before_an_audience_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "main mar jaunga aaj raat, sab khatam",
    "मी मरतो आज, कोणी थांबवू नका",
    "मी आज जीव देईन",
    "कर्जासाठी मी जीव देईन आता",
    "jee prep ke pressure se mar jaunga, ab aur nahi hota",
    "itni goliyan khayi ki ab mar jaunga",
    "ro ro ke mar jaunga ab",
    "itna khauf hai ki mar jaunga",
    "main mar jaun to accha",
    "is rassi pe mar jaun",
    "पावभाजी खाल्ली, आता मी जीव देईन",
    "assignment ke chakkar me mar jaunga, sach me ab nahi hota",
    "लोल मरायचंय मला खरंच, मस्करी नाही करत 💀",
    "i want to jump out the window",
    "my life makes me want to jump out the window",
    "these meetings make me want to jump off the roof lol",
    "im dead. nobody in the class would notice",
    "i'm dead inside, nobody would notice if i was gone",
])
def test_the_same_dying_said_of_oneself_in_earnest_still_alerts(text):
    assert_rules_find(text, Category.SUICIDE)
