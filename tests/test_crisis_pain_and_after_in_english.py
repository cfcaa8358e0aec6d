"""The English "pain" folds onto "pina" (to drink) and "pin" (a card's PIN), "after" onto
"father", "shut" onto "shoot" and "shot", "paint" onto "pint": a body's pain today is no drinking
today, a pain that ends after surgery has no father to harm, a shop shut early is nobody shot,
and a house to paint is no pint wanted. The pain that the writer wants ended for good, drinking
after a father's death, a man to be shot and a shot of tequila keep their readings."""
import pytest

from alumni.domain.crisis import Category, detect


@pytest.mark.parametrize("text", [
    "my back pain is bad today",
    "stomach pain since yesterday, will see the doctor",
    "body pain today after the long shift",
    "the knee pain should end after the surgery",
    "gonna shut the shop early today, no customers",
    "i want to shut down the laptop and sleep early",
    "really want to paint the kids room this weekend",
])
def test_a_pain_today_or_after_surgery_is_no_crisis(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text, category", [
    ("the pain is too much, i want to die", Category.SUICIDE),
    ("after my father died i started drinking again", Category.RELAPSE),
    ("painkillers ki poori strip kha li", Category.OVERDOSE),
    ("i will shoot him if he comes back", Category.HARM_TO_OTHERS),
    ("ek shot maar liya tequila ka", Category.RELAPSE),
])
def test_pain_and_after_beside_danger_keep_their_reading(text, category):
    detection = detect(text, second_opinion=False)
    assert category in {f.category for f in detection.findings}, detection.explain()
