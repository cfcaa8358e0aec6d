"""Compliance keywords (STOP, START, HELP) and CALL, in English, Hindi and Marathi.

A keyword counts only when it is the whole message (give or take punctuation and case):
"STOP" revokes consent, but "please don't stop texting me" is free text that a person
reads. Carriers do the same; it keeps a sentence from silently unsubscribing someone.

Text is compared after `normalise`: case-folded, Latin accents removed, Devanagari
spelling variants (nukta, chandrabindu, visarga, zero-width joiners) folded together,
every digit script mapped to ASCII digits, punctuation turned into spaces."""
from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class Keyword(StrEnum):
    STOP = "stop"
    START = "start"
    HELP = "help"
    INFO = "info"
    CALL = "call"
    CONCERN = "concern"   # a supporter's or a mentor's word only: see match_concern


_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
# Spelling variants that mean the same word: चाँद/चांद, ज़/ज, स्वतःला/स्वत:ला.
_DEVANAGARI_FOLD = str.maketrans({"\u0901": "\u0902", "\u093c": None, "\u0903": None})
_DEVANAGARI = "\u0900-\u097f"
_COLON_IN_WORD = re.compile(rf"(?<=[{_DEVANAGARI}]):(?=[{_DEVANAGARI}])")
_APOSTROPHES = re.compile(r"[’'`´]")
_NOT_WORD = re.compile(rf"[^\w{_DEVANAGARI}]+")


def _ascii_digits(text: str) -> str:
    """Devanagari (०-९) and every other decimal digit script -> 0-9."""
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch
                   for ch in text)


def _strip_latin_accents(text: str) -> str:
    """Drop combining marks that sit on Latin letters (é -> e) but keep Devanagari vowel
    signs, which are combining marks too and carry meaning."""
    decomposed = unicodedata.normalize("NFKD", text)
    out: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch) and out and out[-1].isascii():
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def normalise(text: str) -> str:
    """The form every comparison uses: lower case, no accents, single spaces."""
    text = _strip_latin_accents(text.translate(_ZERO_WIDTH)).casefold()
    text = _ascii_digits(text).translate(_DEVANAGARI_FOLD)
    text = _COLON_IN_WORD.sub("", text)
    text = _APOSTROPHES.sub("", text)
    text = _NOT_WORD.sub(" ", text.replace("_", " "))
    return " ".join(text.split())


# Written as people type them; normalised once at import.
_KEYWORD_WORDS: dict[Keyword, dict[str, tuple[str, ...]]] = {
    Keyword.STOP: {
        "en": ("stop", "stopall", "stop all", "unsubscribe", "cancel", "end", "quit",
               "stop please", "please stop", "stop it"),
        "hi": ("रोको", "रोकें", "बंद", "बंद करो", "बंद करें", "बन्द", "बन्द करो",
               "roko", "band", "band karo", "band kare", "bandh", "bandh karo"),
        "mr": ("थांबा", "थांबवा", "बंद करा", "thamba", "thaamba", "thambva", "thambava",
               "band kara", "bandh kara"),
    },
    Keyword.START: {
        "en": ("start", "unstop", "resume", "subscribe"),
        "hi": ("शुरू", "शुरू करो", "शुरू करें", "चालू", "चालू करो", "shuru", "shuru karo",
               "chalu", "chaalu", "chalu karo"),
        "mr": ("सुरू", "सुरु", "सुरू करा", "चालू करा", "suru", "suru kara", "chalu kara",
               "chaalu kara"),
    },
    Keyword.HELP: {
        "en": ("help",),
        "hi": ("मदद", "सहायता", "madad", "sahayata"),
        "mr": ("मदत", "madat"),
    },
    Keyword.INFO: {
        "en": ("info", "information"),
        "hi": ("जानकारी", "jankari", "jaankari"),
        "mr": ("माहिती", "mahiti", "maahiti"),
    },
    Keyword.CALL: {
        "en": ("call", "call me", "call me please", "please call", "please call me",
               "pls call", "pls call me", "plz call me", "call back", "call me back",
               "please call me back", "can you call me", "can someone call me",
               "could you call me", "can we talk", "i want to talk", "i need to talk",
               "need to talk", "want to talk", "talk", "lets talk", "i want to talk to someone",
               "i need to talk to someone", "phone me", "ring me"),
        "hi": ("कॉल", "कॉल करो", "कॉल करें", "कॉल कीजिए", "फोन करो", "फ़ोन करो", "फोन करें",
               "मुझे कॉल करो", "मुझे फोन करो", "बात करनी है", "बात करना है", "मुझे बात करनी है",
               "call karo", "call kijiye", "phone karo", "mujhe call karo", "mujhe phone karo",
               "baat karni hai", "bat karni hai", "baat karna hai", "mujhe baat karni hai"),
        "mr": ("कॉल करा", "फोन करा", "मला कॉल करा", "मला फोन करा", "बोलायचे आहे", "बोलायचं आहे",
               "मला बोलायचे आहे", "call kara", "phone kara", "mala call kara", "mala phone kara",
               "bolayche ahe", "bolaycha ahe", "bolaycha aahe", "mala bolayche ahe"),
    },
}

