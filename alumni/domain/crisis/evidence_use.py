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
.substance_use) so the lexicon compiles them once; this module only combines them.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from alumni.domain.crisis.concepts import CONCEPTS, SUBSTANCES, Concepts, Hit
from alumni.domain.crisis.detection import Category, Finding
from alumni.domain.crisis.spelling import skeleton

RE, CR = Category.RELAPSE, Category.CRAVING

# Named substances, and the concept of more names this layer adds.
_NAMED = tuple(SUBSTANCES) + ("substance_more",)
# Words that name a substance only beside a verb of drinking or sniffing ("bottle", "maal").
_WEAK_RAWS = frozenset({"bottle", "bottles", "botal", "batli", "drink", "drinks", "a", "stuff", "maal",
                        "using", "substance", "substances", "junk", "injection", "injections",
                        "quarter", "quarters", "peg", "pegs", "nasha", "nashe", "drug", "drugs"})
_WEAK_TOO = ("alcohol_maybe", "inhalant_maybe", "cannabis_maybe", "powder")
# Verbs of taking that need a substance named: "had", "took", "le li".
_VERBS = ("use", "took", "take_any", "down_it", "drank", "drank_bare", "use_strong", "sniff",
          "smoke_verb", "needle_verb", "pill_use", "eat")
# Verbs that say drinking or getting high even of a word that is a substance only here.
_STRONG_VERBS = ("drank", "down_it", "use_strong", "sniff", "smoke_verb")
_REFUSALS = ("negation", "weak_negation", "quit", "quit_more")
_OTHERS = ("relation", "third_person", "others", "bystander")
# After a person these make them company, not the one who drank: "chacha ke saath".
_COMPANY_AFTER = frozenset({"ke", "ki", "ka", "saath", "sath", "sobat", "barobar", "la", "ko", "se",
                            "के", "की", "का", "साथ", "सोबत", "बरोबर", "ला", "को", "से", "sang", "संग",
                            "keeps", "gave", "offered", "ne", "dila", "diya"})
_COMPANY_BEFORE = frozenset({"with", "w", "alongside", "and", "n", "&", "for", "from", "to"})
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

# Marathi and Hindi case endings glued to a substance name: "हातभट्टीची", "daruchya",
# "गांजाला", "ganjyane" (skeletons: a-sounds dropped).
_ENDINGS = tuple(sorted({skeleton(e) for e in (
    "chi", "cha", "che", "chya", "cham", "la", "ne", "madhe", "madhye", "sathi", "var",
    "ni", "na", "ke", "ki", "ka", "ko", "se", "me", "mein", "wala", "wali", "vala", "vali", "pe",
    "ची", "चा", "चे", "च्या", "ला", "ने", "त", "मध्ये", "साठी", "वर", "नी", "के", "की", "का",
    "को", "से", "में", "वाला", "वाली", "पे")} - {"", "t", "n"}, key=len, reverse=True))


def _single_word_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for concept in _NAMED:
        for entry in CONCEPTS.get(concept, ()):
            if " " in entry or entry.endswith("*") or entry.startswith(("re:", "emoji_")):
                continue
            skel = skeleton(entry)
            if len(skel) >= 3 and entry.casefold() not in _WEAK_RAWS:
                names.setdefault(skel, concept)
    return names


_NAME_BY_SKELETON = _single_word_names()


@lru_cache(maxsize=65536)
def _name_under_ending(skel: str) -> str | None:
    """The substance a word names once its case ending is taken off, if any."""
    if len(skel) < 4 or skel in _NAME_BY_SKELETON:
        return None
    for ending in _ENDINGS:
        if skel.endswith(ending) and len(skel) - len(ending) >= 3:
            found = _NAME_BY_SKELETON.get(skel[:-len(ending)])
            if found:
                return found
    return None


class _Signal(NamedTuple):
    concept: str
    start: int
    end: int


def use_findings(c: Concepts) -> list[Finding]:
    """Relapse and craving findings read across the message `c` (idioms already removed)."""
    out = []
    relapse = _relapse(c)
    if relapse is not None:
        out.append(relapse)
    craving = _craving(c)
    if craving is not None:
        out.append(craving)
    return out


