"""A spouse who "won't leave me alive" on finding out about a purchase, laughed at (round 22):
"biwi ko pata chala ki naya phone liya to zinda nahi chhodegi haha", "बायकोला कळलं तर जिवंत
सोडणार नाही 😂". The threat is the writer's joke about a wife's or a husband's anger at a bought
thing: when a spouse, a finding out and a laugh or a purchase stand in the message, the words
"alive ... not leave" are forgotten. Never without the laugh or the purchase, nor with a grave
word (a weapon, a poison, a beating, hurt, blood): a threat from a spouse said plainly stays.
Read by alumni.domain.crisis.scenes_told before the rules."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_GRAVE = ("weapon", "poison", "hanging", "self_harm", "suicide")
_ALIVE = ("zinda", "jinda", "ज़िंदा", "जिंदा", "jivant", "jiwant", "जिवंत", "alive")
_LEAVE = ("chhod", "chod", "छोड़", "छोड", "sod", "सोड", "leave")
_SPOUSE = ("biwi", "बीवी", "bivi", "patni", "पत्नी", "wife", "bayko", "बायको", "baiko", "navra", "नवरा", "नवऱ्या",
           "navrya", "husband", "pati", "पति", "misses", "missus", "gharwali", "घरवाली")
_FOUND_OUT = ("pata chal", "पता चल", "kalla", "kalli", "कळलं", "कळल", "kalal", "finds out", "find out", "found out",
              "pata lag", "पता लग", "samjla", "समजलं")
# The writer's own threat ("zinda nahi chhodunga") is never the spouse's joke.
_MINE = ("unga", "ungi", "ूंगा", "ूँगा", "ूंगी", "ूँगी", "ोडेन", "oden")
_LAUGH_OR_BOUGHT = ("😂", "🤣", "haha", "hehe", "lol", "naya", "नया", "नई", "nayi", "navin", "नवीन", "liya", "लिया",
                    "ghetla", "घेतला", "ghetli", "घेतली", "emi", "kharid", "खरीद", "bought", "new", "bill", "order",
                    "sale", "शॉपिंग", "shopping")


def forget_spouse_finds_out(c: Concepts) -> None:
    if not c.may_hold(_ALIVE) or not c.may_hold(_SPOUSE) or c.of(*_GRAVE):
        return
    if not c.may_hold(_FOUND_OUT) or not c.may_hold(_LAUGH_OR_BOUGHT):
        return
    words = c.words
    for i, w in enumerate(words):
        if not w.raw.startswith(_ALIVE):
            continue
        end = next((k + 1 for k in range(i + 1, min(i + 4, len(words))) if words[k].raw.startswith(_LEAVE)), 0)
        if not end or words[end - 1].raw.endswith(_MINE):
            continue
        start = max(0, i - 1)
        for name in c.present():
            c.drop(name, start, end + 2)
        c.add("unmeant", start, end)
