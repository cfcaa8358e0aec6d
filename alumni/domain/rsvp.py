"""Reading a YES or NO to a meeting invitation, in English, Hindi and Marathi.

Alumni answer in the script they type in: Devanagari, romanised Hindi or Marathi
("haan", "nahi", "ho", "nako") or English, whatever their profile language says, so every
form is accepted from everyone. Only a short, clean answer counts: "yes", "haan ji",
"YES!" do; "yes but I may be late" does not (it goes to a human, who reads it)."""
from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class RsvpAnswer(StrEnum):
    YES = "yes"
    NO = "no"


# Per language, so the lists are easy to review with a native speaker.
YES_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "yes please",
                     "i will come", "coming", "will come"}),
    "hi": frozenset({"हाँ", "हां", "हा", "जी", "हाँ जी", "हां जी", "जी हाँ", "जी हां", "haan", "han", "haa",
                     "haan ji", "han ji", "ji", "ji haan", "aaunga", "aaungi", "आऊंगा", "आऊंगी",
                     "आउंगा", "आउंगी"}),
    "mr": frozenset({"हो", "होय", "ho", "hoy", "hoi", "ho ho", "हो हो", "येतो", "येते", "yeto", "yete"}),
}
NO_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"no", "n", "nope", "nah", "no thanks", "not coming", "cant come",
                     "can't come", "cannot come"}),
    "hi": frozenset({"नहीं", "नही", "ना", "nahi", "nahin", "nai", "na", "nahi ji", "नहीं जी"}),
    "mr": frozenset({"नाही", "नको", "nahi", "naahi", "nako", "नाय", "nay", "येणार नाही", "yenar nahi"}),
}
_ALL_YES = frozenset().union(*YES_WORDS.values())
_ALL_NO = frozenset().union(*NO_WORDS.values())

_INNER_SPACE = re.compile(r"[\s,.!?।]+")
MENTOR_WORDS = frozenset({"mentor", "मेंटर", "मेन्टर", "मार्गदर्शक", "margdarshak"})


def normalise(text: str) -> str:
    """Casefold, compose Devanagari (NFC), drop surrounding punctuation, single spaces."""
    text = unicodedata.normalize("NFC", text or "").casefold().strip()
    text = _INNER_SPACE.sub(" ", text).strip()
    # \W also matches Devanagari vowel signs (category Mc/Mn), so trim only ASCII noise.
    return text.strip(" \t\r\n!?.,;:'\"()[]{}-_*~`")


def parse_rsvp(text: str, language: str = "en") -> RsvpAnswer | None:
    """YES or NO when the whole reply is one of the known forms, else None.

    ``language`` is accepted for symmetry with interpret_reply; every language's forms
    are recognised because people switch script freely."""
    word = normalise(text)
    if not word:
        return None
    is_yes, is_no = word in _ALL_YES, word in _ALL_NO
    if is_yes == is_no:  # neither, or (never by construction) both
        return None
    return RsvpAnswer.YES if is_yes else RsvpAnswer.NO


def is_mentor_request(text: str) -> bool:
    """MENTOR (in any supported script) alone asks for the alumnus's peer mentor."""
    return normalise(text) in MENTOR_WORDS


def has_rsvp_word(text: str) -> bool:
    """Does a longer reply contain a yes/no word? Used to spot a mixed answer ("yes 4")."""
    words = normalise(text).split()
    return any(w in _ALL_YES or w in _ALL_NO for w in words)


def confirmation_text(answer: RsvpAnswer, language: str) -> str:
    """The short automatic reply after an RSVP, in the alumnus's language."""
    texts = {
        ("yes", "en"): "Thank you, we have you down as coming. We will remind you the day before.",
        ("no", "en"): "Thank you for letting us know. You are welcome at the next one.",
        ("yes", "hi"): "धन्यवाद, हमने आपका आना दर्ज कर लिया है। हम एक दिन पहले याद दिलाएंगे।",
        ("no", "hi"): "बताने के लिए धन्यवाद। अगली बार आपका स्वागत है।",
        ("yes", "mr"): "धन्यवाद, तुम्ही येणार असे नोंदवले आहे. आम्ही एक दिवस आधी आठवण करून देऊ.",
        ("no", "mr"): "कळवल्याबद्दल धन्यवाद. पुढच्या वेळी नक्की या.",
    }
    return texts.get((str(answer), language)) or texts[(str(answer), "en")]
