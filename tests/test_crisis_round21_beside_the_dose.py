"""Using again told by patients in treatment (opioid substitution, needle-syringe programmes),
read by the rules alone in English, Hindi and Marathi, Latin and Devanagari: the clinic's dose
skipped or left for the street's drug, the take-home dose or pills crushed and injected, a
needle used again or "by me too", a drug pricked into the vein, pheniramine ("avil") mixed and
injected, a puff off the foil ("fukki"), chasing, days not yet gone by since rehab and the drug
again, stuff taken told as a confession, two drugs that both "happened". Their ordinary twins
(the dose taken at the clinic, a needle by a nurse, a police chase, a gym skipped, someone
else's skipped dose, an antihistamine injected by a doctor) stay quiet, and the earnest twins
still alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    # The dose left for the street.
    "aaj dose chhod ke brown pe chala gaya",
    "OST sodun parat gard suru kela",
    "clinicla 2 divas gelo nahi, ganja var hoto",
    "skipped my methadone and scored from the street, sorry",
    "मेथाडोन छोड़कर फिर से स्मैक पे आ गया",
    # Crushed and injected.
    "bupe ki goliyan crush karke inject kiya, galti ho gayi",
    "take home dose crushed and injected it last night",
    "टेक होम च्या गोळ्या कुटून इंजेक्ट केल्या",
    # A needle used again, or "by me too".
    "teen mahine baad phir se sui laga li, maaf karna",
    "दोन महिन्यांनी परत सुई मारली",
    "got a clean needle from the van but used it again myself, sorry",
    # Into the vein, and the mix injected.
    "काल रात्री सरळ शिरेत टोचलं परत",
    "kal raat sarak shiret tochla parat",
    "avil mix karke laga liya",
    "एविल मिला के फिर लगा लिया",
    # A puff, a chase.
    "yaar ne fukki di, maar li",
    "took a couple of chases behind the station",
    # Days not yet gone by, and the drug again.
    "rehab varun yeun 10 divas pan zale nahit ani parat gard",
    "a week hadn't passed and again the brown sugar",
    "नशा मुक्ति से लौटे एक हफ्ता भी नहीं हुआ और फिर से गांजा",
    # Owned up to; both happened.
    "sach bataun to kal maal liya tha",
    "jatret daru ani ganja donhi zala",
])
def test_using_beside_the_treatment_is_relapse(text: str) -> None:
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "methadone dose taken at the clinic, feeling steady",
    "dose le li aaj, clinic me line lambi thi",
    "nurse ne sui lagayi, dard hua",
    "doctor ne clinic me injection lagaya, bukhar utar gaya",
    "allergy ke liye doctor ne avil ka injection lagaya",
    "police chase dekha, took a video",
    "skipped the gym and ate pizza instead",
    "दस दिन नहीं पी, फिर से चरस नहीं ली",
])
def test_the_treatment_itself_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


def test_will_is_not_avil() -> None:
    assert_rules_stay_quiet("will be stuck at the clinic till noon, then home")
