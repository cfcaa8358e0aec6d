"""Words that mean someone may be in danger: suicide, self-harm, overdose, using again.

English, Hindi and Marathi, in Devanagari and in the Latin spellings people type on a
phone. Matching errs towards a human: a phrase counts wherever it starts at a word
boundary, stems ending in "*" match any word they begin ("suicid*" finds "suicidal"),
and long words also match with one typo ("sucide", "overdoze"). A false alarm costs a
phone call; a miss can cost a life.

Negation is deliberately ignored: "I am not suicidal" still reaches the on-call team."""
from __future__ import annotations

from alumni.domain.keywords import normalise

CRISIS_LEXICON: dict[str, dict[str, tuple[str, ...]]] = {
    "suicide": {
        "en": ("suicid*", "kill myself", "killing myself", "kill my self", "end my life",
               "ending my life", "end it all", "ending it all", "end it tonight", "take my life",
               "take my own life", "want to die", "wanna die", "wish i was dead",
               "wish i were dead", "better off dead", "no reason to live", "dont want to live",
               "do not want to live", "dont want to be alive", "cant go on", "can not go on",
               "cannot go on", "not worth living", "hang myself", "goodbye forever"),
        "hi": ("आत्महत्य*", "खुदकुशी", "ख़ुदकुशी", "मरना चाहता", "मरना चाहती", "मर जाना चाहता",
               "मर जाना चाहती", "मर जाऊं", "मर जाऊँ", "मर जाउं", "जीना नहीं चाहता",
               "जीना नहीं चाहती", "जीने का मन नहीं", "खुद को मार", "अपने आप को मार",
               "जान दे दूं", "जान दे दूँ", "ज़िंदगी खत्म", "जिंदगी खत्म", "सब खत्म कर दूं",
               "फांसी", "फाँसी",
               "aatmahatya", "atmahatya", "aatmhatya", "atmhatya", "khudkushi", "khudkhushi",
               "marna chahta", "marna chahti", "marna chahata", "mar jana chahta",
               "mar jaun", "mar jau", "mar jaunga", "jeena nahi chahta", "jina nahi chahta",
               "jeena nahi chahti", "jina nahi chahti", "jeene ka man nahi", "jine ka man nahi",
               "khud ko maar", "khud ko mar", "apne aap ko maar", "jaan de dun", "jaan de du",
               "jan de dunga", "zindagi khatam", "zindagi khatm", "jindagi khatam",
               "sab khatam kar", "fansi", "phansi", "faansi"),
        "mr": ("आत्महत्य*", "जीव द्यायचा", "जीव देईन", "मरायचे आहे", "मरायचं आहे", "मरायचंय",
               "मरून जावे", "मरून जावंसं", "जगायचे नाही", "जगायचं नाही", "जगण्यात अर्थ नाही",
               "jeev dyaycha", "jiv dyaycha", "jeev deen", "jiv dein", "marayche ahe",
               "maraycha ahe", "marayacha ahe", "maraychay", "marun jave", "marun jaava",
               "jagayche nahi", "jagaycha nahi", "jagaych nahi", "jaganyat artha nahi"),
    },
    "self_harm": {
        "en": ("hurt myself", "hurting myself", "harm myself", "harming myself", "self harm*",
               "selfharm*", "cut myself", "cutting myself", "cutting again", "burn myself"),
        "hi": ("खुद को नुकसान", "खुद को चोट", "अपने आप को चोट", "नस काट", "हाथ काट",
               "khud ko nuksan", "khud ko nuksaan", "khud ko chot", "apne aap ko chot",
               "nas kaat", "nas kat", "haath kaat", "hath kaat"),
        "mr": ("स्वतःला इजा", "स्वतःला मार", "स्वतःला दुखाप", "नस कापली", "नस कापणार",
               "swatahla ija", "swatala ija", "swatahla maar", "swatala mar", "nas kapli",
               "nas kapnar"),
    },
    "overdose": {
        "en": ("overdos*", "over dose", "too many pills", "took all my pills",
               "took all the pills", "swallowed pills", "swallowed all", "whole bottle of pills"),
        "hi": ("ओवरडोज़", "ओवरडोज", "बहुत सारी गोलियां", "ज्यादा गोलियां", "ज़्यादा गोलियाँ",
               "नींद की गोलियां", "नींद की गोलियाँ", "सारी गोलियां खा",
               "zyada goliyan", "jyada goliyan", "bahut saari goliyan", "bahut sari goliya",
               "neend ki goliyan", "neend ki goli", "saari goliyan kha", "sari goliyan kha"),
        "mr": ("ओव्हरडोस", "ओव्हरडोज", "खूप गोळ्या", "झोपेच्या गोळ्या", "सगळ्या गोळ्या",
               "ovhardos", "khup golya", "khoop golya", "zopechya golya", "jhopechya golya",
               "saglya golya"),
    },
    "using_again": {
        "en": ("relapsed", "relapsing", "i relapse", "had a relapse", "having a relapse", "using again",
               "used again", "drinking again", "drank again", "drunk again", "started drinking",
               "started using", "picked up again", "back on drugs", "back on the bottle",
               "back on the booze", "got high", "getting high", "shot up", "high right now",
               "drunk right now", "took a drink", "had a drink", "had drinks", "took drugs",
               "did drugs", "smoked again", "using drugs", "took a hit"),
        "hi": ("फिर से पी", "फिरसे पी", "दोबारा पी", "फिर से नशा", "दोबारा नशा", "फिर से शराब",
               "दोबारा शराब", "दारू पी", "शराब पी", "नशा किया", "नशा कर लिया", "फिर से लेना शुरू",
               "phir se pi", "fir se pi", "phirse pi", "firse pi", "phir se pee", "fir se pee",
               "dobara pi", "dobara pee", "phir se nasha", "fir se nasha", "dobara nasha",
               "phir se sharab", "fir se sharab", "dobara sharab", "daru pi", "daaru pi",
               "daru pee", "daaru pee", "sharab pi", "sharab pee", "nasha kiya", "nasha kar liya",
               "phir se lena shuru", "fir se lena shuru"),
        "mr": ("पुन्हा दारू", "पुन्हा प्यायलो", "पुन्हा प्यायले", "परत दारू", "परत प्यायलो",
               "पुन्हा नशा", "परत नशा", "दारू प्यायलो", "दारू प्यायले", "दारू पिली",
               "punha daru", "punha daaru", "punha pyaylo", "punha pyayalo", "parat daru",
               "parat daaru", "parat pyaylo", "parat pyayalo", "punha nasha", "parat nasha",
               "daru pyaylo", "daaru pyaylo", "daru pyayalo", "daru pili", "daaru pili"),
    },
}


