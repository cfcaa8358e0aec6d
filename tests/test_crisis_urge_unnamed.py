"""Written to a recovery service, a strong wish with nothing named ("aaj bahut mann ho raha
hai", "आज खूप मन होतंय") and a mind held back ("मन को रोक रहा हूँ", "ichha thambat nahi") are a
craving: an urgent case, without the helpline text. A wish that names what it wants, a wish
denied, and a self held back from something named stay quiet."""
import pytest

from alumni.domain.crisis import detect


@pytest.mark.parametrize("text", [
    "sir aaj bahut zyada mann ho raha hai",
    "शाम से बहुत मन कर रहा है, क्या करूं",
    "aaj khup man hotay, kuni tari phone kara",
    "mann bahut kar raha hai aaj raat",
    "subah se mann ko rok raha hu",
    "खुद को रोक रहा हूँ बस किसी तरह",
    "ichha thambat nahi, ratri zop nahi",
    "दोन दिवसांपासून इच्छा थांबत नाही",
])
def test_an_urge_with_nothing_named_is_urgent(text):
    detection = detect(text, second_opinion=False)
    assert detection.urgent and not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "bahut mann ho raha hai gaon jaane ka",
    "aaj khup man hotay misal khaycha",
    "bahut mann karta hai tumse milne ka",
    "aaj bahut mann nahi kar raha kuch karne ka",
    "mann ko rok raha hu online shopping se",
    "hasi rok raha hu office me",
])
def test_a_wish_with_its_object_named_is_quiet(text):
    detection = detect(text, second_opinion=False)
    assert not detection.urgent and not detection.crisis, detection.explain()
