"""Round 18 (films): harm to others threatened the way a film's hero says it, someone buried
where he stands ("Singham style gaad dunga", "जिवंत पुरीन", "bury him alive"), read by the rules
alone in English, Hindi and Marathi, both scripts; a flag, a stake or a plant that is planted
("jhanda gaad dunga", "खूंटा गाड़ दूंगा") stays quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "insult kiya to usko wahin gaad dunga",
    "त्या माणसाला जिवंत पुरीन",
    "i will bury him alive if he comes again",
    "उस दलाल को फिल्मी स्टाइल में ज़िंदा गाड़ दूंगा",
    "tyala ithech purun takin, bagh tu",
])
def test_burial_threats_alert(text):
    assert_rules_find(text, Category.HARM_TO_OTHERS)


@pytest.mark.parametrize("text", [
    "uske ghar ke saamne jhanda gaad dunga",
    "खेत में खूंटा गाड़ दूंगा कल",
    "ganpati la jhende purun takin kal sakali",
])
def test_what_is_planted_stays_quiet(text):
    assert_rules_stay_quiet(text)
