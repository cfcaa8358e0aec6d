"""The others' drink told, and then the writer apart from it (round 53's reading of rounds 52-53,
holdouts 179-183 and 185): "गावात ताडी चालू होती, मी प्यालो नाही", "Shivratri पे सब bhang पी रहे थे,
मैंने सिर्फ prasad लिया", "गावच्या जत्रेत सगळीकडे दारू होती, मी भजनात बसलो", "दोस्त घर पे बोतल लेके
आए, मैंने वापस भेज दिया", "dulhe ke dosto ne peg diya, maine coke le liya". Read by
alumni.domain.crisis.scenes_told before the rules: the drink of the first clause is forgotten.

Only when the drink's clause is someone else's or a scene's ("kal raat daru pi, maine nahi socha
tha" is the writer's own drinking), and the next clause (of the same sentence or the next one: "the
crew went drinking. I went home") begins with the writer ("मी", "मैंने", "maine", "I") and says the
writer kept apart (a negation, "only", a refusal, something else taken or done) and not "too", nor
still asking what to do: "sab pi rahe the, maine bhi li", "ताडी होती, मी प्यालो" and "मी बाहेर पडलोय,
काय करू" keep their reading. Or the writer's refusal comes first, before "though" ("didn't use even
though the boys were sniffing whitener"). Round 57's reading adds the others' bet to their drink.
The writer's own drinking told elsewhere is read by the rules as before.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import BETTING_CONCEPTS, SUBSTANCE_CONCEPTS, Concepts
from alumni.domain.crisis.spelling import Token

_DRINK = SUBSTANCE_CONCEPTS + ("drank", "bottle_word", "measure", "drink_unit", "alcohol_maybe", "use", "took",
                               "intoxicated", "dn_took", "dn_took_hi", "dl_took", "drink_verb", "consume",
                               "inhalant_maybe", "sniff") + BETTING_CONCEPTS
# The drink named, or drinking told, or (for a gambler) the bet: what puts a clause up for reading.
_NAMED_DRINK = SUBSTANCE_CONCEPTS + ("bottle_word", "measure", "drink_unit", "alcohol_maybe", "drank",
                                     "inhalant_maybe") + BETTING_CONCEPTS
_WRITER = frozenset({"mi", "मी", "main", "मैं", "maine", "मैंने", "i", "mai", "mne", "mene", "mainne"})
# Kept apart: a negation, "only", a refusal, sent back, sat elsewhere, watched.
_APART = frozenset({"nahi", "नहीं", "nahin", "नाही", "नाहीत", "nahit", "nai", "not", "didnt", "didn't", "never", "na",
                    "ना", "sirf",
                    "सिर्फ", "fakt", "फक्त", "only", "just", "mana", "मना", "refused", "wapas", "वापस", "parat", "परत",
                    "dur", "दूर", "bhajanat", "भजनात", "बघत", "baghat", "khidkibaher", "खिडकीबाहेर", "coke", "cola",
                    "prasad", "प्रसाद", "juice", "ज्यूस", "chai", "चाय", "चहा", "chaha", "nimbu", "limbu", "sharbat",
                    # round 56-57's reading: got up and left, went home, sat outside, ate instead
                    "उठ", "uth", "utha", "उठा", "chala", "चला", "nikal", "निकल", "निकला", "nikla", "home", "ghar",
                    "घर", "ghari", "घरी", "slept", "बाहेर", "bahar", "baher", "outside", "left", "away",
                    "आईस्क्रीम", "icecream", "खात", "khat", "जेवलो", "jevlo"})
# The drink's clause is the others' or a scene's: its subject someone else ("सब", "दोस्त", "पोरांनी"),
# or the drink only there ("ताडी चालू होती", "सगळीकडे दारू होती").
_OTHERS = ("others", "drinkers", "relation", "third_person", "family_addressed")
_OTHERS_RAW = frozenset({"sab", "सब", "sagle", "सगळे", "sagalikade", "सगळीकडे", "dost", "दोस्त", "dosto", "दोस्तों",
                         "पोरांनी", "poranni", "mitra", "मित्र", "mitrane", "मित्रांनी", "everyone", "friends", "they",
                         "log", "लोग", "sabne", "सबने", "porani", "पोरं", "pora", "pore", "पोरे", "porag", "boys",
                         "crew", "everybody", "बाकीचे", "bakiche", "baki", "बाकी", "सगळ्यांनी", "saglyanni",
                         "sagalyanni"})
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
# Kept apart before the others' drink: "didn't use even though the boys were ...".
_THOUGH = frozenset({"though", "although", "while", "jari", "जरी", "halanki", "हालांकि"})
_NOT = frozenset({"nahi", "नहीं", "nahin", "नाही", "नाहीत", "nahit", "nai", "not", "didnt", "didn't", "never", "dont",
                  "don't"})
# "too" and a negation with an "and" between are two things done ("i went too and didnt stop").
_AND = frozenset({"and", "aur", "और", "ani", "आणि", "n", "then", "phir", "fir"})
# Still pulled: asking what to do, for help, or the drink on the mind.
_STILL_PULLED = frozenset({"करू", "karu", "kya", "क्या", "काय", "kay", "kai", "what", "help", "madat", "मदत", "मदद",
                           "madad", "dokyatun", "दोक्यातून", "dimag", "दिमाग", "mind", "man", "मन", "mann", "tempted"})


def _writer_apart_after(c: Concepts, last: int) -> bool:
    """The next clause, begun by the writer, keeps apart without "too" (in the same sentence or the
    next one: "the crew went drinking. I went home")."""
    words = c.words
    start = last + 1
    if start >= len(words) or words[start].sentence > words[last].sentence + 1 or words[start].raw not in _WRITER:
        return False
    end = start
    while end < len(words) and words[end].clause == words[start].clause:
        end += 1
    raws = {w.raw for w in words[start:end]}
    gave_in = any(start <= h.start < end for h in c.of(*_GAVE_IN))
    # "too" just before a negation is "even" or "neither": "मी चहाचे पैसे पण लावले नाहीत", "maine bhi nahi pi"
    # ("i went too and didnt stop" went along)
    joined = bool(raws & _TOO) and not _neither(words, start, end)
    # kept apart, but asking what to do or unable to let it go: "मी बाहेर पडलोय, काय करू" is a craving
    rest = {w.raw for w in words[end:] if w.sentence == words[start].sentence}
    return not gave_in and not joined and bool(raws & _APART) and not (raws | rest) & _STILL_PULLED


def _neither(words: list[Token], start: int, end: int) -> bool:
    """A "too" in the clause with a negation within two words after it, no "and" between."""
    for k in range(start, end):
        if words[k].raw in _TOO:
            after = [w.raw for w in words[k + 1:min(end, k + 3)]]
            for raw in after:
                if raw in _AND:
                    break
                if raw in _NOT:
                    return True
    return False


def _writer_kept_apart_before(c: Concepts, first: int, last: int) -> bool:
    """"didn't use even though the boys were sniffing whitener": the writer's refusal first, the
    others' drink after "though" in the same sentence, and no "too" after it."""
    words = c.words
    sentence = words[first].sentence
    though = next((i for i in range(max(0, first - 2), last + 1)
                   if words[i].raw in _THOUGH and words[i].sentence == sentence), None)
    if though is None:
        return False
    before = {w.raw for w in words[:though] if w.sentence == sentence}
    after = {w.raw for w in words[though:] if w.sentence == sentence}
    drink_after = all(h.start > though for h in c.of(*_NAMED_DRINK) if first <= h.start <= last)
    return drink_after and bool(before & _NOT) and not after & _TOO and not after & _WRITER


def forget_writer_apart_from_the_drink(c: Concepts) -> None:
    if c.typed_words.isdisjoint(_WRITER) and c.typed_words.isdisjoint(_THOUGH):
        return
    words = c.words
    clauses = {words[h.start].clause for h in c.of(*_NAMED_DRINK)}
    for clause in sorted(clauses):
        own = [i for i, w in enumerate(words) if w.clause == clause]
        first, last = own[0], own[-1]
        kept_apart_before = _writer_kept_apart_before(c, first, last)
        if any(words[i].raw in _WRITER for i in own) and not kept_apart_before:
            continue            # the writer is in the drink's own clause
        if not any(words[i].raw in _SCENE for i in own) \
                and not any(first <= h.start <= last for h in c.of(*_OTHERS)):
            continue
        if any(first <= h.start <= last for h in c.of(*_LEANT_ON)):
            continue            # "maal maarte hai": the drink keeps "maarna" a light verb
        if kept_apart_before or _writer_apart_after(c, last):
            for name in _DRINK:
                for h in c.of(name):
                    if first <= h.start <= last:
                        c.drop(name, h.start, h.end)