# --- relapse ----------------------------------------------------------------------------

def _substances(c: Concepts) -> list[_Signal]:
    words = c.words
    found = [_Signal(h.concept, h.start, h.end) for h in c.of(*_NAMED)]
    covered = {i for s in found for i in range(s.start, s.end)}
    covered |= {i for h in c.of("beverage") for i in range(h.start, h.end)}
    for i, token in enumerate(words):
        if i not in covered:
            concept = _name_under_ending(token.skeleton)
            if concept:
                found.append(_Signal(concept, i, i + 1))
    shops = c.of("not_taken", "liquor_place", "beverage")
    kept = []
    for s in found:
        if any(h.start <= s.start < h.end for h in c.of("liquor_place")):
            continue        # "wine shop", "beer bar": the place, not the drink
        if any(h.start == s.end or h.start == s.end + 1 for h in shops if h.concept == "not_taken"):
            continue        # "beer shop", "old monk ad", "whisky ki dukaan"
        kept.append(s)
    return kept


def _weak(c: Concepts, s: _Signal) -> bool:
    return c.words[s.start].raw in _WEAK_RAWS or s.concept in _WEAK_TOO


def _refused(c: Concepts, start: int, end: int) -> bool:
    """A refusal in the clause, just before or (Hindi, Marathi) just after the words."""
    words = c.words
    clause = words[start].clause
    for hit in c.of(*_REFUSALS):
        if words[hit.start].clause != clause and words[hit.end - 1].clause != clause:
            continue
        if hit.concept == "weak_negation":      # "na", "mat": only right beside, never "an"
            if (hit.start == end or hit.end == start) and c.words[hit.start].raw != "an":
                return True
            continue
        if start - 3 <= hit.start <= end + 1 and not (start <= hit.start < end):
            if hit.concept in ("negation", "quit_more") and _negates_something_else(c, hit):
                continue
            return True
    return False


_NOT_THE_VERB = frozenset({"prescribed", "prescription", "planned", "plan", "proud", "sure", "joking", "kidding",
                           "lying", "gonna", "going", "telling", "tell", "lie", "sleep", "one",
                           "only", "just", "much"})


def _negates_something_else(c: Concepts, hit: Hit) -> bool:
    """"not prescribed", "can't lie", "didn't plan to": the negation holds another verb."""
    nxt = hit.end
    return nxt < len(c.words) and c.words[nxt].raw in _NOT_THE_VERB


def _someone_else(c: Concepts, verb_start: int) -> bool:
    """The subject before the verb, in its sentence, is another person."""
    words = c.words
    sentence = words[verb_start].sentence
    others = {h.start: h for h in c.of(*_OTHERS) if verb_start - 7 < h.start < verb_start}
    if not others:
        return False
    writer = {h.start for h in c.of("first_person", "me", "self")}
    for i in range(verb_start - 1, max(-1, verb_start - 7), -1):
        if words[i].sentence != sentence or i in writer:
            return False
        if i in others:
            person = others[i]
            after = words[person.end].raw if person.end < len(words) else ""
            before = {words[j].raw for j in range(max(0, i - 2), i)}
            if after in _COMPANY_AFTER and after not in ("ne",) or before & _COMPANY_BEFORE:
                continue
            if after == "ne":
                return True
            return True
    return False


def _soft_drink_taken(c: Concepts, verb: Hit) -> bool:
    """"मी फक्त thandai प्यायलो", "drank juice": the verb's object is a soft drink."""
    return any(0 <= verb.start - h.end <= 1 or 0 <= h.start - verb.end <= 1
               for h in c.of("beverage"))


def _prescribed(c: Concepts, s: _Signal) -> bool:
    """Medicine as the doctor said, and not more of it than that."""
    if s.concept not in ("sedatives", "opioids", "substance_more", "drugs"):
        return False
    words = c.words
    told = [h for h in c.of("prescribed", "dose")
            if not any(n.end == h.start or n.end + 1 == h.start for n in c.of("negation"))
            and words[h.start].raw not in ("one", "ek", "एक", "half")]
    return bool(told) and not c.of("excess", "for_high", "count")


