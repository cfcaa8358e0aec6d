"""A slow night at a bar or a hotel ("dead night", "आज hotel मध्ये dead night"), a paper that
slaughtered a batch ("the whole class got murdered in physics", "paper mhanje katal", "पेपर
में कत्लेआम हो गया") and mosquitoes that "killed" one all night ("मच्छरों ने मार डाला",
"डासांनी रात्रभर मारलं") stay quiet. Their twins reach a person: the writer dead tonight, a
killing done or threatened after the exam, a wish to die after a night of mosquitoes, and the
mosquito poison drunk."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "total dead night at the restaurant, just 3 covers",
    "आज ढाबे पर dead day था, कोई नहीं आया",
    "kal bar madhe ekdam dead night hoti, 4 tables fakt",
    "chemistry paper was a massacre, whole class got murdered",
    "physics ka paper katal tha, sab ke sab fail honge",
    "पेपर में कत्लेआम हो गया, पूरा batch रो रहा है",
    "गणिताची प्रश्नपत्रिका म्हणजे कत्तल होती",
    "machharon ne poori raat maar dala, neend nahi aayi",
    "डासांनी रात्रभर मारलं, हॉस्टेलमध्ये जाळी नाही",
    "mosquitoes killed me all night in the pg",
])
def test_slow_nights_papers_and_mosquitoes_stay_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "i'm dead tonight, nobody will miss me",
    "i'll be dead by night",
    "मच्छरों ने रात भर सोने नहीं दिया, अब मैं मरना चाहता हूं",
])
def test_the_writers_death_is_suicide(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "kal paper ke baad uska katal kar dunga",
    "i will murder him after the exam",
])
def test_a_killing_threatened_after_the_exam_is_harm(text: str) -> None:
    assert_rules_find(text, Category.HARM_TO_OTHERS)


def test_the_mosquito_poison_drunk_is_an_overdose() -> None:
    assert_rules_find("machhar marne ki dawai pi li maine", Category.OVERDOSE)
