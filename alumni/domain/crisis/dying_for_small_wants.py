"""Dying said of a small want (round 19), read by alumni.domain.crisis.idioms before the
rules:

- a cup of tea or coffee not got: "i will die if i dont get tea rn", "coffee nahi mili to aaj
  raat zinda nahi bachunga", "चहा मिळाला नाही तर मरेन": a hostel's or a night shift's figure
  of speech. Only the tea or coffee itself, with a "not" and a getting verb ("get", "mili",
  "मिळाला") beside it, reads this way; a medicine not got, a child not given back or a wish
  to die said outright ("marna hai", "want to die", "jeena nahi") keep the alarm;
- dying of sweat: "ghamane melo", "घामाने मेलो", "पसीने से मर गए", "died sweating": the sweat
  named right before the dying word, as "garmi se mar gaya" is;
- a dish or a cocktail people die for: "log marte hai uspe", "people die for it", "लोक
  मरतात त्यावर": others' dying on a thing is their liking it. "main marta hu uspe" is the
  writer's fondness (hyperbole.py); "log marte hai" alone, with no "on it", keeps its reading.

A method, a rope, pills or the self in the sentence keeps the alarm in every case.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_DYING = ("die", "kill", "live", "remain", "inside_alive", "die_first_person", "beat_verb", "strike",
          "want", "will_to")
_EARNEST = ("suicide", "self", "poison", "pills", "hang", "jump", "weapon", "rail_line", "height", "means",
            "ligature", "noose_cord")
_WISH = frozenset({"chahta", "chahti", "चाहता", "चाहती", "want", "wanna", "marna", "मरना", "maraycha",
                   "मरायचं", "jeena", "जीना", "jina", "jagaycha", "जगायचं", "rehna", "रहना", "wish"})
_SMALL_WANTS = frozenset({"tea", "chai", "chay", "chaha", "chaay", "चाय", "चहा", "coffee", "cofee", "kofi",
                          "कॉफी", "कॉफ़ी", "maggi", "मॅगी", "मैगी", "cutting", "कटिंग"})
_GOT = frozenset({"get", "got", "getting", "mili", "mila", "mile", "milti", "milegi", "milali", "milala",
                  "milale", "मिली", "मिला", "मिले", "मिलेगी", "मिळाली", "मिळाला", "मिळाले", "मिळत",
                  "milat", "milnar", "मिळणार"})
_NOT = frozenset({"not", "dont", "don't", "didnt", "didn't", "no", "nahi", "nahin", "nai", "नहीं", "नही",
                  "नाही", "nahi.", "na", "ना"})
_SWEAT = ("ghama", "घामा", "घाम", "pasine", "paseene", "pasina", "पसीन", "पसीने", "sweat")
_LIKERS = frozenset({"log", "लोग", "people", "lok", "लोक", "sab", "सब", "everyone", "sagle", "सगळे"})
_ON_IT = frozenset({"uspe", "uss", "us", "ispe", "iss", "is", "उसपे", "उस", "इसपे", "इस", "त्यावर",
                    "tyavar", "hyavar", "ह्यावर", "for"})


def _sentence(c: Concepts, i: int) -> range:
    return c.sentences[c.words[i].sentence]


def _earnest_at(c: Concepts) -> set[int]:
    """Where a method, the self or a wish said outright stands (looked up once per text)."""
    at = {h.start for h in c.of(*_EARNEST)}
    if not c.typed_words.isdisjoint(_WISH):
        at.update(k for k, w in enumerate(c.words) if w.raw in _WISH)
    return at


def _small_want_not_got(c: Concepts, span: range) -> bool:
    words = c.words
    for k in span:
        if words[k].raw in _SMALL_WANTS:
            near = [words[j].raw for j in range(max(span.start, k - 4), min(span.stop, k + 5))]
            if any(w in _GOT for w in near) and any(w in _NOT for w in near):
                return True
    return False


def _drop_dying(c: Concepts, start: int, end: int) -> None:
    for name in _DYING:
        c.drop(name, start, end)


def forget_dying_for_small_wants(c: Concepts) -> None:
    words = c.words
    small = not c.typed_words.isdisjoint(_SMALL_WANTS)
    sweat = c.may_hold(_SWEAT)
    liked = not c.typed_words.isdisjoint(_LIKERS) and not c.typed_words.isdisjoint(_ON_IT)
    if not (small or sweat or liked):
        return
    dying = c.of("die", "live", "die_first_person", "kill")
    earnest: set[int] | None = None         # looked up once, only for a dying word that may be spared
    for hit in dying:
        span = _sentence(c, hit.start)
        before = words[max(span.start, hit.start - 2):hit.start]
        after = words[hit.end:min(span.stop, hit.end + 3)]
        if small and _small_want_not_got(c, span):
            start, end = span.start, span.stop
        elif sweat and any(w.raw.startswith(_SWEAT) for w in before):
            start, end = hit.start, hit.end
        elif liked and any(w.raw in _LIKERS for w in before) and any(w.raw in _ON_IT for w in after):
            start, end = hit.start, hit.end + 2
        else:
            continue
        if earnest is None:
            earnest = _earnest_at(c)
        if earnest.isdisjoint(span):
            _drop_dying(c, start, end)
