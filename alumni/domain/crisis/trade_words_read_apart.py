"""Words of a trade that fold onto danger words (the reading of rounds 80-81): the dry cleaner's
"clean" is no sobriety ("dry clean cha thinner hungto parat" is a relapse, not days clean); a die
cutter or a die-punching machine is no dying ("the new die cutting boy is on fire today"); the pest
control men who came are no poison taken ("पेस्ट कंट्रोल वाले आए थे आज"). Read by
alumni.domain.crisis.idioms before the rules.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_DRY = frozenset({"dry", "ड्राय", "ड्राई", "drai"})
_DIE = frozenset({"die", "डाय", "डाई", "dye"})
_DIE_WORK = ("cutting", "cutter", "cut", "punch", "कटिंग", "कटर", "पंचिंग", "पंच", "machine", "मशीन", "maker",
             "casting")
_PEST = frozenset({"pest", "पेस्ट"})
_CONTROL = frozenset({"control", "कंट्रोल"})
_PEST_MEN = frozenset({"वाले", "wale", "wala", "वाला", "walo", "company", "कंपनी", "service", "सर्विस", "men",
                       "guy", "guys", "आए", "aaye", "aae", "आले", "ale", "came"})


def _forget_dry_clean(c: Concepts) -> None:
    words = c.words
    for i in range(1, len(words)):
        if words[i - 1].raw in _DRY and words[i].raw.startswith(("clean", "क्लीन")):
            c.drop("quit", i, i + 1)


def _forget_die_work(c: Concepts) -> None:
    words = c.words
    for i in range(len(words) - 1):
        if words[i].raw in _DIE and words[i + 1].raw.startswith(_DIE_WORK):
            c.drop_all(i, i + 1)
            c.add("unmeant", i, i + 1)


def _forget_pest_control_men(c: Concepts) -> None:
    if c.of("eat", "drank", "drink_verb", "swallow", "down_it"):
        return      # what the pest control man left, drunk ("going to drink it")
    words = c.words
    for i in range(len(words) - 2):
        if words[i].raw in _PEST and words[i + 1].raw in _CONTROL and words[i + 2].raw in _PEST_MEN:
            c.drop_all(i, i + 2)
            c.add("unmeant", i, i + 2)


def forget_trade_words(c: Concepts) -> None:
    _forget_dry_clean(c)
    _forget_die_work(c)
    _forget_pest_control_men(c)