def _near(c: Concepts, a: _Signal | Hit, b: _Signal | Hit, same: int = 10, next_: int = 6) -> bool:
    words = c.words
    gap = max(a.start - b.end, b.start - a.end, 0)
    sa, sb = words[a.start].sentence, words[b.start].sentence
    return (sa == sb and gap <= same) or (abs(sa - sb) == 1 and gap <= next_)


def _relapse(c: Concepts) -> Finding | None:
    substances = [s for s in _substances(c)
                  if not _refused(c, s.start, s.end) and not _prescribed(c, s)]
    verbs = c.of(*_VERBS)
    taken: dict[Hit, bool] = {}

    def taking(v: Hit) -> bool:
        if v not in taken:
            taken[v] = not (_refused(c, v.start, v.end) or _someone_else(c, v.start)
                            or _soft_drink_taken(c, v))
        return taken[v]

    for s in substances:
        for v in verbs:
            if v.start < s.end and s.start < v.end or not _near(c, s, v):
                continue
            if _weak(c, s) and v.concept not in _STRONG_VERBS:
                continue
            if taking(v):
                return _finding(c, RE, (s, v), SUBSTANCES.get(s.concept) or _named(s.concept))
    # "hatbhatti chi ghetli kal, 2 glass": an amount and a time make it a use told.
    amounts = c.of("small_count", "count", "measure", "some_amount")
    times = c.of("time", "occasion")
    for s in substances:
        if _weak(c, s) or _someone_else(c, s.start):
            continue
        amount = next((a for a in amounts if _near(c, s, a, 5, 3) and not (a.start <= s.start < a.end)), None)
        when = next((t for t in times if _near(c, s, t, 6, 4)), None)
        if amount and when:
            return _finding(c, RE, (s, amount, when), SUBSTANCES.get(s.concept) or _named(s.concept))
    # "roj sandhyakali bar madhe jato": going where it is drunk, as a routine or again.
    for place in c.of("liquor_place"):
        if _refused(c, place.start, place.end) or words_raw(c, place) in ("dealer", "dealers"):
            continue
        go = next((g for g in c.of("go_there") if _near(c, place, g, 3, 0)
                   and not _refused(c, g.start, g.end) and not _someone_else(c, g.start)), None)
        habit = next((h for h in c.of("routine_use", "again_strict") if _near(c, place, h, 6, 8)), None)
        if go and habit and not c.of("kept_going"):
            return _finding(c, RE, (place, go, habit), "alcohol")
    # "mi pan ghetli thodi. mag thambalo nahi": took some, then could not stop.
    for stop in c.of("kept_going"):
        if not any(part in words_raw(c, stop) for part in _STOPPING):
            continue        # "kept walking", "straight home": the bar was passed by
        if stop.end < len(c.words) and c.words[stop.end].raw.endswith("ing") \
                and c.words[stop.end].raw not in _USING_WORDS:
            continue        # "couldn't stop crying"
        verb = next((v for v in c.of(*_TOOK_BARE, "use") if _near(c, v, stop, 8, 8) and v.start < stop.start
                     and (v.concept != "use" or _a_little_after(c, v)) and taking(v)), None)
        if verb is not None:
            return _finding(c, RE, (verb, stop), "alcohol" if verb.concept in _DRINKING_VERBS else None)
    # "lagnat sagle pit hote, mi pan ghetli": the others drank, and the writer too.
    for me in c.of("first_person"):
        if me.end >= len(c.words) or c.words[me.end].raw not in _TOO:
            continue
        verb = next((v for v in c.of(*_TOOK_BARE) if 0 < v.start - me.end <= 2 and taking(v)), None)
        drinking = any(_near(c, o, me, 6, 4) for o in c.of("others"))
        if verb is not None and drinking:
            return _finding(c, RE, (me, verb), "alcohol" if verb.concept in _DRINKING_VERBS else None)
    # "golya khayla suru kelya ... nashyasathi": pills taken for the high, or again.
    for pills in c.of(*_PILLS):
        verb = next((v for v in verbs if _near(c, pills, v, 4, 0) and v.start != pills.start
                     and taking(v)), None)
        why = next((h for h in c.of("for_high", "again_strict") if _near(c, pills, h, 8, 6)), None)
        if verb and why and not _prescribed(c, _Signal("sedatives", pills.start, pills.end)):
            return _finding(c, RE, (pills, verb, why), "pills")
    return None


