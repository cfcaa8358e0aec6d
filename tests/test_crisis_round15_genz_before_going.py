"""What is said before going reaches a person: kind words and thanks owed before going, a
sorry with no meeting again, nobody to pick up this phone from tomorrow, a last night named
with what will explain it afterwards, the train's time asked for a reason the reader won't
like, the water below pictured as quiet. Thanks before a trip, a meeting missed this week, a
new number, the last night of a holiday and a pizza's "don't ask why" stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "ma'am you were so kind to me. thank you, wanted to say it before i go",
    "दीदी तुम बहुत अच्छे हो, शुक्रिया कहना था जाने से पहले",
    "papa ko bolna maaf kar dena, phir kabhi nahi milenge",
    "sorry for everything. won't see you again",
    "maa ka khayal rakhna, kal se ye number koi nahi uthayega",
    "today is my last day. when you find the letter you will understand",
    "how high is the new flyover near the station? you dont want to know why",
    "standing on the bridge every night, the river looks so calm down there. i cant stop picturing it",
])
def test_what_is_said_before_going_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "thank you sir, jaane se pehle milna tha, pune ja raha hu",
    "sorry bro, ab mulakat nahi hogi is hafte, exam hai",
    "sorry aaj bhet nay, udya bhetu",
    "sorry maa, ab mulakat nahi hogi jaldi, hostel ja raha hu",
    "kal se ye phone koi nahi uthayega, naya number le liya",
    "the last night of the trip was fun, thats why im tired",
    "the last night of the fest, thats why i look tired",
    "ordering pizza at 2am, you dont want to know why lol",
    "cant stop picturing the beach, goa trip next week",
])
def test_a_trip_a_busy_week_or_a_new_number_stays_quiet(text):
    assert_rules_stay_quiet(text)


def test_the_lenders_told_there_will_be_nobody_to_ask_alerts():
    assert_rules_find("sahukar ko bol dena ab paise maangne ke liye koi nahi milega", Category.SUICIDE)


def test_nobody_at_the_lenders_office_today_stays_quiet():
    assert_rules_stay_quiet("lenders se baat ki, koi nahi milega aaj office mein")
