""""चक्कर" (dizziness) alone folds onto "कर" (do), so every "kar" in a message was read as a body
gone dizzy after a dose: "BP ki goliyan jama kar raha hu travel ke liye" was an overdose. Only
its phrases are read now; pills taken with the head spinning keep their reading."""
import pytest

from alumni.domain.crisis import Category, detect


def test_pills_gathered_for_a_journey_are_no_overdose():
    detection = detect("BP ki goliyan jama kar raha hu travel ke liye", second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "सारी गोलियां खा लीं, चक्कर आ रहे हैं",
    "poori strip kha li, chakkar aa raha hai",
    "neend ki goliyan jama kar raha hu, sab ek saath lunga",
])
def test_pills_taken_or_gathered_to_take_at_once_stay_an_overdose(text):
    detection = detect(text, second_opinion=False)
    assert Category.OVERDOSE in {f.category for f in detection.findings}, detection.explain()
