"""Self-harm told by students after a mock or a result, read by the rules alone in English, Hindi
and Marathi, Latin and Devanagari: a candle, a lighter or a hot iron put to the fingers or the
hand with the pain eased or the result as its cause, a ruler struck on one's own hand, and cut
marks that keep growing. A burn by mistake or in cooking, a candle lit for a power cut or a
puja, a teacher's blow and marks that heal stay quiet; their earnest twins still alert."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "garam istri haath pe rakh di, dard kam hua thoda",
    "गरम इस्त्री हाथ पर लगाई, सुकून मिला",
    "put a hot iron on my palm, felt better after",
    "लायटरने हाताला चटका दिला, बरं वाटलं",
    "मोमबत्ती से उंगली जला ली, result देख के",
    "lighter se ungliyan jala li mock ke baad",
    "burnt my fingers with a candle after seeing my rank",
    "menbattine bota bhajun ghetli nikal baghun",
    "ruler se haath pe maarta raha jab tak suj nahi gaya",
    "स्केल से हाथ पर मारता रहा",
    "kept hitting my hand with the steel scale after the mock",
    "pattine hatavar marat rahilo",
    "cut marks on my thigh keep growing, did it again",
    "बांह पर कट के निशान बढ़ते जा रहे हैं",
    "हातावरचे कापल्याचे व्रण वाढत चाललेत",
])
def test_harm_after_the_marks_alerts(text):
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "galti se garam iron haath pe lag gaya, dard kam nahi ho raha",
    "light gayi to mombatti jalayi, ungli thodi jal gayi",
    "teacher ne scale se haath pe maara",
    "the cuts are healing, fewer marks now",
    "पूजा में मोमबत्ती से उंगली जल गई",
    "मच्छर के निशान बढ़ते जा रहे हैं",
])
def test_accidents_and_others_blows_stay_quiet(text):
    assert_rules_stay_quiet(text)
