"""The others' drink and the writer's own other thing, told side by side at a party or a
festival (round 20): "Christmas party मध्ये सगळे wine घेत होते, मी hot chocolate", "गच्चीवर बिअर
होती पण मी तिळगूळ खाल्ला", "kaka lagnat tight houn nachat hote, mi video kadhla ani shuddhit
hoto", "everyone had beers, i had a mocktail". Read by alumni.domain.crisis.idioms before the
rules: the drink and its verb in the clause without the writer are forgotten.

Only when the writer's clause follows, names something soft, sweet or sober within a few words,
and the writer is not "too" ("mi pan", "main bhi"): "sab wine pi rahe the, maine bhi pi" and
"beer thi aur maine pi li" keep their reading, as does a drink the writer's clause names.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_DRINK = ("alcohol", "alcohol_maybe", "intoxicated", "high_word", "drank", "drink_unit", "measure")
_TAKING = ("drank", "use", "eat", "took", "take_any", "drink_verb", "drank_bare", "intoxicated", "high_word",
           "down_it", "use_strong")
_WRITER = frozenset({"mi", "मी", "main", "मैं", "mai", "i", "maine", "मैंने", "मैने", "mine"})
_TOO = frozenset({"pan", "पण", "bhi", "भी", "too", "also", "suddha", "सुद्धा", "hi", "ही"})
# What the writer had instead, or was: soft, sweet, sober. Not "coke": beside the others' drink
# it is read as a cola by the soft-drink reading, which needs the drink left in place.
_MINE = frozenset({
    "chocolate", "mocktail", "mocktails", "juice", "ज्यूस", "जूस", "pepsi", "sprite", "soda", "सोडा",
    "sarbat", "सरबत", "sharbat", "शरबत", "chai", "चहा", "चाय", "coffee", "कॉफी", "lassi", "लस्सी", "taak", "ताक",
    "water", "pani", "पाणी", "पानी", "doodh", "दूध", "milk", "thandai", "ठंडाई", "tilgul", "तिळगूळ", "तिळगुळ",
    "ladoo", "laddu", "लाडू", "लड्डू", "mithai", "मिठाई", "sweets", "cake", "केक", "gulab", "गुलाब", "jalebi",
    "जलेबी", "shuddhit", "शुद्धीत", "shuddh", "शुद्ध", "sober", "hosh", "होश", "video", "व्हिडिओ", "photos",
    "nimbu", "limbu", "लिंबू", "kokam", "कोकम", "coconut", "naral", "नारळ", "nariyal", "नारियल",
    # round 21: sugarcane juice at a village fair.
    "रस", "ras", "usacha", "उसाचा", "ganne", "गन्ने", "sugarcane", "neera", "नीरा",
    # round 55: the puja's pedha taken instead, the bottle passed on ("मी pass केली").
    "pedha", "पेढा", "pedhe", "पेढे", "peda", "पेड़ा", "prasad", "प्रसाद", "pass"})


def _writer_had_another(c: Concepts, end: int, clause: int) -> bool:
    words = c.words
    for i in range(end, min(len(words), end + 8)):
        w = words[i]
        if w.clause == clause or w.raw not in _WRITER:
            continue
        rest = words[i + 1:i + 6]
        if rest and rest[0].raw in _TOO:
            return False
        return any(r.raw in _MINE for r in rest)
    return False


def forget_drink_beside_mine(c: Concepts) -> None:
    if not c.may_hold(_MINE) or not c.may_hold(_WRITER):
        return
    words = c.words
    for hit in c.of("alcohol", "alcohol_maybe", "intoxicated", "high_word"):
        clause = words[hit.start].clause
        if any(w.raw in _WRITER for w in words if w.clause == clause):
            continue
        end = hit.end
        while end < len(words) and words[end].clause == clause:
            end += 1
        if not _writer_had_another(c, end, clause):
            continue
        start = hit.start
        while start > 0 and words[start - 1].clause == clause:
            start -= 1
        for name in _DRINK + _TAKING:
            c.drop(name, start, end)
