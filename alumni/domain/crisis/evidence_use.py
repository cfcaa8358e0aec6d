"""Using again and craving, read across the whole message.

The window rules want a substance and a verb a few words apart. People who slipped name
them further apart ("took a few puffs of hash on the manali trip"), in a verb no list had
("shared a bottle of McDowell's", "been vaping weed pens"), with a Marathi case ending
glued on ("हातभट्टीची घेतली"), or name no substance at all ("parat suru zala, roj bar
madhe jato"). Here each class of signal is read over the message and a finding needs:

- relapse: a substance by any name and a verb of taking it, in any tense, in one sentence
  or the next; or a substance with an amount and a time ("2 glass, kal"); or the place it is
  drunk with a routine; or pills taken for the high. Not when the verb or the substance is
  refused ("nahi pi", "6 months no smack"), is someone else's ("sab pi rahe the"), is a shop
  or an advert ("beer shop"), or is medicine as prescribed;
- craving: a trigger (payday, a trip, friends calling) and how it feels (scared, the worst
  day, "jaavasa vatatay"); the body asking for it; one unit of it wanted ("ek kash chahiye").

The words of each class live in the substance-use area (alumni.domain.crisis.areas
.substance_use) so the lexicon compiles them once; this module combines them for relapse,
evidence_craving.py for craving, over the signals of evidence_use_signals.py.
"""
from __future__ import annotations

from collections.abc import Iterator

from alumni.domain.crisis.concepts import SUBSTANCES, Concepts, Hit
from alumni.domain.crisis.detection import Category, Finding
from alumni.domain.crisis.evidence_craving import craving_finding
from alumni.domain.crisis.evidence_use_signals import (
    WEAK_RAWS,
    WEAK_TOO,
    Signal,
    close_by,
    refused,
    someone_else,
    substances_in,
    use_finding,
    words_raw,
)
from alumni.domain.crisis.kept_from_drink import not_gone_inside
from alumni.domain.crisis.sober_progress import told_as_progress

RE = Category.RELAPSE

# Verbs of taking that need a substance named: "had", "took", "le li".
_VERBS = ("use", "took", "take_any", "down_it", "drank", "drank_bare", "use_strong", "sniff",
          "smoke_verb", "needle_verb", "pill_use", "eat")

# Verbs that say drinking or getting high even of a word that is a substance only here.
_STRONG_VERBS = ("drank", "down_it", "use_strong", "sniff", "smoke_verb")

_PILLS = ("pills", "pill_count", "sedatives")

# Verbs that tell a drink or a dose taken even with nothing named ("ghetli", "pi li", "drank").
_TOOK_BARE = ("took", "drank", "drank_bare", "down_it", "use_strong")

_DRINKING_VERBS = ("drank", "drank_bare", "down_it")

_STOPPING = ("stop", "ruk", "रुक", "thamb", "थांब")

_USING_WORDS = frozenset({"drinking", "using", "smoking", "sniffing", "snorting", "popping"})


def _a_little_after(c: Concepts, verb: Hit) -> bool:
    """"took a little", "had one", "le li thodi": an amount of something unnamed."""
    return any(0 <= h.start - verb.end <= 1 for h in c.of("some_amount", "a_one", "one_unit", "small_count"))

_TOO = frozenset({"pan", "पण", "bhi", "भी", "too", "also", "pun", "hi"})


def _weak(c: Concepts, s: Signal) -> bool:
    return c.words[s.start].raw in WEAK_RAWS or s.concept in WEAK_TOO


def _soft_drink_taken(c: Concepts, verb: Hit) -> bool:
    """"मी फक्त thandai प्यायलो", "drank juice": the verb's object is a soft drink."""
    return any(0 <= verb.start - h.end <= 1 or 0 <= h.start - verb.end <= 1
               for h in c.of("beverage"))


# "one", "half": a measure of a drink ("aadha pauwa"), not a doctor's dose.
_A_MEASURE = frozenset({"one", "ek", "एक", "half", "aadha", "adha", "आधा", "aadhi", "आधी", "ardha", "अर्धा"})


def _prescribed(c: Concepts, s: Signal) -> bool:
    """Medicine as the doctor said, and not more of it than that."""
    if s.concept not in ("sedatives", "opioids", "substance_more", "drugs"):
        return False
    words = c.words
    told = [h for h in c.of("prescribed", "dose")
            if not any(n.end == h.start or n.end + 1 == h.start for n in c.of("negation"))
            and words[h.start].raw not in _A_MEASURE]
    return bool(told) and not c.of("excess", "for_high", "count")


def _named(concept: str) -> str | None:
    return None if concept == "substance_more" else concept


def use_findings(c: Concepts) -> list[Finding]:
    """Relapse and craving findings read across the message `c` (idioms already removed)."""
    out = []
    relapse = _relapse(c)
    if relapse is not None:
        out.append(relapse)
    craving = craving_finding(c)
    if craving is not None:
        out.append(craving)
    return out


# --- relapse ----------------------------------------------------------------------------

