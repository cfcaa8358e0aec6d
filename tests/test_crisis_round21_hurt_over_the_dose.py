"""Self-harm told by people who inject or are on a substitution dose, read by the rules alone:
wounds or injection marks picked open on purpose, slapping oneself till the lips split, fingers
burnt with a lighter or a cigarette (also reported by a peer), a needle pushed into one's own
thigh, calm felt at the sight of blood, a blade across a calf or a thigh. An accident, the
kitchen, a shave and a slap said as a figure stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "keep picking at the old wounds on my arm till they bleed",
    "purane zakham jaan bujh ke kuredta hu raat ko",
    "khud ko thappad maarta raha jab tak khoon nahi aaya",
    "स्वतःच्या थोबाडीत मारत राहिलो, ओठ फुटेपर्यंत",
    "cigarette se apna haath jala liya gusse mein",
    "लाइटर से अपनी उंगली जला ली, dose नहीं मिली",
    "आमच्या गटातला एकजण सिगारेटने हात जाळतो, थांबत नाही",
    "sui apni jaangh mein chubhata hu roz",
    "khoon dekh ke sukoon milta hai",
    "रक्त दिसलं की शांत वाटतं मला",
    "ब्लेडने मांडीवर कापलं काल",
    "blade se kalai pe kaat liya, kisi ko mat batana",
])
def test_hurt_over_the_dose_is_self_harm(text: str) -> None:
    assert_rules_find(text, Category.SELF_HARM)


@pytest.mark.parametrize("text", [
    "चुकून लाइटरने बोट जाळलं, फटाके लावताना",
    "दाढी करताना ब्लेडने गालावर कापलं",
    "galti se sui jaangh mein chubh gayi, nurse ne dressing ki",
])
def test_ordinary_hurts_stay_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
