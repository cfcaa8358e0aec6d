"""Using again told by the row before it reaches a person: a fight, a quarrel, an insult or a
scolding, and then straight to the den or the bar, or the drink counted after it, in English,
Hindi and Marathi, Devanagari and Latin. The wish not acted on, going home instead, the old
habit told as the past and a walk after the row stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "papa se jhagda hua aur main seedha theke pe chala gaya",
    "पत्नी से झगड़ा हुआ तो सीधा ठेके पर गया",
    "after the fight with my wife i went straight to the bar",
    "got scolded by the supervisor and went straight to the pub",
    "बॉसने अपमान केला म्हणून गुत्त्यावर गेलो",
    "baykoshi bhandan zala ani thet barmadhe gelo",
    "bhandan zala mhanun sarla gutta var gelo",
    "saas ne beizzati ki aur main theke chala gaya",
    "after the argument with dad, 4 beers",
    "jhagde ke baad do quarter daaru",
    "भांडणानंतर दारू प्यायलो",
    "sasubaincha orada khalla ani nantar beer",
    "supervisor ki daant ke baad 2 peg",
    "biwi se kahasuni hui aur direct theke pe",
    "वाद झाला आणि सरळ दारूच्या दुकानात गेलो",
])
def test_using_after_a_row_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "papa se jhagda hua par main theke nahi gaya, seedha ghar aaya",
    "jhagde ke baad theke jaane ka mann hua, gaya nahi",
    "after the fight i wanted to go straight to the bar but called my sponsor instead",
    "bhandan zala tari gutta var gelo nahi",
    "sarla ghari aalo, bar kade pahila pan nahi",
    "after the fight with my brother i went for a long walk",
    "pehle jab bhi jhagda hota tha seedha theke pe jaata tha, ab nahi",
    "boss ki daant ke baad chai pi aur kaam kiya",
])
def test_the_row_without_the_drink_stays_quiet(text):
    assert_rules_stay_quiet(text)
