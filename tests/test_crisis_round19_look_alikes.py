"""Everyday words that fold onto danger words stay quiet as typed: a room ("परमिट रूम",
"रूममेट") is no rum, a hill ("tekdi", "टेकडी") no drink, the Marathi particle "च" no AC,
"रात भर" (all night) no bar, a roof ("छत") no want, "पाता हूं" (am able to) no strip of pills.
The same sentences with the danger word itself (rum, a rope and a goodbye on the roof, a
strip swallowed) still reach a person."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "परमिट रूम में रोज़ शाम को ड्यूटी है",
    "रूममेट रोज़ रात को गाने सुनता है",
    "roj sakali tekdi var firayla jato",
    "रोज सकाळी टेकडीवर चालायला जातो",
    "आज दुकानात 3 च गिऱ्हाईक आले, मेलो कंटाळून",
    "हॉस्टल की छत पर रोज़ शाम को पढ़ता हूं",
    "अब मैं 2 घंटे एक बार में चल पाता हूं",
])
def test_look_alikes_stay_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


def test_rum_itself_is_a_relapse() -> None:
    assert_rules_find("कल रम की पूरी बोतल पी ली", Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "छत पर रस्सी बांध ली है",
    "hostel ki chhat pe rassi baandh di hai, aaj latak jaunga",
    "मैं छत से कूदना चाहता हूं",
])
def test_the_roof_with_a_rope_or_a_jump_is_suicide(text: str) -> None:
    assert_rules_find(text, Category.SUICIDE)
