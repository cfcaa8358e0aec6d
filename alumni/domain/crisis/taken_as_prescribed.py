"""A medicine taken as the doctor said, with nothing over it (round 17): "गोळी
डॉक्टरांनी सांगितल्याप्रमाणे, जास्त नाही", "painkiller prescription ke anusar, extra nahi",
"dard ki goli jitni doctor ne boli utni hi, zyada nahi", "pills exactly as prescribed, no
extra". Read by alumni.domain.crisis.idioms before the rules: the "more" that is denied
right beside it, with the prescription named in the message, is no overdose and no misuse.

The more owned ("extra ghetli, prescription pramane nahi", "jast ghetlya") keeps its weight:
only a "more" with its denial next to it, and the doctor's measure named, is forgotten.

Its opposite: taken without telling the doctor ("doctor ko bataye bina cough syrup phir se shuru
kiya", "डॉक्टरांना न सांगता"): the "without" belongs to the telling, and is no sobriety that
cancels the using."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

# The doctor's measure: "सांगण्याप्रमाणे", "prescription pramane", "as prescribed".
_AS_SAID = ("प्रमाणे", "pramane", "pramaane", "प्रमाणेच", "pramanech", "mutabik", "मुताबिक", "anusar", "अनुसार",
            "prescribed", "prescription", "प्रिस्क्रिप्शन", "jitni", "जितनी", "jitki", "जितकी", "जितक्या", "jitkya")
_MORE = frozenset({"extra", "एक्स्ट्रा", "jast", "jaast", "जास्त", "zyada", "jyada", "ज़्यादा", "ज्यादा", "more"})
_DENIED = frozenset({"nahi", "नाही", "नहीं", "nahin", "nai", "nay", "नाय", "nako", "नको"})
_NO = frozenset({"no", "never", "not", "nothing", "bina", "बिना"})


# Telling, before "bina"/"without": "bataye bina", "poochhe bina", "without telling".
_TELLING = ("bataye", "bataaye", "batae", "batay", "बताए", "बताये", "बताय", "puche", "poochhe", "puchhe", "पूछे",
            "telling", "asking", "informing", "kahe", "कहे")


def _without_telling(c: Concepts) -> None:
    words = c.words
    for hit in c.of("negation"):
        raw = words[hit.start].raw
        before = words[hit.start - 1].raw if hit.start else ""
        if (raw in ("bina", "बिना") and before.startswith(_TELLING)) or \
                (raw == "without" and hit.end < len(words) and words[hit.end].raw.startswith(_TELLING)):
            c.drop("negation", hit.start, hit.end)


def forget_taken_as_prescribed(c: Concepts) -> None:
    _without_telling(c)
    words = c.words
    if not c.may_hold(_AS_SAID) or \
            not any(t.raw.startswith(_AS_SAID) or t.raw.endswith(_AS_SAID) for t in words):
        return
    for i, t in enumerate(words):
        if t.raw not in _MORE:
            continue
        after = words[i + 1].raw if i + 1 < len(words) else ""
        before = words[i - 1].raw if i else ""
        if after in _DENIED or before in _NO:
            for name in list(c.hits):
                c.drop(name, i, i + 1)
