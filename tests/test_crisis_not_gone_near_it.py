"""Sobriety told by not going near the drink ("daru kade gelo nahi", "नशे की तरफ नहीं गया",
"daru ke paas nahi gaya"), "phir bhi" (even so) that is no "phir" (again), and a drink or a
joint brought or handed over by others and given back or refused without a pronoun ("मित्र चरस
घेऊन आला होता, परत केलं", "लोक दारू देऊन परीक्षा घेतात, पण मी नकार दिला"): progress, not a
relapse. Going towards it, or taking what was brought, is still a relapse."""
import pytest

from alumni.domain.crisis import detect


@pytest.mark.parametrize("text", [
    "anxiety aali tevha shwas ghetla, daru kade gelo nahi",
    "पूरा हफ्ता मन उदास था, फिर भी नशे की तरफ नहीं गया",
    "boss se jhagda hua phir bhi daru ke paas nahi gaya",
    "दारूकडे फिरकलो पण नाही या महिन्यात",
    "जुना मित्र चरस घेऊन आला होता, परत केलं",
    "gavat lok daru deun pariksha ghetat, pan mi nakar dila",
    "party me daru offer ki, maine mana kar diya",
])
def test_not_going_near_it_is_no_relapse(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "phir se daru ki taraf gaya aur pi li",
    "sab samjhaya phir bhi daru pi",
    "fir bhi nasha kiya maine",
    "dost daru leke aaya, maine bhi pi li",
    "mitra ganja gheun aala, mi pan odhla",
    "लोक दारू देऊन परीक्षा घेतात, मी पण घेतली",
])
def test_going_to_it_or_taking_it_is_a_relapse(text):
    detection = detect(text, second_opinion=False)
    assert detection.relapse is not None, detection.explain()
