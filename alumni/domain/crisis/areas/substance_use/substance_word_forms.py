"""Substance words whose letters the lexicon cannot list (round 14), read from the words as
typed, before the substance context reads the substances (called first by
substance_context.read_substance_context):

- Marathi's "on" glued to a substance's name before a copula: "ब्राउन शुगरवर होते", "गांज्यावर
  होतो", "daruvar aahe", "एमडीवर होते" (on_it_for_days.py). The lexicon lists a name's own
  spellings, not every case ending glued on it: the ending "-वर" is taken off and what is left
  looked up among the substances' names (its oblique "-या" too, "गांज्या" is "गांजा"; a
  two-word name ends on the glued word, "ब्राऊन शुगर"). Only before a copula of the writer's
  state ("होतो", "आहे"): "दारूवर खर्च", "दारूवर बोललो" stay what they were.
- "खाई", "khai" (ate) right after a substance ("bhang khai", "अफीम खाई"): without its "a" it is
  "की" (of), so the lexicon cannot hold it; after the substance it is the eating. So is "having
  eaten" ("अफीम खा के सोया", "नशे वाली गोलियाँ खा के"), which alone is any meal's.
- "बिना" in a prescription's absence ("बिना पर्चे", "bina parchi ke") is "without", not Bina,
  someone else whose name would make the writer's own restart another's; and "without a
  prescription" is no medicine taken as prescribed.
"""
from __future__ import annotations

from functools import lru_cache

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.concepts import CONCEPTS, Concepts
from alumni.domain.crisis.entry_trie import compile_entry
from alumni.domain.crisis.look_alike_words import SUBSTANCE_LOOK_ALIKES
from alumni.domain.crisis.look_alikes import typed_as

_ON_GLUED = ("वर", "var", "war")
_COPULA = frozenset({"होतो", "होते", "होती", "होता", "होतोय", "होतेय", "आहे", "आहेत", "आहोत", "hoto", "hote",
                     "hoti", "hota", "hotoy", "hotey", "aahe", "ahe", "aahet", "ahet", "aahot"})


@lru_cache(maxsize=2)
def _names(concepts: tuple[str, ...] = ANY) -> tuple[dict[str, str], dict[tuple[str, str], str],
                                                     tuple[tuple[str, str], ...]]:
    """The concepts' names by skeleton (the substances' unless told): one word, two words, and
    stems ("spasmo*")."""
    one: dict[str, str] = {}
    two: dict[tuple[str, str], str] = {}
    stems: list[tuple[str, str]] = []
    for concept in concepts:
        for entry in CONCEPTS[concept]:
            if entry.startswith("re:"):
                continue
            words = compile_entry(entry)
            skels = [m for m in words if isinstance(m, tuple)]
            if len(skels) != len(words):
                continue
            if len(skels) == 1:
                skel, prefix = skels[0]
                if prefix:
                    if len(skel) >= 3:
                        stems.append((skel, concept))
                else:
                    one.setdefault(skel, concept)
            elif len(skels) == 2 and not skels[0][1] and not skels[1][1]:
                two.setdefault((skels[0][0], skels[1][0]), concept)
    return one, two, tuple(stems)


def _named(skel: str, one: dict[str, str], stems: tuple[tuple[str, str], ...]) -> str | None:
    """The concept whose one-word name is `skel`, or whose stem (three letters or more) begins it."""
    return one.get(skel) or next((name for s, name in stems if len(skel) >= 3 and skel.startswith(s)), None)


def _stem_skeletons(stem: str) -> tuple[str, ...]:
    matcher = compile_entry(stem)[0]
    if not isinstance(matcher, tuple) or not matcher[0] or matcher[0] == "_":
        return ()
    skel = matcher[0]
    # the oblique before a case ending: "गांज्या" for "गांजा", "ganjya" for "ganja"; not a verb's "-ाय"
    # ("डाग काढायचं", to remove: no "काढा", kadha)
    oblique = skel.endswith("y") and len(skel) > 2 and not stem.endswith("ाय")
    return (skel, skel[:-1]) if oblique else (skel,)


