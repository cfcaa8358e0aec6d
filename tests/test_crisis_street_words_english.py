"""Using again told in English street words ("i was smashed last night", "caved last night",
"shot up in the bathroom", "scored some gear yesterday") is a relapse; a room trashed, prices
or a ranking that shot up, runs scored and a phone bought after caving are not."""
import pytest

from alumni.domain.crisis import detect


@pytest.mark.parametrize("text", [
    "i was smashed last night, sorry",
    "we got trashed after the match",
    "caved last night. day 1 again tomorrow",
    "i shot up in the car before work",
    "scored some brown near the station",
    "copped from my old guy again",
])
def test_street_words_of_using_are_a_relapse(text):
    detection = detect(text, second_opinion=False)
    assert detection.relapse is not None, detection.explain()


@pytest.mark.parametrize("text", [
    "the room was trashed after the kids party",
    "i shot up the rankings this semester",
    "prices shot up again this week",
    "scored some runs in the evening match",
    "i caved and bought the new phone",
])
def test_the_same_words_of_a_thing_are_no_relapse(text):
    assert not detect(text, second_opinion=False).crisis, detect(text, second_opinion=False).explain()