def _relapse(c: Concepts) -> Finding | None:
    """The first use read across the message that is not progress told
    (alumni.domain.crisis.sober_progress: "pichle saal roj peeta tha, aaj dukaan pe hu")."""
    for parts, substance in _relapse_candidates(c):
        if not told_as_progress(c, [(p.start, p.end) for p in parts]):
            return use_finding(c, RE, parts, substance)
    return None


def _relapse_candidates(c: Concepts) -> Iterator[tuple[tuple[Hit | Signal, ...], str | None]]:
    substances = [s for s in substances_in(c)
                  if not refused(c, s.start, s.end) and not _prescribed(c, s)]
    verbs = c.of(*_VERBS)
    taken: dict[Hit, bool] = {}

    def taking(v: Hit) -> bool:
        if v not in taken:
            taken[v] = not (refused(c, v.start, v.end) or someone_else(c, v.start)
                            or _soft_drink_taken(c, v))
        return taken[v]

    for s in substances:
        for v in verbs:
            if v.start < s.end and s.start < v.end or not close_by(c, s, v):
                continue
            if _weak(c, s) and v.concept not in _STRONG_VERBS:
                continue
            if taking(v):
                yield (s, v), SUBSTANCES.get(s.concept) or _named(s.concept)
    # "hatbhatti chi ghetli kal, 2 glass": an amount and a time make it a use told.
    amounts = c.of("small_count", "count", "measure", "some_amount")
    times = c.of("time", "occasion")
    for s in substances:
        if _weak(c, s) or someone_else(c, s.start):
            continue
        amount = next((a for a in amounts if close_by(c, s, a, 5, 3) and not (a.start <= s.start < a.end)), None)
        when = next((t for t in times if close_by(c, s, t, 6, 4)), None)
        # ("holi ke liye 50 kilo bhang ki thandai ka order": made for the customers, not taken)
        if amount and when and not any(close_by(c, s, o, 8, 8) for o in c.of("dl_serving")):
            yield (s, amount, when), SUBSTANCES.get(s.concept) or _named(s.concept)
    # "roj sandhyakali bar madhe jato": going where it is drunk, as a routine or again.
    passed_by = bool(c.of("liquor_place")) and not_gone_inside(c)
    for place in c.of("liquor_place"):
        if refused(c, place.start, place.end) or words_raw(c, place) in ("dealer", "dealers") or passed_by:
            continue
        go = next((g for g in c.of("go_there") if close_by(c, place, g, 3, 0)
                   and not refused(c, g.start, g.end) and not someone_else(c, g.start)), None)
        habit = next((h for h in c.of("routine_use", "again_strict") if close_by(c, place, h, 6, 8)), None)
        if go and habit and not c.of("kept_going"):
            yield (place, go, habit), "alcohol"
    # "mi pan ghetli thodi. mag thambalo nahi": took some, then could not stop.
    for stop in c.of("kept_going"):
        if not any(part in words_raw(c, stop) for part in _STOPPING):
            continue        # "kept walking", "straight home": the bar was passed by
        if stop.end < len(c.words) and c.words[stop.end].raw.endswith("ing") \
                and c.words[stop.end].raw not in _USING_WORDS:
            continue        # "couldn't stop crying"
        verb = next((v for v in c.of(*_TOOK_BARE, "use") if close_by(c, v, stop, 8, 8) and v.start < stop.start
                     and (v.concept != "use" or _a_little_after(c, v)) and taking(v)), None)
        if verb is not None:
            yield (verb, stop), "alcohol" if verb.concept in _DRINKING_VERBS else None
    # "lagnat sagle pit hote, mi pan ghetli": the others drank, and the writer too.
    for me in c.of("first_person"):
        if me.end >= len(c.words) or c.words[me.end].raw not in _TOO:
            continue
        verb = next((v for v in c.of(*_TOOK_BARE) if 0 < v.start - me.end <= 2 and taking(v)), None)
        drinking = any(close_by(c, o, me, 6, 4) for o in c.of("others"))
        if verb is not None and drinking:
            yield (me, verb), "alcohol" if verb.concept in _DRINKING_VERBS else None
    # "golya khayla suru kelya ... nashyasathi": pills taken for the high, or again.
    for pills in c.of(*_PILLS):
        verb = next((v for v in verbs if close_by(c, pills, v, 4, 0) and v.start != pills.start
                     and taking(v)), None)
        why = next((h for h in c.of("for_high", "again_strict") if close_by(c, pills, h, 8, 6)), None)
        # "डॉक्टरांनी गोळ्या परत सुरू केल्या": begun again by the doctor, not by the writer, unless
        # the writer's own count follows ("डॉक्टरांनी एक गोळी सांगितली, मी चार घेतो").
        by_doctor = any(close_by(c, d, pills, 4, 0) for d in c.of("doctor_began")) \
            and not any(n.start > pills.start for n in c.of("more_than_one", "few_number"))
        if verb and why and not by_doctor and not _prescribed(c, Signal("sedatives", pills.start, pills.end)):
            yield (pills, verb, why), "pills"
