"""Pills taken past what the doctor knows reach a person (rules alone): taken "without telling
my doctor", without asking, "doctor se pooche bina", "डॉक्टरला न विचारता", and sleeping pills
begun again and taken by the day. Each quiet twin names what makes the same words harmless: the
pills of a named illness (the pressure, the sugar) changed without asking, sleeping pills the
doctor began again, and a relative's count after the doctor's."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "took the pills without telling my doctor, 4 a day now",
    "been taking the tablets without asking my doctor, three at night",
    "doctor se pooche bina neend ki goli roz 3 le raha hu",
    "bina doctor ko bataye painkiller badha diye, ab paanch",
    "डॉक्टरला न विचारता गोळ्या वाढवल्या, आता चार घेतो",
    "झोपेच्या गोळ्या परत सुरू केल्या आहेत, रोज रात्री दोन",
    "sleeping pills again since last week, two a day",
    # the doctor named, but the writer's own count after the doctor's
    "डॉक्टरांनी रात्री एक गोळी दिली होती, आता मी परत पाच घेतो",
    "doctor ne ek goli di thi, ab main do leta hu kyunki neend nahi aati",
])
def test_pills_past_what_the_doctor_knows_are_using_again(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "started the BP pills without asking my doctor because the old ones ran out",
    "sugar ki goli band kar di, doctor ko bataya nahi",
    "doctor ne neend ki goliyan phir shuru ki, roz ek leta hu",
    "डॉक्टरांनी झोपेच्या गोळ्या परत सुरू केल्या, रोज एक",
    # the doctor's one and a relative's two: not the writer's count
    "doctor ne mummy ko ek goli di thi, wo ab do leti hai",
])
def test_an_illness_named_or_the_doctor_beginning_them_stays_quiet(text):
    assert_rules_stay_quiet(text)