def words_raw(c: Concepts, hit: Hit) -> str:
    return " ".join(t.raw for t in c.words[hit.start:hit.end])


def _named(concept: str) -> str | None:
    return None if concept == "substance_more" else concept


# --- craving ----------------------------------------------------------------------------

def _craving(c: Concepts) -> Finding | None:
    words = c.words
    # "payday today. that's always the worst day", "friends planning a goa trip. scared".
    feelings = [f for f in c.of("trigger_feeling", "fear", "feeling_more", "longing")
                if not _refused(c, f.start, f.end) and not _fear_overcome(c, f)]
    for trigger in c.of("trigger", "payday", "payday_more", "occasion", "liquor_place", "dealer"):
        if _refused(c, trigger.start, trigger.end):
            continue
        for feeling in feelings:
            if feeling.start == trigger.start:
                continue
            if abs(words[feeling.start].sentence - words[trigger.start].sentence) <= 2 \
                    and abs(feeling.start - trigger.start) <= 16:
                return _finding(c, CR, (trigger, feeling))
    found = _pull_named(c)
    if found is not None:
        return found
    # "my body asks for a drink every evening".
    for body in c.of("body", "hands"):
        asks = next((a for a in c.of("asks_for", "body_asks") if 0 <= a.start - body.end <= 2), None)
        if asks:
            return _finding(c, CR, (body, asks))
    # "someone offered me a smoke and i really wanted it": an offer, and wanting it.
    for offer in c.of("offered"):
        thing = _craved_thing(c, _craved_things(c) + c.of("smoke_verb"), offer, 5, 0)
        want = next((w for w in c.of("want", "want_badly", "longing", "urge_to")
                     if 0 < w.start - offer.end <= 14 and words[w.start].sentence - words[offer.start].sentence <= 1
                     and not _refused(c, w.start, w.end)), None)
        if thing is not None and want is not None and not c.of("beverage", "quit"):
            return _finding(c, CR, (offer, thing, want))
    # "i wanna smoke up so bad rn": wanting the act itself, badly, now.
    for want in c.of("want_one", "want"):
        act = next((a for a in c.of(*_ACTS) if 0 <= a.start - want.end <= 2), None)
        if act is None or _refused(c, want.start, want.end) or c.of("beverage") or (
                act.end < len(words) and words[act.end].raw in _HARMLESS_DRINKS):
            continue
        badly = next((b for b in c.of("want_badly", "urge_to") if 0 <= b.start - act.end <= 4), None)
        if badly is not None and not _someone_else(c, want.start):
            return _finding(c, CR, (want, act, badly))
    # "sirf ek kash chahiye", "need a peg so bad", "ek peg hava".
    units = c.of("one_unit", "sip_word", *_NAMED)
    for want in c.of("want_one"):
        if _refused(c, want.start, want.end) or c.of("beverage"):
            continue
        unit = next((u for u in units if _near(c, u, want, 3, 0) and not (u.start <= want.start < u.end)
                     and (u.concept != "one_unit" or u.end - u.start > 1
                          or words[u.start].raw not in ("one", "ek", "एक", "thodi", "थोड़ी", "a"))),
                    None)
        if unit and not _someone_else(c, want.start):
            return _finding(c, CR, (unit, want))
    return None


# Acts of using that, wanted badly, are a craving: "wanna smoke up so bad", "need to get high".
_ACTS = ("smoke_verb", "drink_verb", "use_strong", "get_intox", "sniff")
_HARMLESS_DRINKS = frozenset({"water", "paani", "pani", "पानी", "chai", "चाय", "tea", "coffee", "कॉफी",
                              "juice", "milk", "doodh", "दूध", "something", "cold"})


