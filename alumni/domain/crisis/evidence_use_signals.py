"""The signals of substance use found across a whole message, shared by the relapse and the
craving readings (alumni.domain.crisis.evidence_use, evidence_craving): substances by any
name (a case ending glued on included), whether a verb is refused or someone else's, and
the finding they make."""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from alumni.domain.crisis.concepts import CONCEPTS, SUBSTANCES, Concepts, Hit
from alumni.domain.crisis.detection import Category, Finding
from alumni.domain.crisis.look_alike_words import SUBSTANCE_LOOK_ALIKES
from alumni.domain.crisis.look_alikes import typed_as
from alumni.domain.crisis.negation import without_glued
from alumni.domain.crisis.spelling import skeleton

# Named substances, and the concept of more names this layer adds.
NAMED = tuple(SUBSTANCES) + ("substance_more",)
# Words that name a substance only beside a verb of drinking or sniffing ("bottle", "maal").
WEAK_RAWS = frozenset({"bottle", "bottles", "botal", "batli", "drink", "drinks", "a", "stuff", "maal",
                       "using", "substance", "substances", "junk", "injection", "injections",
                       "quarter", "quarters", "peg", "pegs", "nasha", "nashe", "drug", "drugs"})
WEAK_TOO = ("alcohol_maybe", "inhalant_maybe", "cannabis_maybe", "powder")
REFUSALS = ("negation", "weak_negation", "quit", "quit_more")
_OTHERS = ("relation", "third_person", "others", "bystander")
# After a person these make them company, not the one who drank: "chacha ke saath".
_COMPANY_AFTER = frozenset({"ke", "ki", "ka", "saath", "sath", "sobat", "barobar", "la", "ko", "se",
                            "के", "की", "का", "साथ", "सोबत", "बरोबर", "ला", "को", "से", "sang", "संग",
                            "keeps", "gave", "offered", "ne", "dila", "diya"})
_COMPANY_BEFORE = frozenset({"with", "w", "alongside", "and", "n", "&", "for", "from", "to"})





# Marathi and Hindi case endings glued to a substance name: "हातभट्टीची", "daruchya",
# "गांजाला", "ganjyane" (skeletons: a-sounds dropped).
_ENDINGS = tuple(sorted({skeleton(e) for e in (
    "chi", "cha", "che", "chya", "cham", "la", "ne", "madhe", "madhye", "sathi", "var",
    "ni", "na", "ke", "ki", "ka", "ko", "se", "me", "mein", "wala", "wali", "vala", "vali", "pe",
    "ची", "चा", "चे", "च्या", "ला", "ने", "त", "मध्ये", "साठी", "वर", "नी", "के", "की", "का",
    "को", "से", "में", "वाला", "वाली", "पे")} - {"", "t", "n"}, key=len, reverse=True))


def _single_word_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for concept in NAMED:
        for entry in CONCEPTS.get(concept, ()):
            if " " in entry or entry.endswith("*") or entry.startswith(("re:", "emoji_")):
                continue
            skel = skeleton(entry)
            if len(skel) >= 3 and entry.casefold() not in WEAK_RAWS:
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


# The endings as typed: the skeleton's "l" or "c" is also the end of "final" or "finance"
# ("afeen" + "la", + "che"), whose letters say no ending was glued on.
_TYPED_ENDINGS = ("chi", "cha", "che", "chya", "cham", "la", "ne", "madhe", "madhye", "sathi", "var",
                  "ni", "na", "ke", "ki", "ka", "ko", "se", "me", "mein", "wala", "wali", "vala", "vali",
                  "pe", "ची", "चा", "चे", "च्या", "ला", "ने", "त", "मध्ये", "साठी", "वर", "नी", "के", "की",
                  "का", "को", "से", "में", "वाला", "वाली", "पे")


@lru_cache(maxsize=65536)
def _ending_typed(raw: str) -> bool:
    """Cached: every word of a text is asked, and the endings are tried one by one."""
    return raw.endswith(_TYPED_ENDINGS) and not typed_as(raw, SUBSTANCE_LOOK_ALIKES)


class Signal(NamedTuple):
    concept: str
    start: int
    end: int

def substances_in(c: Concepts) -> list[Signal]:
    words = c.words
    found = [Signal(h.concept, h.start, h.end) for h in c.of(*NAMED)]
    covered = {i for s in found for i in range(s.start, s.end)}
    # and the words a quiet phrase found unmeant: "खांबावर चढायला" is the lineman's pole, not a
    # "khamba" (a bottle) under a case ending (round 112)
    covered |= {i for h in c.of("beverage", "not_a_substance", "unmeant") for i in range(h.start, h.end)}
    for i, token in enumerate(words):
        if i not in covered and _ending_typed(token.raw):
            concept = _name_under_ending(token.skeleton)
            if concept:
                found.append(Signal(concept, i, i + 1))
    shops = c.of("not_taken", "liquor_place", "beverage")
    kept = []
    for s in found:
        if any(h.start <= s.start < h.end for h in c.of("liquor_place")):
            continue        # "wine shop", "beer bar": the place, not the drink
        if any(h.start == s.end or h.start == s.end + 1 for h in shops if h.concept == "not_taken"):
            continue        # "beer shop", "old monk ad", "whisky ki dukaan"
        kept.append(s)
    return kept




def refused(c: Concepts, start: int, end: int) -> bool:
    """A refusal in the clause, just before or (Hindi, Marathi) just after the words, or
    glued to them ("दारूशिवाय")."""
    if without_glued(c, start, end):
        return True
    words = c.words
    clause = words[start].clause
    for hit in c.of(*REFUSALS):
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


def someone_else(c: Concepts, verb_start: int) -> bool:
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






def close_by(c: Concepts, a: Signal | Hit, b: Signal | Hit, same: int = 10, next_: int = 6) -> bool:
    words = c.words
    gap = max(a.start - b.end, b.start - a.end, 0)
    sa, sb = words[a.start].sentence, words[b.start].sentence
    return (sa == sb and gap <= same) or (abs(sa - sb) == 1 and gap <= next_)


def words_raw(c: Concepts, hit: Hit) -> str:
    return " ".join(t.raw for t in c.words[hit.start:hit.end])




def use_finding(c: Concepts, category: Category, parts: Iterable[Hit | Signal],
                substance: str | None = None) -> Finding:
    words = c.words
    parts = sorted(parts, key=lambda p: p.start)
    return Finding(
        category=category,
        concepts=tuple(p.concept for p in parts),
        words=tuple(dict.fromkeys(" ".join(t.surface for t in words[p.start:p.end]) for p in parts)),
        substance=substance if category is Category.RELAPSE else None,
    )
