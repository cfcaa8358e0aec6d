"""An oath sworn is no dose taken: Hindi and Marathi swear an oath with the verbs of eating
and taking ("kasam khayi", "कसम खाई", "शपथ घेतली", "mannat li"), and English takes a pledge
("took an oath"). Beside the oath's noun the verb is the swearing, so its taking concepts
are forgotten: "dargah pe kasam khayi thi, 6 mahine ho gaye", "दर्ग्यावर शपथ घेतली होती".
Round 14. Called from alumni.domain.crisis.idioms. Only the verb beside the noun is read:
a drink named after the oath ("kasam khayi thi, phir bhi pi li") still alerts.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

# The oath, the vow at a shrine, the pledge, as typed (with the emphatic or plural endings).
_OATHS = frozenset({"kasam", "qasam", "kasme", "kasmein", "कसम", "क़सम", "कसमें", "shapath", "shapat", "शपथ",
                    "शपथच", "shapathach", "saugandh", "saugand", "सौगंध", "सौगंद", "mannat", "मन्नत", "navas",
                    "नवस", "pran", "प्रण", "sankalp", "संकल्प", "oath", "oaths", "vow", "vows", "pledge"})
# Words that may sit between the noun and the verb: "kasam to khayi", "an oath", "शपथच घेतली".
_BETWEEN = frozenset({"to", "तो", "hi", "ही", "bhi", "भी", "pan", "पण", "ek", "एक", "a", "an", "the", "this",
                      "ki", "की", "li", "ली"})
# The concepts a verb of taking carries ("khayi" is eating and using, "ghetli" is taking).
_TAKING = ("eat", "use", "take_any", "took", "down_it", "took_at_sitting", "needle_verb", "acquire", "drank",
           "drink_verb", "drank_bare", "pill_use", "use_strong", "consume", "swallow", "reflexive")


def remove_vows_sworn(c: Concepts) -> None:
    words = c.words
    oaths = [i for i, t in enumerate(words) if t.raw in _OATHS]
    if not oaths:
        return
    for hit in c.of(*_TAKING):
        clause = words[hit.start].clause
        for i in oaths:
            if words[i].clause != clause:
                continue
            gap = words[i + 1:hit.start] if i < hit.start else words[hit.end:i]
            if len(gap) <= 2 and all(t.raw in _BETWEEN for t in gap):
                for name in _TAKING:
                    c.drop(name, hit.start, hit.end)
                break
