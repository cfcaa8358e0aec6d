""""bear" for beer, as voice typing and autocorrect leave it (round 16, holdout 45: "I had few
bear with the boys yesterday", "2 bear pi li", "do bear maari"). Read as the drink only where
a drink is meant: after a count ("few", "2", "do", "ek"), after "had", "drank" or "chilled",
or before a verb of drinking ("pi", "piya", "ghetli"). "bear with me", "can't bear the pain",
a teddy or a polar bear stay the animal or the verb. Words voice typing spells as other words
("Gina" for jeena, "mra" for mera) are read earlier, in voice_typed_words.py. Called from
alumni.domain.crisis.idioms, before the drinking readings.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_BEAR = frozenset({"bear", "bears", "bare", "bier", "biar"})
_COUNT = frozenset({"few", "couple", "some", "two", "three", "four", "five", "six", "2", "3", "4", "5", "6",
                    "ek", "do", "teen", "char", "paanch", "don", "दोन", "तीन", "chaar", "had", "drank",
                    "chilled", "cold", "thandi", "thanda", "more", "another", "many", "ki", "chi", "ka", "cha"})
_DRINK_AFTER = frozenset({"pi", "pee", "piya", "pili", "piyi", "pi li", "ghetli", "ghetla", "ghetle", "mari", "maari",
                          "marli", "lagayi", "lagai", "pyalo", "pyayli", "pilo", "piye", "liye", "li", "peeli"})
# Where bears are animals: "few bears at the zoo".
_WILD = frozenset({"zoo", "jungle", "forest", "safari", "sanctuary", "cub", "cubs", "chidiyaghar", "चिड़ियाघर",
                   "jangal", "जंगल", "national", "park"})
_ANIMAL = frozenset({"teddy", "polar", "black", "brown", "panda", "grizzly", "the", "a", "cant", "can't", "cannot",
                     "to", "not"})


# "Gina" is how autocorrect leaves "jeena" ("Mujhe ab Gina nahi hai"), and a name ("Gina nahi
# aayi aaj"). It is living only after the words that ask about a life ("mujhe", "ab", "kaise")
# or before a refusal that no one's coming or saying follows.
_GINA = frozenset({"gina", "ginaa", "geena", "geenaa"})
_LIFE_BEFORE = frozenset({"mujhe", "muje", "mjhe", "mujhko", "ab", "aur", "kaise", "kaisa", "kyu", "kyun", "kya",
                          "liye", "bina", "aise", "aisa", "yeh", "ye"})
_REFUSAL = frozenset({"nahi", "nhi", "nai", "nahin", "mushkil", "bekar", "bekaar", "chahta", "chahti"})
_SOMEONE_DOES = frozenset({"aayi", "ayi", "aai", "aaya", "aa", "gayi", "gai", "boli", "bola", "bolti", "karti",
                           "milegi", "mili", "ne", "ko", "ki", "ka", "se", "didi", "di", "ji", "aunty", "mam",
                           "madam", "uthati", "uthaya", "uthayi", "sunti", "maanti", "manti", "payegi"})


def _gina_as_a_name(c: Concepts) -> None:
    words = c.words
    for i, token in enumerate(words):
        if token.raw not in _GINA:
            continue
        before = words[i - 1].raw if i > 0 else ""
        after = [t.raw for t in words[i + 1:i + 3]]
        refused = bool(after) and after[0] in _REFUSAL and not (len(after) > 1 and after[1] in _SOMEONE_DOES)
        if before in _LIFE_BEFORE or refused:
            continue
        for name in list(c.hits):
            c.drop(name, i, i + 1)


def read_voice_typed(c: Concepts) -> None:
    _gina_as_a_name(c)
    words = c.words
    wild = any(t.raw in _WILD for t in words)
    for i, token in enumerate(words):
        if token.raw not in _BEAR or wild:
            continue
        before = words[i - 1].raw if i > 0 and words[i - 1].clause == token.clause else ""
        after = words[i + 1].raw if i + 1 < len(words) and words[i + 1].clause == token.clause else ""
        if before in _ANIMAL and after not in _DRINK_AFTER:
            continue
        if before in _COUNT or before.isdigit() or after in _DRINK_AFTER:
            c.add("alcohol", i, i + 1)
            c.add("drink_unit", i, i + 1)
