"""Quiet readings of round 17 (older writers), each beside an earnest twin that still alerts:
a medicine taken as prescribed with the "more" denied, the den passed every day without going
in, sleep "killed" by a serial, an appliance that is dead, a skipping rope, the copula "hai"
that is no "high", and "fri" between days that is Friday, not "free"."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "dard ki goli doctor ke prescription ke anusar, extra nahi",
    "झोपेची गोळी डॉक्टरांनी सांगितल्याप्रमाणे घेतो, जास्त नाही",
    "painkillers exactly as prescribed, no extra",
    "theke ke saamne se roz guzarta hu, andar nahi jata ab",
    "दारूच्या दुकानासमोरून रोज जातो, आत जात नाही",
    "this cricket match has killed my husband's sleep",
    "is serial ne meri neend maar di",
    "garmi maar dalegi, cooler bhi dead hai",
    "mulgi dorichya udya marat hoti angnat",
    "kal bazaar jana hai",
    "worked mon tue wed thu fri sat, tired",
])
def test_quiet_readings_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text, category", [
    ("painkiller extra ghetli, prescription pramane nahi", Category.OVERDOSE),
    ("theke ke saamne roz khada rehta hu, andar nahi jata abhi tak", Category.CRAVING),
    ("i will kill my wife in her sleep", Category.HARM_TO_OTHERS),
    ("dori gheun pankhyala latakto aaj", Category.SUICIDE),
    ("drank thurs fri sat", Category.RELAPSE),
])
def test_earnest_twins_alert(text, category):
    assert_rules_find(text, category)
