"""The thought of it that no longer comes: "pinyacha vichar pan yet nahi", "ख्याल भी नहीं आता",
"doesn't even cross my mind". The words of drinking and of the mind are in it, but what it
tells is sobriety: the thought, the wish or the memory denied with "even". The substance
context (substance_context.py) forgets the mind and the wish inside the phrase and reads the
phrase as quitting, which cancels a relapse or a craving beside it. A thought that does come
("vichar yetoy", "khayal aa raha") is not in it and stays a craving."""
from __future__ import annotations


def _denied_even(nouns: tuple[str, ...], evens: tuple[str, ...], verbs: tuple[str, ...]) -> tuple[str, ...]:
    """Every noun, "even" and denied verb as one entry: ("vichar",) x ("pan",) x ("yet nahi",)."""
    return tuple(f"{noun} {even} {verb}" for noun in nouns for even in evens for verb in verbs)


# Marathi: the thought, the memory, the wish "does not even come / happen".
_MR_NOUNS = ("vichar", "विचार", "aathvan", "athvan", "आठवण", "iccha", "ichha", "इच्छा", "man", "मन", "thought")
_MR_EVEN = ("pan", "पण", "suddha", "सुद्धा", "hi", "ही")
_MR_DENIED = ("yet nahi", "येत नाही", "yet nahit", "येत नाहीत", "hot nahi", "होत नाही", "yeto nahi",
              "नाही येत", "nahi yet",
              # round 15: in the past, "did not even come" (over a whole month of fasting)
              "nahi aala", "नाही आला", "nahi ala", "aala nahi", "आला नाही", "nahi aali", "नाही आली", "aali nahi",
              "आली नाही")
# Hindi: "the thought does not even come", "the mind does not even want".
_HI_NOUNS = ("khayal", "khyal", "ख्याल", "ख़याल", "vichar", "विचार", "yaad", "याद", "iccha", "ichha", "इच्छा",
             "man", "mann", "मन", "dil", "दिल", "thought")
_HI_EVEN = ("bhi", "भी", "tak", "तक")
_HI_DENIED = ("nahi aata", "नहीं आता", "nahi aati", "नहीं आती", "nahi aate", "नहीं आते", "nahi karta",
              "नहीं करता", "nahi hoti", "नहीं होती", "nahi hota", "नहीं होता", "nahi aaya", "नहीं आया",
              "nahi aayi", "नहीं आई")

NEW: dict[str, tuple[str, ...]] = {
    "thought_gone": _denied_even(_MR_NOUNS, _MR_EVEN, _MR_DENIED) + _denied_even(_HI_NOUNS, _HI_EVEN, _HI_DENIED) + (
        "vicharhi yet nahi", "विचारही येत नाही", "aathvanhi yet nahi", "आठवणही येत नाही",
        "dont even think about", "don't even think about", "dont even think of", "don't even think of",
        "never even think about", "never even think of", "doesnt even cross my mind",
        "doesn't even cross my mind", "does not even cross my mind", "not even the thought",
        "dont even feel like it", "don't even feel like it", "the thought doesnt even come",
        "the thought doesn't even come",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}
