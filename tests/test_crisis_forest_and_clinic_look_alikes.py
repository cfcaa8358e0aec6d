"""Quiet lines of the forest belts and the psychiatry clinic that shared words with danger:
mahua flowers gathered, sold and cooked into laddoos, a liquor offered to a god and not drunk, a
well run dry with the tanker coming, a year completed with the pills on time ("ek varsh purna,
golya vel var ghetoy"), and breathing done as an exercise instead of a drink. Their earnest twins
still alert."""
import pytest

from alumni.domain.crisis import detect


@pytest.mark.parametrize("text", [
    "sold 40 kg dried mahua flowers at the haat this week",
    "aai ne mahua laddoo banaye, dying to eat them",
    "महुआ बीनते बीनते सुबह हो गई",
    "मोहाची फुलं वेचली आणि विकली, दारू नाही केली",
    "देवाला मोहाची दारू वाहिली, मी स्वतः घेतली नाही",
    "गांव के कुएं का पानी सूख गया, टैंकर से पानी आ रहा है",
    "vihiriche pani atla, tanker yetoy",
    "ek varsh purna, golya vel var ghetoy",
    "did the box breathing exercise instead of a drink",
])
def test_forest_and_clinic_look_alikes_are_quiet(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "kal mahua pi liya, sorry",
    "देवाला वाहिली आणि उरलेली मोहाची दारू मी प्यायलो",
    "kuen me paani hai, main kuen me ja raha hu",
    "saari goliyan ek saath kha li",
    "he is not breathing, lips are blue",
])
def test_their_earnest_twins_alert(text):
    detection = detect(text, second_opinion=False)
    assert detection.crisis, detection.explain()
