"""Dying of a trifle (round 16, holdout 45): hunger typed in English inside Hindi ("इतना hungry
हूं कि मर जाऊंगा, canteen बंद"), a chutney or a chilli so hot one died ("mirchi cha thecha khaun
melo 🔥", "itna teekha tha ki mar gaya"), and the month's targets killing a sales team
("MR targets से मर रहे हैं", "targets ne maar dala"). The cause named before the dying word in
its clause is a figure of speech, as "bhook se mar gaya" is (idioms.py reads the word right
before; these sit a few words off). A medical representative typed "MR" in capitals beside
work words is a job, not a relation ("mister").

What keeps the alarm: a wish to die said outright ("marna hai", "chahta", "want to"), a
method or the self in the clause, or no trifle named ("itna akela hu ki mar jaunga").
Called from alumni.domain.crisis.idioms; the words used up are marked `unmeant`.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.spelling import Token

_HUNGER = ("hungry", "starving", "bhooka", "bhookha", "bhukha", "भूखा", "भूखी", "bhuk", "bhook", "भूक", "भूख",
           "bhukela", "भुकेला", "bhukeli", "भुकेली", "hunger")
_HOT_FOOD = ("mirchi", "मिरची", "मिर्च", "mirch", "thecha", "ठेचा", "tikhat", "तिखट", "teekha", "tikha", "तीखा",
             "spicy", "chilli", "chili", "jhal", "झाल", "jhanjhanit", "झणझणीत", "chutney", "चटणी", "चटनी",
             "khaun", "खाऊन", "kha ke", "khake", "खाके")
_TARGETS = ("target", "targets", "टारगेट", "quota", "sales", "incentive", "deadline", "deadlines", "appraisal")
_TRIFLES = _HUNGER + _HOT_FOOD + _TARGETS
_DYING = ("die", "kill", "strike", "use", "line_verb", "want", "will_take", "going_there", "go_to_it")
# A wish said outright, the self or a method: the figure no longer covers it.
_EARNEST = ("suicide", "self", "poison", "pills", "hang", "jump", "weapon", "rail_line", "height", "means")
_WISH = frozenset({"chahta", "chahti", "चाहता", "चाहती", "chahiye", "चाहिए", "hai", "है", "want", "wanna",
                   "ahe", "आहे", "aahe", "wish", "marna", "मरना", "maraycha", "मरायचं"})
_WORK = frozenset({"targets", "target", "टारगेट", "company", "field", "visit", "visits", "doctor", "doctors",
                   "pharma", "manager", "sales", "quota", "month", "महीने", "mahine"})


def _trifle(raw: str) -> bool:
    return raw.startswith(_TRIFLES)


def _earnest_in(c: Concepts, clause: int) -> bool:
    words = c.words
    # a trifle's own word is no method ("khaun", having eaten, folds onto a well)
    if any(words[h.start].clause == clause and not _trifle(words[h.start].raw) for h in c.of(*_EARNEST)):
        return True
    return any(t.clause == clause and t.raw in _WISH for t in words)


def _mr_at_work(c: Concepts, words: list[Token]) -> None:
    if not any(t.raw in _WORK for t in words):
        return
    for i, token in enumerate(words):
        if token.surface in ("MR", "M.R", "MRs", "MR's"):
            c.drop("relation", i, i + 1)
            c.drop("other_target", i, i + 1)
            c.add("unmeant", i, i + 1)


def remove_dying_of_trifles(c: Concepts) -> None:
    words = c.words
    _mr_at_work(c, words)
    for hit in c.of("die", "kill"):
        clause = words[hit.start].clause
        cause = [i for i in range(max(0, hit.start - 6), hit.start)
                 if words[i].clause == clause and _trifle(words[i].raw)]
        if not cause or _earnest_in(c, clause):
            continue
        end = hit.end
        while end < len(words) and end < hit.end + 3 and words[end].clause == clause:
            end += 1
        for name in _DYING:
            c.drop(name, hit.start, end)
        c.add("unmeant", cause[0], end)
