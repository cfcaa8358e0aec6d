"""Round 13: Hindi as it is written in Chhattisgarh ("mola", "tola", the future in "-हूं",
"-ही", "-हीं", the present "हों", "गे", "झन", "उहें", "मोर बिना"), each read as the standard
form it stands for; the dam as a place of danger; living worn out by its repetition; and
the everyday sentences with the same words left quiet, with "dying to see you" said with a
verbal noun ("dekhne ke liye mar raha hu").

The sentences are this round's own, written from the forms, not taken from any set. DIALECT
holds what the rules of 802a014 missed: each fails without this round's change. Read by the
rules alone (second_opinion=False) so the classifier cannot hide a rules regression.
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

S = Category.SUICIDE

DIALECT: tuple[tuple[str, Category], ...] = (
    # "mola" (to me) before a wish to die
    ("mola marna he bas", S),
    ("mola ab mar jaana he", S),
    # "मोर बिना" (without me), with the third-person plural future in "-हीं"
    ("मोर बिना घर वाले सुखी रहिहीं", S),
    ("मोर बिना सब खुश रहिहीं", S),
    ("mor bina sab achha rahenge", S),
    # living worn out, "जियत जियत", "jeete jeete", with "गे" (went) and "हों" (am)
    ("अब जियत जियत थक गे हों", S),
    ("jeete jeete thak gayi hu ab", S),
    ("जीते जीते थक गई हूं मैं", S),
    # the dam, and going there tonight in the first-person future "-हूं"
    ("डैम के पानी गहरा हे, आज रात उहें जाहूं", S),
    ("बांध मा पानी भरे हे, आज रात उहें जाहूं अकेल्ला", S),
    ("बांध पर बैठा हूं, नीचे पानी बहुत गहरा है", S),
)

ALREADY_READ: tuple[tuple[str, Category], ...] = (
    ("dam pe jaunga aaj raat, kisi ko mat batana", S),
    ("मोला अब जिये के मन नई हे", S),
    ("आज रात तालाब में कूद जाहूं", S),
)

QUIET: tuple[str, ...] = (
    # "dying to see you", with a verbal noun and "ke liye", "ko"
    "tujhe dekhne ke liye mar raha hu bhai, jaldi aa",
    "tola dekhne ke liye mar rahe hain sab, kab aayega bhaiya",
    "आपसे मिलने को मरा जा रहा हूं भैया, कब आओगे",
    "bhai ki shaadi dekhne ko mar rahi hu",
    # the same dialect forms in everyday sentences
    "मोला काली बाजार जाना हे, कुछ सामान लाहूं",
    "बांध मा पानी भर गे, खेत बर अच्छा हे",
    "मोर नाचत रहिस खेत मा",
    "ek tola sona liya shaadi ke liye",
    "चिंता झन करव, काली मिलहूं",
    "बच्चा मन स्कूल गे हें, मैं घर मा हों",
    "रस्सी बांध के बकरी ला खूंटा मा लगा देहूं",
)


@pytest.mark.parametrize(("text", "category"), DIALECT + ALREADY_READ)
def test_the_chhattisgarhi_form_reads_as_its_standard_form(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", QUIET)
def test_the_same_forms_in_everyday_sentences_stay_quiet(text):
    assert_rules_stay_quiet(text)
