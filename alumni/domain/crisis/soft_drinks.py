"""Soft drinks drunk, told with a Marathi case ending or a measure between the drink and the
verb: "लस्सीचे दोन ग्लास प्यायलो", "ताकाचा एक ग्लास घेतला", "पानी पिया, 4 litre bottle खत्म",
"2 glass nimbu paani piya". The lexicon's beverages catch "पाणी प्यायलो" and "chai pi li";
here the drink is found under its ending ("लस्सीचे" is lassi's) and the verb across the
count of glasses, and every taking concept on that verb is forgotten (not only "drank": "पिया"
is also "use" and "eat"). A bottle counted in litres is a water bottle. Called early from
alumni.domain.crisis.idioms; a substance in the clause keeps the verb a drink taken.
"""
from __future__ import annotations

from functools import lru_cache

from alumni.domain.crisis.concepts import SUBSTANCE_CONCEPTS, Concepts
from alumni.domain.crisis.spelling import Token

# Drinks nobody relapses on (not syrup or medicine: those are read elsewhere; "thanda" is a
# cold drink when it is what was drunk), as typed: "ची"
# (of) and "chacha" fold to the skeleton of chai, "takla" to that of ताक.
_SOFT = frozenset({
    "water", "pani", "paani", "पाणी", "पानी", "chai", "chaha", "चहा", "चाय", "coffee", "कॉफी", "juice", "ज्यूस",
    "जूस", "milk", "doodh", "dudh", "दूध", "lassi", "लस्सी", "taak", "ताक", "chaas", "छास", "sharbat", "सरबत",
    "शरबत", "kokam", "कोकम", "nimbu", "limbu", "लिंबू", "thandai", "ठंडाई", "soda", "सोडा", "छाछ", "chhachh",
    "chaach", "thanda", "ठंडा", "ras", "रस", "उसाचा", "ustacha", "usacha", "ganne", "गन्ने", "rooh", "roohafza",
    "रूह", "रूहअफ़ज़ा", "रूहअफजा", "kahwa", "kehwa", "qahwa", "कहवा", "क़हवा", "लिंबूपाणी", "limbupani"})
# Marathi and Hindi endings glued to the drink: "लस्सीचे", "ताकाचा", "lassicha".
_ENDINGS = ("chya", "che", "cha", "chi", "च्या", "चे", "चा", "ची")
# The oblique stem before an ending: "ताका-चा", "chaha-cha".
_OBLIQUE = ("ा", "a")
# What may stand between the drink and its verb: a count and a measure.
_MEASURES = frozenset({"glass", "glasses", "ग्लास", "गिलास", "gilas", "gilaas", "cup", "cups", "कप", "mug",
                       "bottle", "bottles", "बाटली",
                       "बोतल", "botal", "batli", "litre", "liter", "litres", "ltr", "लीटर", "लिटर", "ml", "jug",
                       "bahut", "बहुत", "khup", "खूप", "thoda", "थोडा", "thodi", "थोडी", "ek", "एक", "do", "दो",
                       "don", "दोन", "teen", "तीन", "char", "चार", "saara", "सारा", "poora", "पूरा", "full",
                       "a", "the", "of", "ka", "ki", "ke", "का", "की", "के", "big", "bada", "मोठा", "motha"})
# (and "came back having drunk" it: "chaha piun alo", "chai pee ke aaya", rounds 66-67)
_TAKING = ("drank", "drink_verb", "drank_bare", "eat", "use", "down_it", "took", "take_any", "use_strong",
           "sip_word", "dts_came_drunk")
_LITRES = frozenset({"litre", "liter", "litres", "ltr", "लीटर", "लिटर", "ml", "l"})


def _soft_drink(token: Token) -> bool:
    return _soft_drink_word(token.raw)


@lru_cache(maxsize=65536)
def _soft_drink_word(raw: str) -> bool:
    """Cached: every word of a text is asked, and a word's endings are tried one by one."""
    if raw in _SOFT:
        return True
    for ending in _ENDINGS:
        if raw.endswith(ending) and len(raw) > len(ending) + 1:
            stem = raw[:-len(ending)]
            if stem in _SOFT or (stem.endswith(_OBLIQUE) and stem[:-1] in _SOFT):
                return True
    return False


def _measured(words: list[Token], start: int, end: int) -> bool:
    return all(t.raw in _MEASURES or t.raw.isdigit() for t in words[start:end])


def read_soft_drinks(c: Concepts) -> None:
    words = c.words
    named = {words[h.start].clause for h in c.of(*SUBSTANCE_CONCEPTS)
             if not _soft_drink(words[h.start]) and words[h.start].raw not in _MEASURES}
    drinks = [i for i, t in enumerate(words) if _soft_drink(t)]
    for i in drinks:
        if words[i].clause in named:
            continue
        c.add("beverage", i, i + 1)
        for verb in c.of(*_TAKING):
            if words[verb.start].clause != words[i].clause:
                continue
            if (verb.start > i and _measured(words, i + 1, verb.start)) or (
                    verb.end <= i and _measured(words, verb.end, i)):
                for name in _TAKING:
                    c.drop(name, verb.start, verb.end)
    _drunk_all_the_same(c, drinks)
    # "4 litre bottle": water by the litre.
    for hit in c.of("alcohol", "alcohol_maybe", "measure", "quantity"):
        if hit.start > 0 and words[hit.start - 1].raw in _LITRES and words[hit.start].raw.startswith(
                ("bottl", "botal", "बोतल", "बाटली")):
            c.drop(hit.concept, hit.start, hit.end)


# "yet", "still": the drink just named drunk all the same (the reading of rounds 62-63: "ye dhabe
# wali chai zeher hai yaar, phir bhi roz peeta hu", "chaha mhanje vish ahe, tari pan roj pito").
_YET = frozenset({"phir", "fir", "फिर", "tari", "तरी", "still", "yet", "tarihi", "तरीही", "anyway"})
# ... in the present of a habit ("roz peeta hu"); "phir bhi kal raat pi li" is another drink.
_DRINK_HABIT = frozenset({"peeta", "pita", "peete", "pite", "peeti", "piti", "पीता", "पीते", "पीती", "pito", "pitey",
                          "pitoy", "पितो", "पिते", "पितोय", "drink", "drinks"})


def _drunk_all_the_same(c: Concepts, drinks: list[int]) -> None:
    words = c.words
    if not drinks or not c.may_hold(_YET) or c.of(*SUBSTANCE_CONCEPTS):
        return
    for verb in c.of(*_TAKING):
        sentence = words[verb.start].sentence
        before = [i for i in drinks if i < verb.start and words[i].sentence == sentence]
        yet = any(t.raw in _YET for t in words[before[-1] + 1:verb.start]) if before else False
        if yet and words[verb.start].raw in _DRINK_HABIT:
            for name in _TAKING:
                c.drop(name, verb.start, verb.end)


def only_soft_drinks(c: Concepts) -> bool:
    """What was drunk is named, and it is only a soft drink ("chaas pee li", "lassi pi li"):
    no substance in the message. The classifier's relapse resemblance defers to this reading
    (alumni.domain.crisis.detector), as it does to progress told."""
    return bool(c.of("beverage")) and not c.of(*SUBSTANCE_CONCEPTS)
