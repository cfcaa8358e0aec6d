"""Months without the sleeping pill: an overdose finding the rules drop as progress (rounds 126-127's reading of
older sobriety lines: "तीन महीने से नींद की गोली नहीं ली", "havent taken a sleeping pill in 2 months", "गोळ्यांशिवाय
3 महिने"). Read by alumni.domain.crisis.rules. Kept narrow on purpose: "3 mahine se goli nahi li, ab 20 ek saath
kha li" must alert, and a plain "nahi li" is never enough.
"""
from __future__ import annotations

from collections.abc import Sequence

from alumni.domain.crisis.clean_counts import CLEAN_OF, LONG_ENOUGH, RECENT_RAW, days_counted, streak_it_broke
from alumni.domain.crisis.concepts import Concepts

Span = tuple[int, int]

# Amounts that make a dose an overdose: "all", "the whole strip", "extra".
_AMOUNT_RAW = frozenset({"all", "sab", "सब", "saari", "सारी", "sagli", "सगळ्या", "saglya", "whole", "extra", "ekstra",
                         "jyada", "zyada", "ज्यादा", "ज़्यादा", "jast", "जास्त", "strip", "patta", "पत्ता", "pura",
                         "पूरा", "puri", "पूरी", "akkha", "अख्खं", "double", "dugni", "डबल"})
_PILLS = ("pills", "sedatives", "sleeping_pill_named", "pill_count")


def pills_counted_off(c: Concepts, spans: Sequence[Span]) -> bool:
    """An overdose finding whose pills are refused in a sentence that counts two weeks or more, with no amount, no
    recent time and no pills anywhere else in the message."""
    words = c.words
    sentence = words[min(s for s, _ in spans)].sentence
    if any(words[i].sentence != sentence for s, e in spans for i in range(s, e)):
        return False
    pills = c.of(*_PILLS)
    if not pills or any(words[h.start].sentence != sentence for h in pills):
        return False
    here = [w for w in words if w.sentence == sentence]
    if any(w.raw in _AMOUNT_RAW or w.raw in RECENT_RAW for w in here) or any(
            words[h.start].sentence == sentence for h in c.of("recent", "again", "again_strict", "overdose", "poison")):
        return False
    counted = any(words[h.start].sentence == sentence and (days_counted(c, h) or 0) >= LONG_ENOUGH
                  and not streak_it_broke(words, h) for h in c.of("period"))
    refused = any(words[h.start].sentence == sentence for h in c.of("negation")) or any(
        w.raw in CLEAN_OF or w.raw.endswith(("शिवाय", "shivay")) for w in here)
    return counted and refused
