"""Sobriety told by the door not entered (round 17): walking past the liquor den or the shop
every day without going in, the passing told as a routine ("गुत्त्याच्या समोरून रोज जाते, आत
जात नाही", "theke ke saamne se roz guzarta hu, andar nahi jata", "i walk past the bar daily
but never go in"). Read by
alumni.domain.crisis.idioms before the rules: the place only passed is forgotten.

Going in, a wish or a craving, or anything bought or had keeps the place as it reads
("samorun jato, aat jaycha mann hota" is a craving; "aat gelo nahi pan bahervarun quarter
ghetla" was a drink after all)."""
from __future__ import annotations

from alumni.domain.crisis.concepts import SUBSTANCE_CONCEPTS, Concepts
from alumni.domain.crisis.kept_from_drink import _PAST_IT

# Not going in, as words in a row: "aat jat nahi", "andar nahi jata", "never go in".
_NOT_IN = (("aat", "jat", "nahi"), ("आत", "जात", "नाही"), ("aat", "gelo", "nahi"), ("आत", "गेलो", "नाही"),
           ("aat", "jaat", "nahi"), ("aata", "jat", "nahi"), ("आत", "जात", "नाय"), ("aat", "jat", "nay"),
           ("aat", "nahi", "jat"), ("आत", "नाही", "जात"), ("aat", "nahi", "gelo"), ("आत", "नाही", "गेलो"),
           ("andar", "nahi", "jata"), ("अंदर", "नहीं", "जाता"), ("andar", "nahi", "gaya"), ("अंदर", "नहीं", "गया"),
           ("andar", "nahin", "jata"), ("andar", "jata", "nahi"), ("अंदर", "जाता", "नहीं"),
           ("never", "go", "in"), ("dont", "go", "in"), ("don't", "go", "in"), ("didnt", "go", "in"),
           ("didn't", "go", "in"), ("never", "went", "in"), ("not", "going", "in"))
_PASSING_BY = ("saamne", "samne", "सामने", "past", "paas", "पास") + _PAST_IT
_HAD = SUBSTANCE_CONCEPTS + ("drank", "drink_verb", "use_strong", "down_it", "took", "took_at_sitting", "measure")
_WISHING = ("want", "craving", "will_to", "want_one", "longing")
# Standing there or stopping is the pull, not the passing: "theke pe khada hu, andar
# nahi gaya abhi", "ruk gaya, andar nahi gaya" are cravings.
_HALTED = ("khada", "खड़ा", "खडा", "khadi", "खड़ी", "ruk", "रुक", "thamb", "थांब", "stand", "stood", "stopp",
           "baith", "बैठ", "bas", "बस")
_YET = frozenset({"tak", "तक", "paryant", "पर्यंत", "yet"})


def _not_gone_in(c: Concepts) -> bool:
    raws = [t.raw for t in c.words]
    return any(tuple(raws[i:i + len(p)]) == p for p in _NOT_IN for i in range(len(raws)))


def forget_not_gone_in(c: Concepts) -> None:
    places = c.of("liquor_place", "drink_place")
    if not places or c.of(*_WISHING) or not c.of("routine", "routine_use") or not _not_gone_in(c):
        return
    words = c.words
    if any(t.raw.startswith(_HALTED) or t.raw in _YET for t in words):
        return
    spans = [(p.start, p.end) for p in places]
    if any(not any(s <= h.start < e for s, e in spans) for h in c.of(*_HAD)):
        return
    for place in places:
        near = words[place.start:min(len(words), place.end + 3)]
        if any(t.raw.endswith(_PASSING_BY) for t in near):
            for name in ("liquor_place", "drink_place", "alcohol"):
                c.drop(name, place.start, place.end)
