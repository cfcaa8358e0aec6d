"""The Marathi future and wish of hanging oneself ("मी झाडाला लटकणार", "mala latkaychay",
"latkun jain zhadala") is a suicide to act on when the writer or a place to hang from is
named; held-up work ("काम लटकणार"), a crowded bus or local hung on to, a swing, a photo or the
washing stay quiet."""
import pytest

from alumni.domain.crisis import Category, detect


@pytest.mark.parametrize("text", [
    "mi latkanar",
    "mi pan babansarkha zhadala latkanar",
    "मी पण बाबांसारखा झाडाला लटकणार",
    "dorila latkanar mi",
    "mala latkaychay",
    "ata latkun jain zhadala",
    "majha kaam zala, ata mi latkanar",
])
def test_hanging_said_ahead_by_the_writer_is_a_suicide(text):
    detection = detect(text, second_opinion=False)
    assert Category.SUICIDE in {f.category for f in detection.findings}, detection.explain()


@pytest.mark.parametrize("text", [
    "तुझं काम लटकणार आहे",
    "file latkanar ata",
    "mi local la latkun jain udya office la",
    "mi bus la latkanar, jaga nahi",
    "mi jhoka bandhun zhadala latkanar",
    "mala jhokyavar latkaychay",
    "photo bhintila latkanar",
    "कपडे दोरीला वाळत लटकणार",
    "mala tya projectmadhe latkaychay nahi",
    "tujha kaam mazyamule latkanar nahi",
    "majha visa latkanar ahe ata",
])
def test_work_held_up_a_bus_a_swing_or_the_washing_stay_quiet(text):
    assert not detect(text, second_opinion=False).crisis, detect(text, second_opinion=False).explain()
