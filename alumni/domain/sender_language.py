"""The language to answer a sender we have no record of in, guessed from their own words:
Devanagari is Hindi, or Marathi when Marathi words (or the letter ळ) show; anything else
is English. Pure: no Flask, no database."""
from __future__ import annotations

import re

_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
# Everyday Marathi words that Hindi does not use (or spells otherwise).
_MARATHI_WORDS = frozenset({
    "आहे", "आहेत", "नाही", "मला", "मी", "तुम्ही", "तू", "आम्ही", "करा", "आणि", "काय", "कसे",
    "झाले", "झालं", "पाहिजे", "मरायचं", "मरायचे", "जगायचं", "जगायचे", "प्यायलो", "प्यायले",
    "पुन्हा", "परत", "खूप", "आता", "माझा", "माझी", "माझे", "मदत", "कृपया", "नको", "होते",
})
_WORD = re.compile(r"[\u0900-\u097f]+")


def guess_language(text: str) -> str:
    """'hi', 'mr' or 'en'."""
    text = text or ""
    if not _DEVANAGARI.search(text):
        return "en"
    if "ळ" in text or any(word in _MARATHI_WORDS for word in _WORD.findall(text)):
        return "mr"
    return "hi"