# A supporter (family) or a mentor raising a worry about someone else. Kept out of KEYWORDS:
# from an alumnus, "चिंता" is free text a person reads, never a command.
_CONCERN_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("concern", "concerned", "concerns", "i am concerned", "im concerned", "worried", "i am worried",
           "im worried", "worry"),
    "hi": ("चिंता", "चिन्ता", "फिक्र", "फ़िक्र", "chinta", "chintaa", "chinta hai", "फिकर", "fikar", "fikr"),
    "mr": ("काळजी", "काळजी वाटते", "कालजी", "kalji", "kaalji", "kalaji", "kalji vatte", "kalji watte"),
}
_ABOUT = frozenset({"about", "for", "re", "baare", "bare", "बारे", "बद्दल", "baddal"})
_NAME_WORDS = 2   # "CONCERN Ravi Patil"
CONCERN_WORDS: frozenset[str] = frozenset(normalise(w) for words in _CONCERN_WORDS.values() for w in words)

KEYWORDS: dict[str, Keyword] = {}
KEYWORDS_BY_LANGUAGE: dict[str, dict[Keyword, tuple[str, ...]]] = {}
for _keyword, _by_language in _KEYWORD_WORDS.items():
    for _language, _words in _by_language.items():
        KEYWORDS_BY_LANGUAGE.setdefault(_language, {})[_keyword] = _words
        for _word in _words:
            KEYWORDS[normalise(_word)] = _keyword

# Phrases asking for a call that may sit inside a longer message ("call me, rough day").
CALL_PHRASES: tuple[str, ...] = tuple(sorted(
    {normalise(w) for w in _KEYWORD_WORDS[Keyword.CALL]["en"] + _KEYWORD_WORDS[Keyword.CALL]["hi"]
     + _KEYWORD_WORDS[Keyword.CALL]["mr"] if w not in ("call", "talk", "कॉल")}
    | {"call me", "callback", "call back"}, key=len, reverse=True))

# What the English carrier keywords mean, so every language's word maps to the same action.
STOP_WORDS_EN = ("stop", "stopall", "unsubscribe", "cancel", "end", "quit")
START_WORDS_EN = ("start", "unstop")


def match_keyword(text: str) -> Keyword | None:
    """The keyword this whole message is, in any supported language, or None."""
    return KEYWORDS.get(normalise(text))


def match_concern(text: str) -> tuple[bool, str]:
    """(is CONCERN, whom it names): the message is a concern word, in any supported
    language, alone or followed by a name ("CONCERN Ravi", "worried about Ravi"). A longer
    sentence is not the keyword: a person reads it like any other text."""
    words = normalise(text).split()
    for length in (3, 2, 1):
        if len(words) >= length and " ".join(words[:length]) in CONCERN_WORDS:
            rest = words[length:]
            if rest and rest[0] in _ABOUT:
                rest = rest[1:]
            return (True, " ".join(rest)) if len(rest) <= _NAME_WORDS else (False, "")
    return False, ""


def contains_call_request(normalised: str) -> bool:
    padded = f" {normalised} "
    return any(f" {phrase} " in padded for phrase in CALL_PHRASES)
