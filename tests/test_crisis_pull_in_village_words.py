"""Cravings in the words of the village and the cane camp are urgent, not a crisis: the pull
("odh lagtey"), country liquor missed by its own name ("हातभट्टीची आठवण येतेय"), a torment for
drinking ("khup tras hotoy pinyasathi"), the mind wavering where everyone drinks, the mouth
watering at the toddy tree, the bottle before the eyes. Longings for a mother, a mouth watering
at biryani and a mind wavering before an exam are not cravings."""
import pytest

from alumni.domain.crisis import detect


@pytest.mark.parametrize("text", [
    "oostodila sagle pitat, mala pan odh lagtey",
    "हातभट्टीची आठवण येतेय सारखी",
    "sir phone kara na, khup tras hotoy pinyasathi",
    "उसतोडीच्या फडावर सगळे पितात, मन चलबिचल होतंय",
    "tadichya jhadakade baghitla ki tondala paani sutta",
    "anxiety चढ़ती है तो आंखों के सामने बस bottle दिखती है",
    "रात्रभर जागा, डोळ्यासमोर फक्त बाटली",
])
def test_pulls_in_village_words_are_urgent_not_crisis(text):
    detection = detect(text, second_opinion=False)
    assert detection.urgent and not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "exam aahe, man chalbichal hotay",
    "biryani baghun tondala paani sutla",
    "mala aaichi aathvan yetey",
    "dolyasamor andhari aali ani chakkar aali",
])
def test_other_longings_are_no_craving(text):
    detection = detect(text, second_opinion=False)
    assert not detection.urgent and not detection.crisis, detection.explain()
