"""Round 12: Marathi as it is written in Khandesh (Ahirani) and Vidarbha (Varhadi), and more
of Bhojpuri's verb forms, each read as the standard form it stands for (the pronouns "मन्हा",
"माले", "त्याले"; the copula "शे"; the future in "-सू" and the conjunctive in "-ईसन"; "मारी
टाक-", "संपाडी", Varhadi "पिधी", "रातले", "उपेग"; Bhojpuri "गइलन", "रुकल", "लागत बा", "का करीं"),
and the standard readings they fold to (a restraint that failed before the drinking, a rope
taken towards a tree). The everyday sentences with the same forms stay quiet.

The sentences are this round's own, written from the forms, not taken from any set. DIALECT
holds what the rules of 619056c missed: each fails without this round's change. Read by the
rules alone (second_opinion=False) so the classifier cannot hide a rules regression.
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

S, R, HO = Category.SUICIDE, Category.RELAPSE, Category.HARM_TO_OTHERS

DIALECT: tuple[tuple[str, Category], ...] = (
    # the future in "-सू", the conjunctive in "-ईसन": living questioned, living refused
    ("माले जगीसन काय करसू आते", S),
    ("आते जगीसन काय करसू मी", S),
    ("mi aata jagisan kay karsu", S),
    ("मी आता नही जगसू", S),
    ("ata nahi jagsu mi", S),
    # "मारी टाक-", "संपाडी टाक-": killing someone, by the dative in "-ले"
    ("त्याले मारी टाकसू आज", HO),
    ("तिले मारी टाकसू", HO),
    ("tyale mari taksu ata", HO),
    ("आज रातले त्याले संपाडी टाकसू", HO),
    ("त्यासले मारी टाकसू दोन्हीसले", HO),
    # a rope taken towards a tree: Ahirani, standard Marathi, Hindi and Bhojpuri
    ("मन्हा नवरा दोर लईसन झाडकडे गया शे", S),
    ("मन्ही माय दोर लईसन झाडकडे गयी शे लवकर या", S),
    ("माझा भाऊ दोर घेऊन झाडाकडे गेला आहे", S),
    ("majha bhau dor gheun zadakade gela", S),
    ("mera bhai rassi leke ped ki taraf gaya hai", S),
    ("हमार भइया रस्सी लेके बगिया की ओर गइलन", S),
    # Varhadi's drinking, after a restraint that failed
    ("malle aavarla nahi kal ratle pidhi", R),
    ("माले आवरलं नाही, रातले पिधली", R),
    ("मला आवरलं नाही काल रात्री प्यायलो", R),
    ("kal ratle aavarla nahi ani pidhla", R),
    ("मले थांबता वनं नही रातले पिधी", R),
    # Bhojpuri: "हमसे ना रुकल", the plural verb of "hum"
    ("हमसे ना रुकल, फिर से चढ़ा लिए", R),
    ("hamse na rukal kal raat, fir se chadha liye", R),
    # Varhadi's "jagach" in Latin
    ("maley jagach nahi ata", S),
)

# Read before this round too: kept to pin the restraint's negation, which must not cancel it.
ALREADY_READ: tuple[tuple[str, Category], ...] = (
    ("mujhse ruka nahi, kal raat pi li", R),
)

QUIET: tuple[str, ...] = (
    # the same forms, everyday
    "माले उद्या शेतमा जासू, तू ये",
    "मन्हा भाऊ आज बाजारले गया शे",
    "त्याले काम करसू सांगा",
    "आम्ही जेवण खाईसन निघनूत",
    "मी चहा पिईसन येस",
    "मन्हा उपेग सांगा काय शे",
    "रातले पाऊस वना",
    "kal ratle jevan karun zoplo",
    "बाबा दोर लईसन गाईला बांधाले गया शे",
    "दोर लईसन झाडकडे झोका बांधाले गया",
    "हम कल बाजार गइलन, सब्जी लेहली",
    "theke ke saamne se nikla, ruka nahi",
    "मी आवरलं नाही अजून, दहा मिनिटात येतो",
    "ka kari, barish me gaadi nahi chal rahi",
    "सासू आणि मी बसू इथेच",
    "ha jagacha niyam aahe",
    "male nurse ne injection diya",
    "she said the lassi was good",
)


@pytest.mark.parametrize(("text", "category"), DIALECT + ALREADY_READ)
def test_the_dialect_form_reads_as_its_standard_form(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", QUIET)
def test_the_same_forms_in_everyday_sentences_stay_quiet(text):
    assert_rules_stay_quiet(text)