def read_on_it(c: Concepts) -> None:
    """"गांज्यावर होतो": the substance, then the copula read as "on it"."""
    words = c.words
    one, two, stems = _names()
    for i, token in enumerate(words[:-1]):
        raw = token.raw
        if words[i + 1].raw not in _COPULA or not raw.endswith(_ON_GLUED):
            continue
        stem = raw[:-len(next(e for e in _ON_GLUED if raw.endswith(e)))]
        if len(stem) < 2:
            continue
        for skel in _stem_skeletons(stem):
            start = i
            if len(skel) < 3:
                continue
            concept = _named(skel, one, stems)
            if concept is None and i and words[i - 1].clause == token.clause:
                concept = two.get((words[i - 1].skeleton, skel))
                start = i - 1
            if concept is not None:
                c.add(concept, start, i + 1)
                c.add("on_it", i + 1, i + 2)
                break


# Marathi's "only" and "of" glued to a name: "पेगच", "व्हिस्कीच्या" (the longest first).
_GLUED_AFTER_A_NAME = ("च्या", "चा", "ची", "चे", "चं", "च")


def read_only_this(c: Concepts) -> None:
    """"दोन पेगच घेतले", "व्हिस्कीच्या तीन बाटल्या": Marathi's "only" (round 42) or "of" (round 43)
    glued to a substance's name. The ending is taken off and what is left looked up among the
    substances' names, as "-वर" is."""
    one, _, stems = _names()
    for i, token in enumerate(c.words):
        raw = token.raw
        ending = next((e for e in _GLUED_AFTER_A_NAME if raw.endswith(e)), None)
        if ending is None or len(raw) < len(ending) + 2 or raw.endswith(("ूनच", "लाच", "णारच")) \
                or typed_as(raw, SUBSTANCE_LOOK_ALIKES):
            continue
        for skel in _stem_skeletons(raw[:-len(ending)]):
            concept = _named(skel, one, stems) if len(skel) >= 2 else None
            if concept is None and skel in _names(("beverage",))[0]:
                concept = "beverage"    # "पाणीच प्यायलो": only water
            if concept is not None:
                c.add(concept, i, i + 1)
                break


# "ate", typed so that its skeleton is "ki" (of), and "having eaten" ("खा के", "khake"), which
# is any meal's: read only right after a substance.
_ATE = frozenset({"खाई", "खाईं", "khai", "khaai", "khaayi", "खाके", "खाकर", "khake", "khaake", "khakar",
                  "khaakar", "खाऊन"})
_EAT = frozenset({"खा", "kha", "khaa"})
_HAVING = frozenset({"के", "कर", "ke", "kar", "ker"})
_OF_THE_DRUG = frozenset({"की", "का", "ki", "ka", "दवा", "दवाई", "dawa", "dava", "dawai", "davai", "औषध", "aushadh",
                          "goli", "गोली", "golya", "गोळ्या"})


def read_eaten(c: Concepts) -> None:
    """"bhang khai", "अफीम खा के सोया", "नशे वाली गोलियाँ खा के": the substance eaten; and a poison
    eaten, "चूहे की दवा खाकर पड़ा है" (round 65), read as the eating the overdose rules look for."""
    words = c.words
    for hit in c.of(*ANY, "poison"):
        end = hit.end
        while hit.concept == "poison" and end < len(words) and end < hit.end + 2 and words[end].raw in _OF_THE_DRUG:
            end += 1    # "चूहे मारने [की दवा] खाकर": the poison named by what it kills
        after = words[end:end + 2]
        if not after or after[0].clause != words[hit.start].clause:
            continue
        taking = "eat" if hit.concept == "poison" else "use"
        if after[0].raw in _ATE:
            c.add(taking, end, end + 1)
        elif after[0].raw in _EAT and len(after) == 2 and after[1].raw in _HAVING:
            c.add(taking, end, end + 2)


def read_without_prescription(c: Concepts) -> None:
    """"बिना पर्चे": "without", not someone called Bina; nor is "without a prescription" one."""
    for hit in c.of("without_doctor"):
        c.drop("relation", hit.start, hit.end)
        c.drop("prescribed", hit.start, hit.end)


def read_substance_word_forms(c: Concepts) -> None:
    """The four readings above, in order."""
    read_on_it(c)
    read_only_this(c)
    read_eaten(c)
    read_without_prescription(c)
