"""A medicine stopped, and the drink taken up after it (round 23, holdout 66): "lithium chhod ke
bottle pakad li", "लिथियम बंद केलं आणि गुत्त्यावर जायला लागलो", "valproate sodla ani bevda parat
suru". What was quit is the medicine: the quitting is no sobriety that cancels the drink after it.

The quitting is forgotten only with a medicine named in the few words before it and a drink or a
drug in the few words after; the drink itself quit ("dawai band ki, ab daru bhi band") keeps its
own. Read by alumni.domain.crisis.idioms before the rules.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import SUBSTANCE_CONCEPTS, Concepts

_MEDICINE = ("lithium", "लिथियम", "valproate", "valparin", "divalproex", "sertraline", "escitalopram", "olanzapine",
             "risperidone", "clonazepam", "fluoxetine", "quetiapine", "mood stabil", "stabilizer", "stabiliser",
             "dawa", "dawai", "davai", "दवा", "दवाई", "aushadh", "औषध", "goli", "goliyan", "गोली", "गोलियां", "golya",
             "गोळ्या", "gol", "गोळी", "medicine", "medicines", "meds", "tablet", "tablets", "treatment", "ilaj",
             "इलाज", "upchar", "उपचार", "injection", "इंजेक्शन")
_QUIT = ("quit", "quit_more")
_DRINK_AFTER = SUBSTANCE_CONCEPTS + ("habit_bottle_held", "habit_den", "habit_drinking_begun", "intoxicated",
                                     "drink_verb", "drank", "use_strong", "liquor_place")


def forget_medicine_stopped_first(c: Concepts) -> None:
    quits = c.of(*_QUIT)
    if not quits:
        return
    words = c.words
    after_starts = [h.start for h in c.of(*_DRINK_AFTER)]
    if not after_starts:
        return
    for hit in quits:
        before = words[max(0, hit.start - 3):hit.start]
        if not any(t.raw.startswith(_MEDICINE) for t in before):
            continue
        if any(hit.end <= at <= hit.end + 5 for at in after_starts):
            for name in _QUIT:
                c.drop(name, hit.start, hit.end)
