"""A relative's medicine fetched ("papa ki BP ki goli lene gaya"), someone else's bottle or
joint with the writer turning away ("roommate ne bottle nikali, main padhta raha", "मित्राने
joint pass केला, मी no म्हणालो"), a bottle not even looked at, an exam's cut-off missed and
"बैठ पाता हूं" (am able to sit) stay quiet. Their twins reach a person: the pills swallowed,
the writer who drank too or wants to, the pull towards the bottle, a strip of pills taken at
once."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "papa ki BP ki goli lene gaya tha medical pe, baaki sab theek",
    "aai chi sugar chi goli aanayla gelo hoto, sagla bara",
    "दादी की शुगर की गोली लेने गया था, सब ठीक है",
    "roommate ne bottle nikali, main chupchap library jaakar padhta raha",
    "दोस्त ने बोतल निकाली, मैं चुपचाप बाहर walk पर गया",
    "मित्राने joint pass केला, मी सरळ नाही म्हणालो",
    "result kharab aaya par bottle ki taraf dekha bhi nahi",
    "निकाल वाईट लागला पण बाटलीकडे पाहिलं पण नाही",
    "कट ऑफ से दो नंबर से चूक गया, घर पर सब ठीक",
    "cut off se 3 marks kam, par daru ko haath nahi lagaya",
    "अब एक बार में 4 घंटे पढ़ पाता हूं, बिना गांजे के 2 महीने",
])
def test_fetched_refused_and_missed_stay_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


def test_pills_swallowed_are_an_overdose() -> None:
    assert_rules_find("mummy ki neend ki goliyan sab kha li", Category.OVERDOSE)


def test_a_strip_taken_at_once_is_an_overdose() -> None:
    assert_rules_find("एक बार में पूरा पत्ता खा लिया", Category.OVERDOSE)


@pytest.mark.parametrize("text", [
    "roommate ne bottle nikali, maine bhi pi li",
    "रूममेट ने बोतल निकाली, मैंने भी दो पैग ले लिए",
])
def test_the_writer_who_drank_too_is_a_relapse(text: str) -> None:
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "roommate ne joint diya, mann kar raha hai",
    "बोतल की तरफ खिंचा चला जा रहा हूं",
])
def test_the_pull_is_a_craving(text: str) -> None:
    assert_rules_find(text, Category.CRAVING)
