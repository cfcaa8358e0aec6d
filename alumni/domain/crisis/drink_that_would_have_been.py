"""The drink that would have been (rounds 74-75): the writer says what the old self would have
done, and did something else. "old me would have drunk. went to the meeting instead", "paid back
20,000 of the loan with money I would have drunk", "पूर्वी असतो तर दारू प्यायलो असतो, आज मीटिंगला
गेलो", "pehle hota to seedha daru. aaj meeting gaya". Read by alumni.domain.crisis.idioms before
the rules.

The drink is forgotten only in the clause that is conditional, said so: English "would have" before
the drinking verb, Marathi "असतो" after it, Hindi "pehle hota to" before it; and only when nothing in
the message says the writer drank anyway ("would have drunk the whole bottle, and I did").
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import SUBSTANCE_CONCEPTS, Concepts

_DRINKING = ("drank", "drink_verb", "drank_bare", "intoxicated", "use", "use_strong", "down_it", "eat", "drink_place",
             "liquor_place", "straight_there", "go_there") + SUBSTANCE_CONCEPTS
# What a wish or a craving reads into "would" or "असतो".
_WISHING = ("want", "craving", "take_wish")
_WOULD_HAVE = frozenset({("would", "have"), ("would", "of"), ("would", "hv")})
_WOULDVE = frozenset({"would've", "wouldve", "woulda"})
_MARATHI_WOULD = frozenset({"असतो", "asto", "असते", "aste", "असती", "asti"})
# "pehle hota to" (had it been the old days): the "if" alone ("nasha sharaab me hota to") is no old self.
_HINDI_IF_THEN = frozenset({(before, was, then) for before in ("pehle", "pahle", "पहले")
                            for was in ("hota", "होता", "hote", "होते") for then in ("to", "तो")})
# Marathi "पूर्वी असतो तर" (had it been the old days, round 81: "पूर्वी असतो तर बारमध्ये, आज सरळ मीटिंगला गेलो").
_MARATHI_IF_THEN = frozenset({(before, was, then)
                              for before in ("पूर्वी", "purvi", "poorvi", "पहिले", "pahile", "आधी", "aadhi")
                              for was in ("असतो", "asto", "असते", "aste") for then in ("तर", "tar")})
# Marathi's conditional perfect follows a verb of drinking ("प्यायलो असतो"), not a drink ("दारू असते": there is).
_DRINKING_VERBS = ("drank", "drink_verb", "drank_bare")
# The writer did it anyway (single words: they are looked up among the message's words).
_ANYWAY = frozenset({"anyway", "still", "तरीही", "tarihi"})


def _conditional_clauses(c: Concepts) -> set[int]:
    words = c.words
    clauses = set()
    drinking_ends = {h.end for h in c.of(*_DRINKING_VERBS)}
    for i, t in enumerate(words):
        pair = (t.raw, words[i + 1].raw) if i + 1 < len(words) else ("", "")
        triple = pair + ((words[i + 2].raw,) if i + 2 < len(words) else ("",))
        if pair in _WOULD_HAVE or t.raw in _WOULDVE or triple in _HINDI_IF_THEN or triple in _MARATHI_IF_THEN:
            clauses.add(t.clause)
        elif t.raw in _MARATHI_WOULD and i in drinking_ends:
            clauses.add(t.clause)
    return clauses


def forget_drink_that_would_have_been(c: Concepts) -> None:
    words = c.words
    if not c.typed_words.isdisjoint(_ANYWAY):
        return
    clauses = _conditional_clauses(c)
    if not clauses:
        return
    # The bar or the adda named in that clause: every reading of its words goes ("पूर्वी असतो तर बारमध्ये गेलो
    # असतो": the areas' "went to the bar" is made of the same words).
    places = [h for h in c.of("drink_place", "liquor_place") if words[h.start].clause in clauses]
    for name in _DRINKING + _WISHING:
        for hit in c.of(name):
            if words[hit.start].clause in clauses:
                c.drop(name, hit.start, hit.end)
    for hit in places:
        c.drop_all(hit.start, hit.end)
