"""Round 11, false alarms: the farm, the doctor, the village and a death in the family
(calm_errands, told_story, evidence_signals, everyday_idioms): pesticide sprayed, then hands
washed and a meal eaten; a sleeping pill the doctor prescribed, with no heap of them; a
substance quit ("स्मैक छोड़े एक साल") is no medicine at hand; a stranger's death told as
the village's news; a relative who "passed away peacefully". Drinking the pesticide, the
writer following suit, all the pills at once still alert. The rules alone are tested."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import detect

QUIET = [
    # English
    "mom is taking her sleeping pills as the doctor prescribed, she sleeps well now",
    "my grandmother passed away peacefully, mom is taking her BP pills on time now",
    # Hindi, Latin and Devanagari
    "subah khet me keetnashak ka chhidkaav kiya, phir haath dho ke roti khayi",
    "gaon me ek ladke ne zeher kha liya pichle hafte, sab pareshan hain",
    "smack chhode ek saal ho gaya. pichle saal isi din hospital me tha. aaj nayi dukaan ki chaabi li",
    "खेत में कीटनाशक छिड़का, फिर हाथ धो के खाना खाया",
    "गांव में एक आदमी ने पेड़ से लटक के जान दे दी, सब दुखी हैं",
    "गर्द छोड़े सात महीने हुए, पिछले साल अस्पताल में था, अब दुकान फिर से ली है",
    # Marathi, Devanagari
    "गावात एका शेतकऱ्याने विहिरीत उडी मारली, सगळे दुःखी आहेत",
]

STILL_ALERTING = [
    "khet me keetnashak chhidka, phir thoda pi liya",
    "गांव में एक आदमी ने जान दे दी, मैं भी यही करूंगा",
    "i took all the sleeping pills the doctor prescribed",
    "doctor ne neend ki goliyan di thi, sab ek saath kha li",
]


@pytest.mark.parametrize("text", QUIET)
def test_farm_doctor_and_village_news_are_not_a_crisis(text: str) -> None:
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", STILL_ALERTING)
def test_the_poison_drunk_or_the_pills_at_once_still_alert(text: str) -> None:
    assert detect(text, second_opinion=False).crisis, text
