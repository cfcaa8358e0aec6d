"""Craving read across the whole message: a trigger and how it feels, the body asking for
it, one unit of it wanted ("ek kash chahiye"), the pull named. Called by
alumni.domain.crisis.evidence_use."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.detection import Category, Finding
from alumni.domain.crisis.evidence_use_signals import (
    NAMED,
    REFUSALS,
    Signal,
    close_by,
    refused,
    someone_else,
    substances_in,
    use_finding,
    words_raw,
)

CR = Category.CRAVING

def craving_finding(c: Concepts) -> Finding | None:
    words = c.words
    # "payday today. that's always the worst day", "friends planning a goa trip. scared".
    feelings = [f for f in c.of("trigger_feeling", "fear", "feeling_more", "longing")
                if not refused(c, f.start, f.end) and not _fear_overcome(c, f)]
    for trigger in c.of("trigger", "payday", "payday_more", "occasion", "liquor_place", "dealer", "old_place"):
        if refused(c, trigger.start, trigger.end):
            continue
        for feeling in feelings:
            if feeling.start == trigger.start:
                continue
            if abs(words[feeling.start].sentence - words[trigger.start].sentence) <= 2 \
                    and abs(feeling.start - trigger.start) <= 16:
                return use_finding(c, CR, (trigger, feeling))
    found = _pull_named(c)
    if found is not None:
        return found
    # "sweating, body aching, hands shaking": the body without it, with no illness named.
    signs = c.of("withdrawal_sign")
    if len({words[h.start].raw for h in signs}) >= 2 and not c.of("illness") and not any(
            refused(c, h.start, h.end) for h in signs):
        return use_finding(c, CR, tuple(signs[:2]))
    # "my body asks for a drink every evening".
    for body in c.of("body", "hands"):
        asks = next((a for a in c.of("asks_for", "body_asks") if 0 <= a.start - body.end <= 2), None)
        if asks:
            return use_finding(c, CR, (body, asks))
    # "someone offered me a smoke and i really wanted it": an offer, and wanting it.
    offers = c.of("offered")
    offered_things = [*_craved_things(c), *c.of("smoke_verb")] if offers else []    # once, not per offer
    for offer in offers:
        thing = _craved_thing(c, offered_things, offer, 5, 0)
        want = next((w for w in c.of("want", "want_badly", "longing", "urge_to")
                     if 0 < w.start - offer.end <= 14 and words[w.start].sentence - words[offer.start].sentence <= 1
                     and not refused(c, w.start, w.end)), None)
        if thing is not None and want is not None and not c.of("beverage", "quit"):
            return use_finding(c, CR, (offer, thing, want))
    # "i wanna smoke up so bad rn": wanting the act itself, badly, now.
    for want in c.of("want_one", "want"):
        act = next((a for a in c.of(*_ACTS) if 0 <= a.start - want.end <= 2), None)
        if act is None or refused(c, want.start, want.end) or c.of("beverage") or (
                act.end < len(words) and words[act.end].raw in _HARMLESS_DRINKS):
            continue
        badly = next((b for b in c.of("want_badly", "urge_to") if 0 <= b.start - act.end <= 4), None)
        if badly is not None and not someone_else(c, want.start):
            return use_finding(c, CR, (want, act, badly))
    # "sirf ek kash chahiye", "need a peg so bad", "ek peg hava".
    units = c.of("one_unit", "sip_word", *NAMED)
    for want in c.of("want_one"):
        if refused(c, want.start, want.end) or c.of("beverage"):
            continue
        unit = next((u for u in units if close_by(c, u, want, 3, 0) and not (u.start <= want.start < u.end)
                     and (u.concept != "one_unit" or u.end - u.start > 1
                          or words[u.start].raw not in ("one", "ek", "एक", "thodi", "थोड़ी", "a"))),
                    None)
        if unit and not someone_else(c, want.start):
            return use_finding(c, CR, (unit, want))
    return None


# Acts of using that, wanted badly, are a craving: "wanna smoke up so bad", "need to get high".
_ACTS = ("smoke_verb", "drink_verb", "use_strong", "get_intox", "sniff")
_HARMLESS_DRINKS = frozenset({"water", "paani", "pani", "पानी", "chai", "चाय", "tea", "coffee", "कॉफी",
                              "juice", "milk", "doodh", "दूध", "something", "cold"})


# Words that point at the substance in a craving even when weak or inflected: "nashachach",
# "pyaaychi", "peene".
_CRAVED_STEMS = ("nash", "नश", "daru", "दारू", "दारु", "pine", "peene", "पीने", "piny", "pyay", "प्याय",
                 "pyaay", "drink", "maal", "smoke", "ganj", "गांज")


def _craved_things(c: Concepts) -> list[Hit | Signal]:
    things: list[Hit | Signal] = list(c.of(*NAMED, "liquor_place", "dealer", "drink_verb", "drank", "use_strong"))
    things += [Signal("substance_more", i, i + 1) for i, w in enumerate(c.words)
               if w.raw.startswith(_CRAVED_STEMS)]
    return things


def _craved_thing(c: Concepts, things: list[Hit | Signal], near: Hit, same: int = 12,
                  next_: int = 8) -> Hit | Signal | None:
    return next((t for t in things if close_by(c, t, near, same, next_)
                 and not (t.start <= near.start < t.end)), None)


def _refused_since_but(c: Concepts, hit: Hit) -> bool:
    """A refusal of the pull itself: "ajun pyayalo nahi pan khup tadaf" refuses the drink,
    not the pull that follows the "pan"."""
    words = c.words
    buts = [i for i in range(max(0, hit.start - 5), hit.start) if words[i].raw in _BUT]
    if not buts:
        return refused(c, hit.start, hit.end)
    return any(buts[-1] < n.start < hit.start or hit.end <= n.start <= hit.end
               for n in c.of(*REFUSALS))


def _pull_named(c: Concepts) -> Finding | None:
    """The pull named with what it pulls to: "the itch is back", "प्यायची खूप ओढ", "ajun pyayalo
    nahi pan khup tadaf"; the mind going back to it ("first thought was the theka", "sarkha
    nashachach vichar"); it calling ("whisky in the cupboard calling me"); its smell and how
    that felt; an offer turned down so far ("phone aaya maal ke liye, abhi tak mana kiya")."""
    pulls, thoughts, smells, so_fars = c.of("longing"), c.of("thought_of"), c.of("smell", "smell_more"), c.of("so_far")
    if not (pulls or thoughts or smells or so_fars or c.of("drawn")):
        return None
    things = _craved_things(c)
    for pull in pulls:
        if _refused_since_but(c, pull) or someone_else(c, pull.start):
            continue
        raw = words_raw(c, pull)
        thing = _craved_thing(c, things, pull, 30, 20) or next(
            (h for h in c.of("so_far") if close_by(c, h, pull, 8, 0)), None)
        if thing is not None or raw in ("itch is back", "can taste it", "almost taste it"):
            return use_finding(c, CR, (pull, thing) if thing is not None else (pull,))
    for thought in thoughts:
        if refused(c, thought.start, thought.end) or someone_else(c, thought.start):
            continue
        thing = _craved_thing(c, things, thought, 6, 0)
        insistent = words_raw(c, thought) == "first thought" or any(
            close_by(c, a, thought, 6, 0) for a in c.of("again_and_again"))
        if thing is not None and insistent:
            return use_finding(c, CR, (thought, thing))
    for drawn in c.of("drawn"):
        if not words_raw(c, drawn).endswith(("me", "name")) or refused(c, drawn.start, drawn.end):
            continue
        thing = next((s for s in substances_in(c) if close_by(c, s, drawn, 14, 6)), None)
        if thing is not None:
            return use_finding(c, CR, (thing, drawn))
    for smell in smells:
        thing = _craved_thing(c, things, smell, 3, 0)
        felt = next((f for f in c.of("distress", "longing", "trigger_feeling", "feeling_more")
                     if close_by(c, f, smell, 10, 4)), None)
        if thing is not None and felt is not None and not someone_else(c, smell.start):
            return use_finding(c, CR, (thing, smell, felt))
    for so_far in so_fars:
        offer = next((o for o in c.of("contact", "offered", "drawn") if close_by(c, o, so_far, 12, 6)), None)
        if offer is None:
            continue
        thing = _craved_thing(c, things, offer, 6, 0)
        if thing is not None:
            return use_finding(c, CR, (offer, thing, so_far))
    return None


_FELT = frozenset({"laga", "lagi", "lagla", "lagli", "लगा", "लगी", "लागलं", "लागली", "लागला", "was", "were",
                   "felt", "tha", "thi", "था", "थी", "hoti", "होती", "vatli", "vatla", "वाटली", "वाटलं"})
_BUT = frozenset({"lekin", "लेकिन", "but", "pan", "पण", "par", "pr", "magar", "मगर", "tari", "तरी", "phir",
                  "फिर", "then"})


def _fear_overcome(c: Concepts, feeling: Hit) -> bool:
    """"pehle dar laga ki kya hoga, lekin maine soda mangwaya": a fear told in the past and
    then got past is the story of a good evening."""
    words = c.words
    felt = any(w.raw in _FELT for w in words[feeling.start:feeling.end + 2])
    if not felt:
        return False
    sentence = words[feeling.start].sentence
    return any(w.raw in _BUT and w.sentence == sentence for w in words[feeling.end:feeling.end + 10])
