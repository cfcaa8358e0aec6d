"""Two everyday words that read as danger: food poisoning is an illness, not a poison swallowed,
and "sir" (सर) said to the reader at a sentence's end or start is not someone to harm. A poison
or a threat said beside them still alerts."""
import pytest

from alumni.domain.crisis import Category, detect


@pytest.mark.parametrize("text", [
    "kuch kha liya bahar ka, food poisoning, hospital gaye",
    "kahitari khalla bahercha, food poisoning zali, dawakhanyat nela",
    "कुछ खा लिया बाहर का, फूड पॉइजनिंग हो गया, हॉस्पिटल ले गए",
    "ate at the wedding, food poisoning, on drip now but ok",
])
def test_food_poisoning_is_an_illness(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "I took rat poison, told them it was food poisoning",
    "zeher kha liya, sabko bola food poisoning hai",
    "food poisoning ke bahane se chuha maar kha liya",
])
def test_a_poison_beside_food_poisoning_still_alerts(text):
    detection = detect(text, second_opinion=False)
    assert Category.OVERDOSE in detection.categories, detection.explain()


@pytest.mark.parametrize("text", [
    "जगणं म्हणजे मरण झालंय सर",
    "मरायचं आहे सर",
    "madam, mujhe marna hai",
])
def test_sir_addressed_leaves_a_suicide_a_suicide(text):
    detection = detect(text, second_opinion=False)
    assert detection.categories == (Category.SUICIDE,), detection.explain()


@pytest.mark.parametrize("text", [
    "सर को मार दूंगा",
    "us sir ko maar dunga kal",
    "usko maar dunga sir",
])
def test_a_threat_beside_sir_is_still_harm_to_others(text):
    detection = detect(text, second_opinion=False)
    assert Category.HARM_TO_OTHERS in detection.categories, detection.explain()
