"""How long a count of clean days says, read from the words as typed: "80 din", "day 60", "९ महिने", "ek saal";
whether a count is the streak a use broke ("9 mahine ke baad"); the word between a count and what it is clean
of ("90 days off smack"); and the short words of now. Read by sober_progress.py and pills_counted_off.py.
"""
from __future__ import annotations

from collections.abc import Sequence

from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.spelling import Token

# Short words of time, read as typed: their skeletons are other words' ("aaj" is "ja", "आता"
# is "था", "aadhi" is "di").
RECENT_RAW = frozenset({"kal", "kl", "कल", "kaal", "काल", "aaj", "aj", "आज", "abhi", "अभी", "ab",
                        "अब", "ata", "aata", "आता", "atta", "आत्ता", "hun"})
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "a": 1, "ek": 1, "एक": 1, "do": 2, "दो": 2, "don": 2, "दोन": 2,
    "teen": 3, "तीन": 3, "tin": 3, "char": 4, "चार": 4, "paanch": 5, "panch": 5, "पांच": 5,
    "पाच": 5, "chhe": 6, "छह": 6, "saha": 6, "सहा": 6, "saat": 7, "सात": 7, "aath": 8, "आठ": 8,
    "nau": 9, "नौ": 9, "das": 10, "दस": 10, "daha": 10, "दहा": 10,
}
_UNITS = ((("day", "din", "दिन", "div", "दिव"), 1), (("week", "haft", "हफ्त", "athavd", "आठवड"), 7),
          (("month", "mos", "mahin", "महीन", "महिन"), 30),
          (("year", "yr", "saal", "साल", "varsh", "वर्ष"), 365))
# The word between a count and the substance it is clean of: "90 days off smack".
CLEAN_OF = frozenset({"off", "without", "bina", "बिना", "no", "free", "from", "vina", "विना", "shivay"})
# Two weeks clean: a slip behind a shorter count is recent enough to tell a person.
LONG_ENOUGH = 14
# "chitta fir se le liya 2 din pehle. 9 mahine ke baad" (round 38): the months clean "after"
# which the use came are the streak it broke, not a count of clean days since.
_AFTER_IT = frozenset({"baad", "बाद", "nantar", "नंतर", "nanter", "नन्तर"})


def days_counted(c: Concepts, period: Hit) -> int | None:
    """The days a count names: "80 din", "day 60", "९ महिने", "ek saal"."""
    words = c.words
    raw = words[period.start].raw
    unit = next((n for prefixes, n in _UNITS if raw.startswith(prefixes)), None)
    if unit is None:
        return None
    for i in (period.start - 1, period.start - 2, period.end):
        if 0 <= i < len(words) and words[i].sentence == words[period.start].sentence:
            number = words[i].raw
            if number.isdigit():
                return int(number) * unit
            if number in _NUMBER_WORDS:
                return _NUMBER_WORDS[number] * unit
    return None


def streak_it_broke(words: Sequence[Token], h: Hit) -> bool:
    return any(w.raw in _AFTER_IT for w in words[h.end:h.end + 2]) or (
        h.start > 0 and words[h.start - 1].raw == "after") or (h.start > 1 and words[h.start - 2].raw == "after")
