"""Craving told by patients in treatment, read by the rules alone in English, Hindi and Marathi,
Latin and Devanagari: the dose lowered or wearing off and the body aching or the drug coming to
mind, an itch to put something into the vein, the powder or the needle in dreams, the old lane
and the old faces pulling, the old place bringing it all back, one more line the only thought,
a wish with a plea for a way, the fear that the mind will slip. Their ordinary twins (a dose
lowered with no trouble, a mosquito's itch, a mother in a dream, an old school passed, the exam
the only thought, a recipe's way, feet on a wet road) stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category, detect
from tests.support.crisis_rules_reading import assert_rules_find


@pytest.mark.parametrize("text", [
    "jab se methadone ki dose kam hui, shaam ko badan tootta hai aur wahi yaad aata hai",
    "since my dose was lowered my body aches every evening and i keep thinking of it",
    "डोस कमी झाला तेव्हापासून रात्री बेचैनी, तेच आठवतं",
    "dose utarla ki ang dukhta, kay karu",
    "शिरेत काहीतरी टोचायचं, खाज सुटलीय",
    "nas mein kuch dalne ki khujli ho rahi hai",
    "sapne me bhi pudi dikhti hai",
    "i dream of the needle every night",
    "juni galli, june lok, parat odh lagliy",
    "purane adde ke saamne se guzra, sab yaad aa gaya",
    "all i can think about is one more line",
    "pitachi ichha hotey, kahi upay sanga",
    "ghari koni nahi, bhiti vatatey man ghasrel",
    "scared i'll slip this weekend, please talk",
])
def test_the_pull_beside_the_treatment_is_a_craving(text: str) -> None:
    assert_rules_find(text, Category.CRAVING)


@pytest.mark.parametrize("text", [
    "dose kam hui, ab ekdum theek lag raha hai",
    "डॉक्टरांनी डोस कमी केला, काही त्रास नाही",
    "मच्छर चावल्यामुळे हाताला खाज सुटलीय",
    "sapne me mummy dikhti hai",
    "i dream of a quiet life with my kids",
    "purane school ke saamne se guzra, sab yaad aa gaya",
    "all i can think about is the exam",
    "recipe sathi kahi upay sanga",
    "rasta ola ahe, bhiti vatatey pay ghasrel",
])
def test_the_treatment_without_a_pull_is_not_urgent(text: str) -> None:
    detection = detect(text, second_opinion=False)
    assert not detection.crisis and not detection.urgent, detection.explain()


def test_a_dose_reduced_after_a_missed_meeting_is_not_urgent() -> None:
    detection = detect("i may miss saturday's group, also the doctor reduced my bp tablet dose", second_opinion=False)
    assert not detection.crisis and not detection.urgent, detection.explain()
