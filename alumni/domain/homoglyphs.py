"""Latin look-alikes folded back to Latin, so that "оverdose" typed with a Cyrillic "о"
(a keyboard switched mid-word, or text pasted from elsewhere) still reads as "overdose".

Only words that already hold a Latin letter are folded: a Cyrillic or Greek word of its
own is left as written. Pure: no Flask, no database."""
from __future__ import annotations

import re

# Cyrillic and Greek letters drawn like a Latin one, lower and upper case.
_LOOK_ALIKES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "һ": "h", "ԛ": "q", "ԝ": "w", "ү": "y",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ω": "w",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
})
_WORD = re.compile(r"\w+")
_LATIN = re.compile(r"[A-Za-z]")


def _fold_word(match: re.Match[str]) -> str:
    word = match.group(0)
    return word.translate(_LOOK_ALIKES) if _LATIN.search(word) else word


def fold_look_alikes(text: str) -> str:
    """The text with look-alike letters made Latin inside words that mix scripts."""
    if text.isascii():
        return text
    return _WORD.sub(_fold_word, text)
