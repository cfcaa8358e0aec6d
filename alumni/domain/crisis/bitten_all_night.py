"""Mosquitoes that "killed" one all night (round 19): "मच्छरों ने रात भर मार डाला", "machhron
ne maar dala", "डासांनी रात्रभर मारलं", "mosquitoes killed me last night": the insects are
the subject of the killing, so it is their biting. Forgotten only when the mosquitoes come
before the killing in its clause; "machhar maarne ki dawai pi li" (the poison for them,
drunk) and "मच्छरों से परेशान हूं, मर जाना चाहता हूं" (another clause, a wish) keep theirs.
Read by alumni.domain.crisis.idioms before the rules."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_MOSQUITO = ("मच्छ", "machh", "machch", "machar", "mosquito", "डास", "daas", "dasan", "खटमल",
             "khatmal", "bedbug", "ढेकण", "dhekan")
_KILLING = ("die", "kill", "strike", "beat_verb", "use", "line_verb", "hurt")
_WISH = frozenset({"chahta", "chahti", "चाहता", "चाहती", "want", "marna", "मरना", "मरायचं", "maraycha"})


def forget_bitten_all_night(c: Concepts) -> None:
    if not c.of("die", "kill", "strike") or not c.may_hold(_MOSQUITO):
        return
    words = c.words
    for hit in c.of("die", "kill", "strike"):
        clause = words[hit.start].clause
        before = range(max(0, hit.start - 5), hit.start)
        if not any(words[k].clause == clause and words[k].raw.startswith(_MOSQUITO) for k in before):
            continue
        if any(w.raw in _WISH for w in words[hit.start:hit.end + 3]):
            continue
        if c.of("poison", "pesticide") or c.of("self"):
            continue
        for name in _KILLING:
            c.drop(name, hit.start, hit.end)
