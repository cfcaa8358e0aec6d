"""Self-harm told by the marks it leaves reaches a person: pinching oneself to bruises, lines
drawn with a blade or a piece of glass, a hand put on the stove on purpose. A pinch to check
one is awake, the lines of the palm, lines ruled on paper and hands warmed at the stove stay
quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "pinched my own arm till it bruised, again",
    "khud ko chikoti kaat kaat ke haath neela pad gaya",
    "मी स्वतःला चिमटे काढले, मांडी काळीनिळी झाली",
    "took the blade to the bathroom, 4 lines tonight",
    "काचेच्या तुकड्याने हातावर रेषा ओढल्या",
    "raagat haat gas var thevla muddam",
])
def test_marks_made_on_oneself_alert(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "pinched myself to check i was not dreaming lol",
    "haath ki lakeerein kismat batati hain",
    "blade se paper pe lines kheechi scale ke saath",
    "thandit haat chulivar shekat basloy",
    "got a bruise on my arm at football practice",
    "the blade of the fan has lines of dust",
    "glass ki lines saaf karni hai",
])
def test_a_pinch_the_palm_lines_or_a_warm_stove_stay_quiet(text):
    assert_rules_stay_quiet(text)
