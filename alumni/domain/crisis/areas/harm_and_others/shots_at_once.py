"""Overdose said in a gym's words: vials or ampoules of a stimulant or insulin filled or put in
all at once, with an end said beside it ("अब बस", "bas zala"). Mephentermine, the gym's
"termin", is an injectable here. A doctor or a drip named beside it keeps it clinical."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD = Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # An end said: "अब बस", "bas zala", "that's it".
    "sport_enough_now": (
        "अब बस", "ab bas", "bas zala", "बस झालं", "bas jhala", "bas ab", "बस अब", "thats it", "that's it",
        "enough now", "no more", "khel khatam", "खेल खत्म", "khel sampla", "खेळ संपला",
    ),
    # A doctor, a drip, a ward: the same vials given in a clinic.
    "sport_clinic": (
        "doctor", "डॉक्टर", "dr", "hospital", "हॉस्पिटल", "drip", "ड्रिप", "saline", "सलाईन", "ward", "nurse",
        "नर्स", "prescribed", "prescription", "compounder",
    ),
}

NEW |= {
    # The gym's stimulant, an injectable list widened (brought_home.py holds it).
    "injectable": ("mephentermine", "mephentermin", "मेफेंटरमाइन", "मेफेंटरमिन", "termin", "टर्मिन"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

SHOTS_AT_ONCE: tuple[Combination, ...] = (
    # Several vials at once, and an end said; a doctor or a drip beside it is a clinic's dose.
    Combination(OD, (_g("injectable"), _g("at_once", "eol_once_for_all"), _g("sport_enough_now")), 16,
                across=True, unless=_g("sport_clinic"), unless_reach=16),
)
