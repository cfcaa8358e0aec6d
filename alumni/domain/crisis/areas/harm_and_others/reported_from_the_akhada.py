"""A wrestler or a boxer reported by his wife or his coach: he keeps saying he will go and his
phone is off; he told a friend that his last bout is done and has not come for days. A trip to
the village named beside the going, or a bout named for a date, keeps it an ordinary going."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # My last bout is done: "majha shevatcha jod zala", "meri aakhri kushti ho gayi".
    "sport_last_bout_said": (
        "shevatcha jod", "शेवटचा जोड", "shevatchi kusti", "शेवटची कुस्ती", "aakhri kushti", "आखिरी कुश्ती",
        "akhri kushti", "aakhri dangal", "आखिरी दंगल", "my last bout", "my last fight", "meri aakhri fight",
        "मेरी आखिरी फाइट", "shevatchi fight", "शेवटची फाईट",
    ),
    # Not come for days, or not at home: "2 divas aala nahi", "do din se nahi aaya".
    "sport_not_come_days": (
        "divas aala nahi", "दिवस आला नाही", "divas ala nahi", "divsapasun aala nahi", "दिवसापासून आला नाही",
        "din se nahi aaya", "दिन से नहीं आया", "din se nahi aya", "hasnt come for", "hasn't come for",
        "not come for two days", "not seen for two days", "missing for two days", "aala nahi", "आला नाही",
        "nahi aaya", "नहीं आया", "hasnt come", "didnt come", "didn't come", "not at home", "ghari nahi",
        "घरी नाही", "ghari pan nahi", "घरी पण नाही", "ghar pe nahi", "घर पे नहीं", "ghar par nahi",
    ),
    # A trip, the village, a bout fixed for a date: an ordinary going.
    "sport_going_somewhere": (
        "gavala", "गावाला", "gaavi", "गावी", "gaon", "गांव", "mamakade", "मामाकडे", "trip", "tour", "camp",
        "कॅम्प", "kaamala", "कामाला", "training", "ट्रेनिंग", "dangal la", "दंगलला", "mela", "यात्रा", "yatra",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

REPORTED_FROM_THE_AKHADA: tuple[Combination, ...] = (
    # He keeps saying he will go, and his phone is off; a trip to the village is another going.
    Combination(S, (_g("keeps_saying"), _g("me_gone_first"), _g("unreachable")), 20, across=True,
                unless=_g("sport_going_somewhere"), unless_reach=6),
    # His last bout said to be done, and not come for days or not at home: both, since a last bout alone
    # is a career's end and a day away alone is nothing.
    Combination(S, (_g("sport_last_bout_said"), _g("sport_not_come_days")), 24, across=True,
                unless=_g("sport_going_somewhere"), unless_reach=6),
)
