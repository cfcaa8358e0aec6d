"""The English "pain" folds onto "pina" (to drink) and "pin" (a card's PIN), and "after" onto
"father": a body's pain today is no drinking today, and a pain that ends after surgery has no
father to harm. The pain that the writer wants ended for good, and drinking after a father's
death, keep their readings."""
import pytest

from alumni.domain.crisis import Category, detect


@pytest.mark.parametrize("text", [
    "my back pain is bad today",
    "stomach pain since yesterday, will see the doctor",
    "body pain today after the long shift",
    "the knee pain should end after the surgery",
])
def test_a_pain_today_or_after_surgery_is_no_crisis(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text, category", [
    ("the pain is too much, i want to die", Category.SUICIDE),
    ("after my father died i started drinking again", Category.RELAPSE),
    ("painkillers ki poori strip kha li", Category.OVERDOSE),
])
def test_pain_and_after_beside_danger_keep_their_reading(text, category):
    detection = detect(text, second_opinion=False)
    assert category in {f.category for f in detection.findings}, detection.explain()
