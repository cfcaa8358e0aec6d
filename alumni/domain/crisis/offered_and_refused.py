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

from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.spelling import Token

_AGENT = frozenset({"ne", "ने"})
_WRITER_AGENT = frozenset({"maine", "मैंने", "mene", "मीने", "mine"})
_OTHERS_THING = ("alcohol", "cannabis", "drugs", "opioids", "stimulants", "sedatives", "powder", "use", "drink_unit",
                 "measure", "bottle_word",
                 "drunk_by_the_vessel", "pill_holder", "done_formally")
_WANTING = ("want", "craving", "urge", "drank", "mind_on_it", "talap_felt")
_WRITER = frozenset({"i", "main", "mai", "मैं", "mi", "मी", "me"})
_TURNED = frozenset({"no", "nahi", "नहीं", "nahin", "नाही", "nako", "नको", "refused", "mana", "मना",
                     "chupchap", "चुपचाप", "walk", "वॉक", "revision", "रिविज़न", "रिविजन", "padhta", "पढ़ता",
                     "abhyas", "अभ्यास", "left", "nikal", "nighalo", "निघालो", "गेलो", "gelo",
                     # "mi sangitla mi sodli aahe": the writer has given it up (round 58)
                     "sodli", "सोडली", "sodliy", "सोडलीय", "quit", "chhod", "छोड़", "chod",
                     # came away, or moved off to another seat (round 74-75: "staff ने bottle उघडली, मी निघून
                     # आलो", "मी पुढे ड्रायव्हरजवळ जाऊन बसलो")
                     "निघून", "nighun", "पुढे", "pudhe", "दूर", "away"})
_LOOKED = ("dekha", "देखा", "dekhi", "देखी", "pahila", "pahile", "पाहिलं", "पाहिले", "पाहिला", "look",
           "looked")
_NOT = frozenset({"nahi", "नहीं", "nahin", "नाही", "not", "nhi", "na"})
# Taken after it was handed over: the writer's own act.
_TAKEN_AFTER = ("took", "drank", "down_it", "use_strong", "accepted")
# Handed over or brought by another, the verb after the substance (round 23).
_GIVING = frozenset({"देऊन", "deun", "dili", "दिली", "dila", "दिला", "dile", "दिले", "offer", "offered", "pass",
                     "passed",
                     # "mehuna mhanala ek peg ghe": take one, said to the writer (round 58)
                     "ghe", "घे", "ghya", "घ्या",
                     # invited to it (round 73: "ratri ganja odhayla bolavla, mi nahi gelo")
                     "bolavla", "बोलावलं", "बोलावला", "bolavle", "बोलावले", "bulaya", "बुलाया", "invited"})
# Offered before the substance is named: "got offered chitta at the dhaba" (round 59).
_OFFERED_BEFORE = frozenset({"offered", "offering", "offer"})
_BROUGHT = frozenset({("घेऊन", "आला"), ("gheun", "aala"), ("gheun", "ala"), ("घेऊन", "आले"), ("lekar", "aaya"),
                      ("लेकर", "आया"), ("leke", "aaya"), ("लेके", "आया")})
_REFUSED_PHRASES = (("परत", "केलं"), ("परत", "केली"), ("परत", "केला"), ("parat", "kela"), ("parat", "keli"),
                    ("parat", "kel"), ("परत", "दिलं"), ("परत", "दिली"), ("parat", "dila"), ("parat", "dili"),
                    ("नकार", "दिला"), ("nakar", "dila"), ("नाकारली",), ("nakarli",), ("नाकारलं",),
                    ("wapas", "kar", "di"), ("wapas", "kar", "diya"), ("वापस", "कर", "दी"), ("mana", "kar", "diya"),
                    ("मना", "कर", "दिया"), ("said", "no"), ("refused",), ("declined",),
                    # turned away without a pronoun (round 59): "हात जोडले आणि निघालो", "walked away"
                    ("हात", "जोडले"), ("haat", "jodle"), ("hath", "jodle"), ("walked", "away"), ("walked", "off"))
_EVEN = frozenset({"bhi", "भी", "pan", "पण", "suddha", "सुद्धा", "even"})


def _writer_turned_away(c: Concepts, after: int) -> bool:
    words = c.words
    raws = [w.raw for w in words[after:after + 8]]
    # The refusal said without a pronoun, as Marathi and Hindi do: "परत केलं", "mana kar diya".
    for p in _REFUSED_PHRASES:
        for k in range(len(raws)):
            # ("parat dili nahi": not given back.)
            if tuple(raws[k:k + len(p)]) == p and not _NOT.intersection(raws[k + len(p):k + len(p) + 1]):
                return True
    for i in range(after, min(len(words), after + 8)):
        if words[i].raw in _WRITER or words[i].raw.startswith(("मी", "मैं")) and len(words[i].raw) <= 3:
            return any(w.raw in _TURNED for w in words[i:i + 6])
    return False


def _given_in_clause(words: list[Token], hit: Hit, clause: int) -> bool:
    """The substance handed over or brought by someone else in its clause: "लोक दारू देऊन",
    "मित्र चरस घेऊन आला होता" (not the writer's "main le aaya")."""
    k = hit.end
    while k < len(words) and words[k].clause == clause:
        if words[k].raw in _GIVING or tuple(w.raw for w in words[k:k + 2]) in _BROUGHT:
            return not any(words[j].raw in _WRITER or words[j].raw in _WRITER_AGENT
                           for j in range(max(0, hit.start - 4), k) if words[j].clause == clause)
        k += 1
    return False


def _forget_offered(c: Concepts) -> None:
    words = c.words
    if any(c.of(name) for name in _WANTING):
        return
    for hit in c.of("alcohol", "cannabis", "drugs", "opioids", "stimulants", "sedatives", "powder"):
        clause = words[hit.start].clause
        before = [k for k in range(max(0, hit.start - 3), hit.start) if words[k].clause == clause]
        agent = any(words[k].raw in _AGENT and k and words[k - 1].raw not in _WRITER_AGENT for k in before) or any(
            words[k].raw.endswith("ने") and words[k].raw not in _WRITER_AGENT and len(words[k].raw) > 3
            for k in before)
        offered = any(words[k].raw in _OFFERED_BEFORE for k in before)
        if not agent and not offered and not _given_in_clause(words, hit, clause):
            continue
        end = hit.end
        while end < len(words) and words[end].clause == clause:
            end += 1
        if not _writer_turned_away(c, end):
            continue
        # Handed over, then taken: "peg dila, mi ghetla ani mag thambloch nahi".
        if not agent and any(h.start >= end for h in c.of(*_TAKEN_AFTER)):
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
    if c.may_hold(_AGENT) or not c.typed_words.isdisjoint(_GIVING | _OFFERED_BEFORE) \
            or c.may_hold(("घेऊन", "gheun", "lekar", "leke")):
        _forget_offered(c)
    if c.of("drawn") and c.may_hold(_LOOKED):
        _forget_not_looked_at(c)
