"""Suicide told through what is left ready reaches a person: a rope kept in the bag or under the
bed with nothing decided yet, letters written for the children "just in case", one's phone and
wallet left to be sent home, and the writer's jump into a valley or off a cliff. A rope packed for
camping, a phone left for repair, letters to customers and a valley photographed stay quiet
beside their earnest twins."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "rassi bag mein rakh li hai, abhi decide nahi kiya kab",
    "रस्सी लॉकर में रख दी है, अभी तय नहीं किया",
    "दोरी बॅगेत ठेवली आहे, अजून ठरवलं नाही",
    "I have kept a nylon rope under my bed. still havent decided when",
])
def test_a_rope_kept_with_nothing_decided_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "wrote a letter for each of my daughters and left it with the passbook, just in case",
    "बच्चों के लिए चिट्ठियां लिखी हैं, अगर कुछ हो गया तो दे देना",
    "मुलांसाठी पत्रं लिहून ठेवली आहेत, काही झालं तर त्यांना द्या",
])
def test_letters_left_just_in_case_alert(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "mera phone aur purse almari mein rakh diya hai, ghar bhej dena",
    "माझा फोन आणि पाकीट लॉकरमध्ये ठेवलं आहे, घरी पाठवून द्या",
    "left my phone and my watch in the locker, send them to my family",
])
def test_ones_things_left_to_be_sent_home_alert(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "ghati mein kood jaunga aaj raat, koi nahi rokega",
    "ये पॉइंट से खाई में कूद जाऊंगा",
    "I'm going to jump off the cliff behind the hotel tonight",
])
def test_the_jump_into_a_valley_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "kept the rope in my bag for the camping trip, havent decided the route yet",
    "phone repair ke liye shop pe rakh diya hai, ghar bhej dena courier se",
    "wrote letters to all our customers just in case the shop shifts next month",
    "dari khup khol aahe, photo kadhla",
])
def test_a_trip_a_repair_or_a_view_stays_quiet(text):
    assert_rules_stay_quiet(text)
