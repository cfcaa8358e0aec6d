"""The warning signs a counsellor is taught to hear, said calmly in plain English, are a suicide:
peace made with the decision, one way out left, the fight given up, not being a problem after
tonight, belongings given away, a car driven into something, tomorrow not promised, the pain
ended for good. A quarrel, a move, a traffic jam, a meeting, an exam and a physiotherapist's
promise, named beside the same words, are not."""
import pytest

from alumni.domain.crisis import Category, detect


@pytest.mark.parametrize("text", [
    "honestly i feel calm, i'm at peace with my decision",
    "made my peace with it all. thank you for everything",
    "theres only one way out left for me",
    "i am done fighting. sorry",
    "after tonight i won't be a burden on anyone",
    "been giving away all my things this week",
    "keep thinking about driving my car into a wall",
    "can't promise i'll be alive tomorrow",
    "i want this pain to end forever",
])
def test_a_resolve_said_calmly_is_a_suicide(text):
    detection = detect(text, second_opinion=False)
    assert Category.SUICIDE in {f.category for f in detection.findings}, detection.explain()


@pytest.mark.parametrize("text", [
    "done fighting with my husband about money, we made up",
    "giving my stuff away before relocating to bangalore",
    "only one way out of the parking after the match",
    "cant promise i'll be here tomorrow, office trip to nashik",
    "the physio says the knee pain will end permanently after surgery",
    "made peace with my dad after two years",
])
def test_the_same_words_beside_an_ordinary_matter_are_no_crisis(text):
    assert not detect(text, second_opinion=False).crisis, detect(text, second_opinion=False).explain()