def _compile() -> tuple[tuple[str, str, bool], ...]:
    entries = []
    for category, by_language in CRISIS_LEXICON.items():
        for words in by_language.values():
            for word in words:
                stem = word.endswith("*")
                entries.append((category, normalise(word.rstrip("*")), stem))
    return tuple(entries)


# (category, normalised phrase, is_stem)
CRISIS_ENTRIES = _compile()
# Single long Latin words where a one-letter typo should still alert (sucide, overdoze).
_TYPO_TARGETS = ("suicide", "suicidal", "overdose", "overdosed", "overdosing", "relapsing",
                 "selfharm", "khudkushi", "aatmahatya", "atmahatya")
# Real words one typo away from a target; they are not a crisis on their own.
_TYPO_EXCEPTIONS = frozenset({"overdone", "overdoes", "relapse", "relapses"})


def _osa_distance_at_most_one(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion, substitution or swap
    of neighbours."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


def find_crisis_terms(normalised: str) -> tuple[str, ...]:
    """The crisis categories found in already-normalised text, e.g. ("suicide",)."""
    if not normalised:
        return ()
    padded = f" {normalised} "
    found: list[str] = []
    for category, phrase, stem in CRISIS_ENTRIES:
        if category in found:
            continue
        needle = f" {phrase}" if stem else f" {phrase} "
        if needle in padded:
            found.append(category)
    for token in normalised.split():
        if len(token) < 6 or not token.isascii() or token in _TYPO_EXCEPTIONS:
            continue
        for target in _TYPO_TARGETS:
            if _osa_distance_at_most_one(token, target):
                category = ("overdose" if target.startswith("overdos") else
                            "using_again" if target.startswith("relaps") else
                            "self_harm" if target == "selfharm" else "suicide")
                if category not in found:
                    found.append(category)
    return tuple(found)
