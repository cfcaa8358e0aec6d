"""Danger to someone close told by what the writer sees reaches a person: a sister or a friend
sending goodbye messages to everyone from a terrace or a bridge, a brother or a sister cutting a
hand or a wrist with blood. A friend's goodbye at a transfer and a hand cut while chopping
vegetables stay quiet beside their earnest twins."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "माझी बहीण टेरेसवर बसून सगळ्यांना गुडबाय मेसेज पाठवतेय",
    "my friend is sending goodbye messages to everyone from the bridge",
    "mera bhai chhat pe baitha sabko goodbye message bhej raha hai",
])
def test_goodbye_messages_sent_by_someone_close_alert(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "my sister was cutting her wrist in the hostel room, there is blood everywhere",
    "मेरा भाई बाथरूम में हाथ काट रहा है, बहुत खून",
    "माझा मित्र रूममध्ये हात कापत बसलाय, खूप रक्त",
])
def test_someone_close_cutting_with_blood_alerts(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "मित्र transfer होऊन जातोय, सगळ्यांना गुडबाय मेसेज पाठवले",
    "my brother was cutting vegetables and cut his hand by mistake, lot of blood",
])
def test_a_transfer_or_chopping_stays_quiet(text):
    assert_rules_stay_quiet(text)
