"""Round 12: Hindi as it is written in eastern Uttar Pradesh and Bihar (Bhojpuri and Awadhi
verb forms: "mar jaib", "jaan de deb", "jiye ke mann naikhe"), Mumbai's "apun ko", and
Varhadi's "जगाचं": each read as the standard form it stands for, and the everyday sentences
with the same forms left quiet.

The sentences are this round's own, written from the forms, not taken from any set. DIALECT
holds what the rules of 79b9508 missed: each fails without this round's change. Read by the
rules alone (second_opinion=False) so the classifier cannot hide a rules regression.
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

S, R = Category.SUICIDE, Category.RELAPSE

DIALECT: tuple[tuple[str, Category], ...] = (
    # the first-person future in -ab, -ib, -eb
    ("hum mar jaib, koi na rokal", S),
    ("ab ham mar jaib bhaiya", S),
    ("हम मर जाइब आज", S),
    ("hum ab marab, sab khatam", S),
    ("हम अब मरब", S),
    ("ab na jiyab hum", S),
    ("हम अब ना जियब", S),
    # the negative copula and the verbal noun of living
    ("hamra ab jiye ke mann naikhe", S),
    ("हमरा जिए के मन नइखे", S),
    ("hamra jiye ke koi matlab nahi ba", S),
    ("mujhe jiye ke man nahi", S),
    # Mumbai's dative
    ("apun ko mar jaane ka hai", S),
    ("अपुन को मर जाने का है", S),
    # Varhadi's "जगाचं"
    ("मले आता जगाचं नाही", S),
)

QUIET: tuple[str, ...] = (
    "hum kal gaon jaib, tohra se milab",
    "हम काल्ह बाजार जाइब",
    "bhaiya ke shaadi me hum jaib",
    "hamra ghar ke chhat naikhe pakka",
    "sau saal jiye aap, janmdin mubarak",
    "aap jiye hazaron saal",
    "apun ko kal meeting me aane ka hai",
    "hum fir se padhai suru kaili",
    "gail ne bola tha meeting kal hai",
    "ha jagacha niyam nahi",
)


@pytest.mark.parametrize(("text", "category"), DIALECT)
def test_the_dialect_form_reads_as_its_standard_form(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", QUIET)
def test_the_same_forms_in_everyday_sentences_stay_quiet(text):
    assert_rules_stay_quiet(text)
