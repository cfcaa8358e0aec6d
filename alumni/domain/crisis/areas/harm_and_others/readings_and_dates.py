"""Numbers and household words that are not a dose or a drink: a reading ("BP 130/85",
"sugar was 110"), a date ("20 tareekh ko", "5 तारखेला"), a cleaning errand ("phenyl for
the Diwali cleaning"), a handkerchief ("रुमाल", not rum) and the Marathi "खात होते"
(were eating, not a blade). Called with this area's other harmless uses; anything taken
or swallowed still alerts."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

# What a number after these words measures: a reading, not a count of pills.
_MEASURED = frozenset({"reading", "readings", "bp", "sugar", "level", "levels", "pressure", "weight",
                       "temperature", "temp", "fever", "pulse", "oxygen", "spo2", "hb", "hba1c",
                       "marks", "score", "रीडिंग", "शुगर", "बीपी", "बुखार", "ताप", "vajan", "वजन"})
# A day of the month: "20 tareekh", "5 तारखेला", "on the 20th".
_DATE_STEMS = ("tareekh", "tarikh", "tarik", "tarakh", "तारीख", "तारिख", "तारख", "tarkh")
# What the household chemical was bought for.
_CLEANING = frozenset({"safai", "saaf", "सफाई", "साफ", "swachhata", "स्वच्छता", "cleaning", "clean",
                       "toilet", "bathroom", "floor", "tiles", "pochha", "पोछा", "फरशी", "farshi",
                       "sink", "drain", "nali", "नाली"})
_HANDKERCHIEF = ("rumal", "rumaal", "रुमाल", "रूमाल")
_EATING_AUX = frozenset({"hote", "hota", "hoti", "होते", "होता", "होती", "ahe", "aahe", "आहे", "ahet",
                         "aahet", "आहेत"})
_EATING = frozenset({"खात", "khat", "khaat"})


def read_readings_and_dates(c: Concepts) -> None:
    words = c.words
    for hit in c.of("count", "few_count"):
        before = words[max(0, hit.start - 3):hit.start]
        after = words[hit.end:hit.end + 1]
        if any(w.raw in _MEASURED for w in before) or any(w.raw.startswith(_DATE_STEMS) for w in after):
            c.drop(hit.concept, hit.start, hit.end)
    # Most texts have none of these words, found without going through every word.
    if c.may_hold(_DATE_STEMS + _HANDKERCHIEF) or not c.typed_words.isdisjoint(_EATING):
        _dates_cloths_and_eating(c)
    # "phenyl aur acid le aaya ghar ki safai ke liye": bought for the cleaning, not drunk.
    if not c.of("eat", "swallow", "drank", "drink_verb"):
        cleaning = {w.sentence for w in words if w.raw in _CLEANING}
        for hit in c.of("poison"):
            if words[hit.start].sentence in cleaning:
                c.drop("poison", hit.start, hit.end)


def _dates_cloths_and_eating(c: Concepts) -> None:
    words = c.words
    for i, token in enumerate(words):
        if token.raw.startswith(_DATE_STEMS):
            for name in ("sedatives", "pills", "way_generic"):
                c.drop(name, i, i + 1)
        elif token.raw.startswith(_HANDKERCHIEF):
            c.drop("alcohol", i, i + 1)
            c.add("not_a_substance", i, i + 1)     # nor "rum" under a case ending
        elif token.raw in _EATING and i + 1 < len(words) and words[i + 1].raw in _EATING_AUX:
            for name in ("cut", "weapon", "wound"):
                c.drop(name, i, i + 1)
