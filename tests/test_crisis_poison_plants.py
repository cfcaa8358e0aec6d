"""The village's and the forest's poisonous plants, datura and oleander (kaner, kanher), whose
seeds are eaten to die: their seeds eaten, ground or kept, or the plant eaten, are an overdose
in every script; the same plants offered to Shiva, picked for the temple or eaten by a cow
are not."""
import pytest

from alumni.domain.crisis import detect
from alumni.domain.crisis.detection import Category


@pytest.mark.parametrize("text", [
    "kaner ke 6 beej kha liye, ulti aa rahi",
    "धतूरे के बीज पीसकर खा लिए हैं",
    "dhotryachya biya khallya ahet, chakkar yetay",
    "कण्हेरच्या बिया खाल्ल्या सकाळी",
    "swallowed some oleander seeds, heart is racing",
    "dhatura khake mar jaunga",
    "sir kaner ke beej jama kar ke rakhe hai, aaj raat",
])
def test_poisonous_seeds_eaten_are_an_overdose(text):
    detection = detect(text, second_opinion=False)
    assert Category.OVERDOSE in {f.category for f in detection.findings}, detection.explain()


@pytest.mark.parametrize("text", [
    "shivratri ko shivji ko dhatura chadhaya aur prasad kha liya",
    "mahashivratri la mahadevala dhotra vahila, upvas sodla",
    "kaner ke phool tod ke mandir le gaya",
    "our cow ate kaner leaves, vet came, she is fine now",
])
def test_the_same_plants_offered_or_grown_are_quiet(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()
