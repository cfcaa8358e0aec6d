"""The others' drink told, and then the writer apart from it (round 53's reading of rounds 52-53,
holdouts 179-183 and 185): "गावात ताडी चालू होती, मी प्यालो नाही", "Shivratri पे सब bhang पी रहे थे,
मैंने सिर्फ prasad लिया", "गावच्या जत्रेत सगळीकडे दारू होती, मी भजनात बसलो", "दोस्त घर पे बोतल लेके
आए, मैंने वापस भेज दिया", "dulhe ke dosto ne peg diya, maine coke le liya". Read by
alumni.domain.crisis.scenes_told before the rules: the drink of the first clause is forgotten.

Only when the drink's clause is someone else's or a scene's ("kal raat daru pi, maine nahi socha
tha" is the writer's own drinking), and a later clause of the same sentence begins with the writer
("मी", "मैंने", "maine", "I") and says the writer kept apart (a negation, "only", a refusal,
something else taken or done) and not "too": "sab pi rahe the, maine bhi li" and "ताडी होती, मी
प्यालो" keep their reading; the writer's own drinking told elsewhere is read by the rules as before.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import SUBSTANCE_CONCEPTS, Concepts

_DRINK = SUBSTANCE_CONCEPTS + ("drank", "bottle_word", "measure", "drink_unit", "alcohol_maybe", "use", "took",
                               "intoxicated", "dn_took", "dn_took_hi", "dl_took", "drink_verb", "consume")
_WRITER = frozenset({"mi", "मी", "main", "मैं", "maine", "मैंने", "i", "mai", "mne", "mene", "mainne"})
# Kept apart: a negation, "only", a refusal, sent back, sat elsewhere, watched.
_APART = frozenset({"nahi", "नहीं", "nahin", "नाही", "nai", "not", "didnt", "didn't", "never", "na", "ना", "sirf",
                    "सिर्फ", "fakt", "फक्त", "only", "just", "mana", "मना", "refused", "wapas", "वापस", "parat", "परत",
                    "dur", "दूर", "bhajanat", "भजनात", "बघत", "baghat", "khidkibaher", "खिडकीबाहेर", "coke", "cola",
                    "prasad", "प्रसाद", "juice", "ज्यूस", "chai", "चाय", "चहा", "chaha", "nimbu", "limbu", "sharbat"})
# The drink's clause is the others' or a scene's: its subject someone else ("सब", "दोस्त", "पोरांनी"),
# or the drink only there ("ताडी चालू होती", "सगळीकडे दारू होती").
_OTHERS = ("others", "drinkers", "relation", "third_person", "family_addressed")
_OTHERS_RAW = frozenset({"sab", "सब", "sagle", "सगळे", "sagalikade", "सगळीकडे", "dost", "दोस्त", "dosto", "दोस्तों",
                         "पोरांनी", "poranni", "mitra", "मित्र", "mitrane", "मित्रांनी", "everyone", "friends", "they",
                         "log", "लोग", "sabne", "सबने"})
_THERE = frozenset({"होती", "होते", "hoti", "hote", "थी", "थे", "thi", "was", "were", "chalu", "चालू"})
# Could not say no: "मी नाही म्हणू शकलो नाही", "mana nahi kar paya" is the writer taking it; and a
# drink named in the writer's own clause ("maine coke li") is left to the rules and the soft-drink
# reading.
_GAVE_IN = ("could_not_refuse", "pd_couldnt_refuse", "gave_in", "fest_use_did_not_refuse") + SUBSTANCE_CONCEPTS
_TOO = frozenset({"pan", "पण", "bhi", "भी", "too", "also", "suddha", "सुद्धा", "pn"})
# Words whose harmless reading leans on the drink beside them: "maal maarte hai" (have a smoke) is no
# blow and no death.
_LEANT_ON = ("die", "kill", "strike", "murder")
_SCENE = _OTHERS_RAW | _THERE


def _writer_apart_after(c: Concepts, last: int) -> bool:
    """The next clause of the same sentence, begun by the writer, keeps apart without "too"."""
    words = c.words
    start = last + 1
    if start >= len(words) or words[start].sentence != words[last].sentence or words[start].raw not in _WRITER:
        return False
    end = start
    while end < len(words) and words[end].clause == words[start].clause:
        end += 1
    raws = {w.raw for w in words[start:end]}
    gave_in = any(start <= h.start < end for h in c.of(*_GAVE_IN))
    return not gave_in and not raws & _TOO and bool(raws & _APART)


def forget_writer_apart_from_the_drink(c: Concepts) -> None:
    if c.typed_words.isdisjoint(_WRITER):
        return
    words = c.words
    clauses = {words[h.start].clause
               for h in c.of(*SUBSTANCE_CONCEPTS, "bottle_word", "measure", "drink_unit", "alcohol_maybe")}
    for clause in sorted(clauses):
        own = [i for i, w in enumerate(words) if w.clause == clause]
        first, last = own[0], own[-1]
        if any(words[i].raw in _WRITER for i in own):
            continue            # the writer is in the drink's own clause
        if not any(words[i].raw in _SCENE for i in own) \
                and not any(first <= h.start <= last for h in c.of(*_OTHERS)):
            continue
        if any(first <= h.start <= last for h in c.of(*_LEANT_ON)):
            continue            # "maal maarte hai": the drink keeps "maarna" a light verb
        if _writer_apart_after(c, last):
            for name in _DRINK:
                for h in c.of(name):
                    if first <= h.start <= last:
                        c.drop(name, h.start, h.end)
