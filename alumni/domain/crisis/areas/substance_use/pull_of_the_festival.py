"""Craving told at a festival or a family function: a drinking day coming near and the mind
restless (Gatari, 31st night: "Gatari yetey ani man chalbichal hotay"); a gifted bottle put away
and the attention on it all day ("ड्रॉवरमध्ये आहे, दिवसभर तिकडेच लक्ष"); bottles bought for the
guests, in the house, and the mind unsteady ("घरातच आहेत. मन स्थिर नाही"); something missing
without a glass in hand ("हातात ग्लास नसला की काहीतरी कमी वाटतं").

Each needs the drink or its day beside the pull: "31st la trip ahe" or "मन स्थिर नाही" alone say
nothing of a drink; the pull of the festival itself is read in pull_of_the_occasion.py.
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # A day kept for drinking: Gatari, 31st night, New Year's eve.
    "fest_craving_drinking_day": (
        "gatari", "गटारी", "gatári", "गटारीला", "gatarila", "31st", "31st night", "thirty first", "new year eve",
        "new years eve", "new year's eve", "नए साल की पार्टी", "naye saal ki party", "31 december", "31 dec",
    ),
    # The attention held there: "तिकडेच लक्ष", "dhyan wahi", "my eyes keep going to it".
    "fest_craving_mind_there": (
        "तिकडेच लक्ष", "tikadech laksh", "tikdech laksh", "लक्ष तिकडेच", "laksh tikadech", "लक्ष तिकडे",
        "laksh tikde", "नजर तिकडेच", "najar tikadech", "dhyan wahi", "ध्यान वहीं", "dhyaan wahin", "उधर ही ध्यान",
        "udhar hi dhyan", "नज़र वहीं", "nazar wahi", "najar wahi", "my eyes keep going", "keep looking at it",
        "can't stop thinking about it", "cant stop thinking about it", "mind keeps going to it",
    ),
    # The mind unsteady: "मन स्थिर नाही", "man nahi tik raha", "chalbichal". Not the lexicon's
    # "restless": its "ashant" is spelt like "shant" (calm), which a sober writer says.
    "fest_craving_mind_unsteady": (
        "chalbichal", "चलबिचल", "bechain", "बेचैन", "bechaini", "बेचैनी", "restless", "uneasy", "अस्वस्थ",
        "aswasth",
        "मन स्थिर नाही", "man sthir nahi", "mann sthir nahi", "मन थाऱ्यावर नाही", "man tharyavar nahi",
        "मन नहीं टिक रहा", "man nahi tik raha", "mann nahi tik raha", "मन स्थिर नहीं", "man sthir nahi hai",
        "can't settle", "cant settle", "on edge", "jittery",
    ),
    # Something missing: "काहीतरी कमी वाटतं", "kuch kami lagta hai".
    "fest_craving_feels_missing": (
        "काहीतरी कमी वाटतं", "kahitari kami vatta", "kahitari kami vatat", "काहीतरी कमी वाटते", "कुछ कमी लगता",
        "कुछ कमी लगती", "kuch kami lagta", "kuch kami lagti", "something feels missing", "feels incomplete",
        "अधूरा लगता", "adhura lagta", "अपूर्ण वाटतं", "apurna vatta",
    ),
    # A glass or a drink in hand: "हातात ग्लास", "haath me glass".
    "fest_craving_glass_in_hand": (
        "हातात ग्लास", "hatat glass", "haatat glass", "हाथ में ग्लास", "haath me glass", "hath me glass",
        "glass in hand", "glass in my hand", "drink in hand", "drink in my hand",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_DRINK = ANY + ("alcohol_maybe", "measure", "bottle_word", "bottles_many", "bottles_plural")

PULL_OF_THE_FESTIVAL: tuple[Combination, ...] = (
    # A drinking day coming near and the mind restless.
    Combination(CR, (_g("fest_craving_drinking_day"), _g("fest_craving_mind_unsteady")), 18, across=True),
    # The drink put away, the attention on it.
    Combination(CR, (_g(*_DRINK), _g("fest_craving_mind_there")), 16, across=True),
    # Bottles in the house and the mind unsteady.
    Combination(CR, (_g(*_DRINK), _g("fest_craving_mind_unsteady")), 16, across=True),
    # Something missing without a glass in hand.
    Combination(CR, (_g("fest_craving_glass_in_hand"), _g("fest_craving_feels_missing")), 10, across=True),
)
