"""Using again told as going along with the others reaches a person: everyone drinking and the
writer too ("mi pan gheun takla", "मैं भी बहक गया"), and made to drink and begun again
("पाजली, पुन्हा सुरुवात"). The writer who kept to juice, who did not stray, or who only fears
straying stays quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_find


@pytest.mark.parametrize("text", [
    "sagle pit hote lagnat, mi pan gheun takli",
    "सगळे पितात, मी पण भरकटलो",
    "hostel mein sab peete hain, main bhi behak gaya",
    "पार्टी में सब पी रहे थे, मैं भी बहक गया",
    "बारातियों ने पिला दी, फिर से शुरुआत हो गई",
    "लोकांनी पाजली, पुन्हा सुरुवात झाली",
    "mitranni pajli, punha suruvat",
])
def test_going_along_with_the_drinking_is_a_relapse(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "sab pee rahe the, main bhi behak jaunga shayad",
    "sagle pit hote, mi pan juice gheun takla",
    "सब पीते हैं, मैं नहीं बहका",
])
def test_keeping_out_or_fearing_to_go_along_is_no_relapse(text):
    assert Category.RELAPSE not in {f.category for f in detect(text, second_opinion=False).findings}



@pytest.mark.parametrize("text", [
    "dosto ne pila di, phir se kaam shuru kiya",
    "मित्रांनी पाजली, परत सुरू झालं सगळं",
])
def test_made_to_drink_and_begun_again_stays_a_relapse_beside_work(text):
    assert_rules_find(text, Category.RELAPSE)
