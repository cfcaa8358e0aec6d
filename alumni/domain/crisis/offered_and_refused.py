"""Someone else's bottle or joint, and the writer who turned away (round 19), read by
alumni.domain.crisis.idioms before the rules:

- brought out or passed by another ("रूममेट ने बोतल निकाली", "roommate ne joint pass kiya",
  "रूममेटने joint pass केला") with the writer's own turning away told after it ("मी सरळ no
  म्हणालो", "main chupchap chhat par jakar padhta raha", "i said no and went for a walk"): the
  substance and its verb in the other's clause are theirs, so they are forgotten. Only with a
  turning away and no drinking, wanting or urge of the writer's anywhere in the message:
  "roommate ne bottle nikali, maine bhi pi li" and "roommate ne joint diya, mann kar raha hai"
  keep their reading;
- the bottle not even looked at: "बोतल की तरफ देखा भी नहीं", "bottle ki taraf dekha bhi nahi",
  "didn't even look at the bottle": a being drawn towards it, denied. "बोतल की तरफ खिंचा चला
  जा रहा हूं" and "bottle ki taraf dekhta rehta hu" keep theirs.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_AGENT = frozenset({"ne", "ने"})
_WRITER_AGENT = frozenset({"maine", "मैंने", "mene", "मीने", "mine"})
_OTHERS_THING = ("alcohol", "cannabis", "drugs", "opioids", "use", "drink_unit", "measure", "bottle_word",
                 "drunk_by_the_vessel", "pill_holder", "done_formally")
_WANTING = ("want", "craving", "urge", "drank", "mind_on_it", "talap_felt")
_WRITER = frozenset({"i", "main", "mai", "मैं", "mi", "मी", "me"})
_TURNED = frozenset({"no", "nahi", "नहीं", "nahin", "नाही", "nako", "नको", "refused", "mana", "मना",
                     "chupchap", "चुपचाप", "walk", "वॉक", "revision", "रिविज़न", "रिविजन", "padhta", "पढ़ता",
                     "abhyas", "अभ्यास", "left", "nikal", "nighalo", "निघालो", "गेलो", "gelo"})
_LOOKED = ("dekha", "देखा", "dekhi", "देखी", "pahila", "pahile", "पाहिलं", "पाहिले", "पाहिला", "look",
           "looked")
_NOT = frozenset({"nahi", "नहीं", "nahin", "नाही", "not", "nhi", "na"})
_EVEN = frozenset({"bhi", "भी", "pan", "पण", "suddha", "सुद्धा", "even"})


def _writer_turned_away(c: Concepts, after: int) -> bool:
    words = c.words
    for i in range(after, min(len(words), after + 8)):
        if words[i].raw in _WRITER or words[i].raw.startswith(("मी", "मैं")) and len(words[i].raw) <= 3:
            return any(w.raw in _TURNED for w in words[i:i + 6])
    return False


def _forget_offered(c: Concepts) -> None:
    words = c.words
    if any(c.of(name) for name in _WANTING):
        return
    for hit in c.of("alcohol", "cannabis", "drugs"):
        clause = words[hit.start].clause
        before = [k for k in range(max(0, hit.start - 3), hit.start) if words[k].clause == clause]
        agent = any(words[k].raw in _AGENT and k and words[k - 1].raw not in _WRITER_AGENT for k in before) or any(
            words[k].raw.endswith("ने") and words[k].raw not in _WRITER_AGENT and len(words[k].raw) > 3
            for k in before)
        if not agent:
            continue
        end = hit.end
        while end < len(words) and words[end].clause == clause:
            end += 1
        if not _writer_turned_away(c, end):
            continue
        for name in _OTHERS_THING:
            c.drop(name, hit.start, end)


def _forget_not_looked_at(c: Concepts) -> None:
    words = c.words
    for hit in c.of("drawn"):
        after = words[hit.end:hit.end + 4]
        if after and after[0].raw.startswith(_LOOKED) and any(w.raw in _NOT for w in after[1:]) \
                and any(w.raw in _EVEN for w in after[1:]):
            c.drop("drawn", hit.start, hit.end)


def forget_offered_and_refused(c: Concepts) -> None:
    if c.may_hold(_AGENT):
        _forget_offered(c)
    if c.of("drawn") and c.may_hold(_LOOKED):
        _forget_not_looked_at(c)
