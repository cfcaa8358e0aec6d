"""The languages the staff screens are offered in, and how each is named in the choice.

Each language is named in its own script ("मराठी", not "Marathi"): a person who reads only
Marathi must be able to find their language on a screen they cannot yet read."""
from __future__ import annotations

DEFAULT_STAFF_LANGUAGE = "en"
STAFF_LANGUAGES: dict[str, str] = {"en": "English", "mr": "मराठी", "hi": "हिन्दी"}


def staff_language(chosen: str | None) -> str:
    """The language to show a person: their choice when it is one we offer, else English."""
    return chosen if chosen in STAFF_LANGUAGES else DEFAULT_STAFF_LANGUAGE
