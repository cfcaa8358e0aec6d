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


# The doctor lowering the dose (the reading of rounds 62-63, and round 60's 211): "doctor ne neend
# ki goli aadhi kar di", "डॉक्टरांनी गोळी कमी केली", "the doctor halved my sleeping pill": the pills
# named between the doctor and the lowering are the prescription's.
_DOCTOR = ("doctor", "docter", "daktar", "dactor", "dr", "डॉक्टर", "डॉक्टरांनी", "डॉक्टरने", "डाक्टर", "psychiatrist")
_LOWERED = frozenset({("aadhi", "kar"), ("adhi", "kar"), ("आधी", "कर"), ("kam", "kar"), ("कम", "कर"),
                      ("kami", "keli"), ("कमी", "केली"), ("kami", "kela"), ("कमी", "केला"), ("ardhi", "keli"),
                      ("अर्धी", "केली"), ("cut", "down"), ("halved",), ("reduced",), ("lowered",), ("tapered",)})
_LOWERING_FIRST_WORDS = frozenset(pair[0] for pair in _LOWERED)
_PILLS = ("pills", "sedatives", "pill_count", "dose")
# ... unless the sentence goes on to all of them, or more: "isliye saari ek saath kha li".
_ALL_OF_THEM = frozenset({"saari", "sari", "सारी", "saare", "सारे", "sab", "सब", "sabhi", "सभी", "sagli", "सगळी",
                          "saglya", "सगळ्या", "sarv", "सर्व", "all", "whole", "poori", "puri", "पूरी", "strip", "patta",
                          "पत्ता", "saath", "साथ", "ekdam", "एकदम", "extra", "jast", "जास्त", "zyada", "ज्यादा",
                          "ज़्यादा", "more", "double", "dugni", "दुगनी"})


def _dose_lowered_by_the_doctor(c: Concepts) -> None:
    if not c.may_hold(_LOWERING_FIRST_WORDS):
        return
    words = c.words
    for k, token in enumerate(words):
        pair = (token.raw, words[k + 1].raw) if k + 1 < len(words) else (token.raw,)
        if pair not in _LOWERED and (token.raw,) not in _LOWERED:
            continue
        sentence = token.sentence
        if any(t.raw in _ALL_OF_THEM for t in words if t.sentence == sentence):
            continue
        doctor = max((i for i in range(k) if words[i].sentence == sentence and words[i].raw.startswith(_DOCTOR)),
                     default=None)
        # what the doctor lowered, between the doctor and the lowering: "[neend ki goli] aadhi kar di"
        if doctor is not None and any(doctor < hit.start < k for hit in c.of(*_PILLS)):
            c.drop_all(doctor + 1, k)
            c.add("unmeant", doctor + 1, k)


def forget_taken_as_prescribed(c: Concepts) -> None:
    _without_telling(c)
    _dose_lowered_by_the_doctor(c)
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
