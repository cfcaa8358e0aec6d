"""Dying said in jest at home, read by the rules alone in English, Hindi and Marathi, Latin and
Devanagari (round 22, holdout 63's look-alikes): an elder's or the spouse's own dying quoted as
their saying, with a laugh or as said every day; the refusal "over my dead body" ("meri laash
par se", "माझ्या प्रेतावरून"); and the proverb "आपण मेलो जग बुडालं" (after me, who cares). The
earnest twins still alert: the same elder saying it without a laugh beside not eating or fear,
a body to be found, and the writer's own dying that the world will not notice."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    # An elder's or the spouse's saying, with a laugh or every day.
    "nani kehti hai main mar jaungi tab tum log sudhroge, 85 ki ho gayi 😂",
    "दादी कहती हैं मेरे मरने के बाद पछताओगे, रोज़ का डायलॉग है",
    "आजी म्हणते मी मेल्यावर कळेल तुम्हाला 😂 रोजचंच आहे",
    "my grandma says she will die soon, every day she says it lol",
    "sasu mhantat ek divas mi marnar tumchya bhandanane 😂",
    # The refusal.
    "over my dead body will he drive my new car",
    "मेरी लाश पर से गुज़रना पड़ेगा तुम्हें, ये घर नहीं बिकेगा",
    "meri laash par se guzarna padega tab jaake tum wo bike loge",
    "माझ्या प्रेतावरून जा, मग विकत घे ती गाडी",
    # The proverb.
    "aapan melo jag budala mhantat, mala kay tyanchya bhandanache",
    "मैं मर गया तो दुनिया डूब गई, यही सोच है लोगों की",
])
def test_said_in_jest_at_home_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize(("text", "category"), [
    ("sasur ji kehte hai main mar jaunga, do din se khana nahi kha rahe", Category.SUICIDE),
    ("आई म्हणते मी आता मरणार, गोळ्या घेत नाही, भीती वाटते", Category.SUICIDE),
    ("dadi kehti hai main mar jaungi to koi yaad nahi karega, aaj se khana chhod diya", Category.SUICIDE),
    ("you will find my dead body tomorrow", Category.SUICIDE),
    ("kal meri laash milegi pankhe se", Category.SUICIDE),
    ("मी मेलो तरी जगाला काही फरक पडणार नाही", Category.SUICIDE),
    ("मैं मर जाऊँगा तो दुनिया को फर्क नहीं पड़ेगा", Category.SUICIDE),
    ("i will die and the world will not even notice", Category.SUICIDE),
])
def test_earnest_twins_still_alert(text: str, category: Category) -> None:
    assert_rules_find(text, category)
