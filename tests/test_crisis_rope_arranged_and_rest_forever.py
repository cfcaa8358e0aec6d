"""The rope or the noose arranged ("phandi ka intezaam ho gaya", "दोरीची सोय झाली आहे") and rest
that does not end ("now i can rest forever", "कायमची विश्रांती घ्यायची आहे") are a suicide. A rope
for the washing, a tent or the cattle, and rest for one's health, are not."""
import pytest

from alumni.domain.crisis import Category, detect


@pytest.mark.parametrize("text", [
    "phandi ka intezaam ho gaya hai",
    "रस्सी का इंतज़ाम कर लिया, आज रात",
    "दोरीची सोय झाली आहे आता",
    "paid everyone back, now i can rest forever",
    "ab bas hamesha ke liye aaram karna hai",
    "कायमची विश्रांती घ्यायची आहे मला",
])
def test_a_rope_arranged_or_rest_for_ever_is_a_suicide(text):
    detection = detect(text, second_opinion=False)
    assert Category.SUICIDE in {f.category for f in detection.findings}, detection.explain()


@pytest.mark.parametrize("text", [
    "kapde sukhane ke liye rassi ka intezaam ho gaya",
    "bail bandhne ki rassi ka intezaam kar liya",
    "rassi ka intezaam ho gaya tent ke liye",
    "दोरीची सोय झाली, उद्या विहिरीवरून पाणी काढायचं",
    "the doctor said rest for good recovery",
    "i want to rest this weekend, no work",
])
def test_a_rope_for_a_use_or_rest_for_health_is_no_crisis(text):
    assert not detect(text, second_opinion=False).crisis, detect(text, second_opinion=False).explain()
