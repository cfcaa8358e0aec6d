"""Suicide said indirectly in Marathi- and Hindi-speaking homes as a parting, read by the rules
alone in English, Hindi and Marathi, Latin and Devanagari: meeting in the next life or being
good enough there; one's own things given beside the mother to be looked after or not to blame;
an apology sent to everyone beside one person to be looked after; a bye with "you tried your
best". Their ordinary twins (a film's or a lover's every life, a raise that comes in the next
life, a bike lent for a ride, a party missed, a bye at a transfer) stay quiet, and the earnest
twin of each still alerts."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "अगले जन्म में मिलेंगे भाई, मेरी bike तू रख, माँ का ख्याल रखना",
    "pudhchya janmi bhetu mitra, majhi bike tujhi",
    "see you in the next life, maybe i will be good enough then",
    "meri bike tu rakh le, maa ka khayal rakhna",
    "माझी बाईक तुझी, आईची काळजी घे",
    "my laptop is yours now, look after mom",
    "सबको मेरी तरफ़ से माफ़ी माँग लेना, ख़ास कर पापा से",
    "saglyanna majha namaskar sanga, konacha raag nahi",
    "बाय मॅडम, तुम्ही खूप प्रयत्न केले माझ्यासाठी",
])
def test_partings_are_read(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "is salary hike ke liye to agle janam mein milenge lol",
    "saat janam ka saath, agle janam mein bhi tu hi",
    "meri bike kal ride ke liye le ja, maa ka khayal rakhna",
    "सबको मेरी तरफ़ से माफ़ी माँग लेना, party में नहीं आ पाऊंगा, ख़ास कर रिया से",
    "bye team, tumhi khup prayatna kele match madhe",
])
def test_ordinary_partings_stay_quiet(text):
    assert_rules_stay_quiet(text)
