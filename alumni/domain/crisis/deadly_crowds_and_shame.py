"""Death as an intensifier and shame as drowning (round 22): the Marathi "मरणाची गर्दी",
"maranacha ukada" (a killing crowd, a killing heat), and "sharam se doob marne wali baat",
"शर्म से डूब मरने की बात" (a thing to die of shame over). The words are forgotten (and marked
unmeant for the message-wide evidence) when the death word qualifies a crowd, heat, cold, work,
traffic or hunger, or when shame and drowning are followed by "wali baat" / "ki baat" (a thing,
not a will). Never when the message holds a grave word or the writer's will to die ("main doob
marunga" keeps its reading). Read by alumni.domain.crisis.scenes_told before the rules."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_GRAVE = ("weapon", "poison", "hanging", "self_harm", "noose_cord", "rope_tied", "overdose")
_DEATHLY = ("maranach", "मरणाच", "maranacha", "maranachi", "maranache", "marnach", "मरनाच")
_QUALIFIED = ("gardi", "गर्दी", "garadi", "ukada", "उकाडा", "thandi", "थंडी", "kaam", "काम", "traffic", "ट्रॅफिक",
              "bhuk", "भूक", "un", "ऊन", "ghai", "घाई", "pani", "पाऊस", "paus", "dhavpal", "धावपळ", "zop", "झोप")
_SHAME = ("sharam", "sharm", "शर्म", "शरम", "laaj", "लाज")
_DROWN = ("doob", "dub", "डूब", "डुब")
_A_THING = ("wali", "वाली", "wala", "वाला", "ki", "की", "jaisi", "जैसी", "sarkhi", "सारखी")
_THING = ("baat", "बात", "cheez", "चीज़", "goshta", "गोष्ट", "haalat", "हालत")


def _drop_words(c: Concepts, start: int, end: int) -> None:
    for name in c.present():
        c.drop(name, start, end)
    c.add("unmeant", start, end)


def forget_deadly_crowds_and_shame(c: Concepts) -> None:
    if not (c.may_hold(_DEATHLY) or (c.may_hold(_SHAME) and c.may_hold(_DROWN))) or c.of(*_GRAVE):
        return
    words = c.words
    raws = [w.raw for w in words]
    for i, raw in enumerate(raws):
        if raw.startswith(_DEATHLY) and i + 1 < len(raws) and raws[i + 1].startswith(_QUALIFIED):
            _drop_words(c, i, i + 1)
        elif raw.startswith(_DROWN) and any(r in _SHAME for r in raws[max(0, i - 3):i]):
            after = raws[i + 1:i + 5]
            if any(r in _A_THING for r in after) and any(r in _THING for r in after):
                _drop_words(c, i, min(len(raws), i + 3))