# Words that point at the substance in a craving even when weak or inflected: "nashachach",
# "pyaaychi", "peene".
_CRAVED_STEMS = ("nash", "नश", "daru", "दारू", "दारु", "pine", "peene", "पीने", "piny", "pyay", "प्याय",
                 "pyaay", "drink", "maal", "smoke", "ganj", "गांज")


def _craved_things(c: Concepts) -> list[Hit | _Signal]:
    things: list[Hit | _Signal] = list(c.of(*_NAMED, "liquor_place", "dealer", "drink_verb", "drank", "use_strong"))
    things += [_Signal("substance_more", i, i + 1) for i, w in enumerate(c.words)
               if w.raw.startswith(_CRAVED_STEMS)]
    return things


def _craved_thing(c: Concepts, things: list, near: Hit, same: int = 12, next_: int = 8) -> Hit | _Signal | None:
    return next((t for t in things if _near(c, t, near, same, next_)
                 and not (t.start <= near.start < t.end)), None)


def _refused_since_but(c: Concepts, hit: Hit) -> bool:
    """A refusal of the pull itself: "ajun pyayalo nahi pan khup tadaf" refuses the drink,
    not the pull that follows the "pan"."""
    words = c.words
    buts = [i for i in range(max(0, hit.start - 5), hit.start) if words[i].raw in _BUT]
    if not buts:
        return _refused(c, hit.start, hit.end)
    return any(buts[-1] < n.start < hit.start or hit.end <= n.start <= hit.end
               for n in c.of(*_REFUSALS))


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
        if _refused_since_but(c, pull) or _someone_else(c, pull.start):
            continue
        raw = words_raw(c, pull)
        thing = _craved_thing(c, things, pull, 30, 20) or next(
            (h for h in c.of("so_far") if _near(c, h, pull, 8, 0)), None)
        if thing is not None or raw in ("itch is back", "can taste it", "almost taste it"):
            return _finding(c, CR, (pull, thing) if thing is not None else (pull,))
    for thought in thoughts:
        if _refused(c, thought.start, thought.end) or _someone_else(c, thought.start):
            continue
        thing = _craved_thing(c, things, thought, 6, 0)
        insistent = words_raw(c, thought) == "first thought" or any(
            _near(c, a, thought, 6, 0) for a in c.of("again_and_again"))
        if thing is not None and insistent:
            return _finding(c, CR, (thought, thing))
    for drawn in c.of("drawn"):
        if not words_raw(c, drawn).endswith(("me", "name")) or _refused(c, drawn.start, drawn.end):
            continue
        thing = next((s for s in _substances(c) if _near(c, s, drawn, 14, 6)), None)
        if thing is not None:
            return _finding(c, CR, (thing, drawn))
    for smell in smells:
        thing = _craved_thing(c, things, smell, 3, 0)
        felt = next((f for f in c.of("distress", "longing", "trigger_feeling", "feeling_more")
                     if _near(c, f, smell, 10, 4)), None)
        if thing is not None and felt is not None and not _someone_else(c, smell.start):
            return _finding(c, CR, (thing, smell, felt))
    for so_far in so_fars:
        offer = next((o for o in c.of("contact", "offered", "drawn") if _near(c, o, so_far, 12, 6)), None)
        if offer is None:
            continue
        thing = _craved_thing(c, things, offer, 6, 0)
        if thing is not None:
            return _finding(c, CR, (offer, thing, so_far))
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


def _finding(c: Concepts, category: Category, parts, substance: str | None = None) -> Finding:
    words = c.words
    parts = sorted(parts, key=lambda p: p.start)
    return Finding(
        category=category,
        concepts=tuple(p.concept for p in parts),
        words=tuple(dict.fromkeys(" ".join(t.surface for t in words[p.start:p.end]) for p in parts)),
        substance=substance if category is RE else None,
    )
