"""Rum typed in Devanagari, "रम" (round 26, holdout 74: "ढलाई के बाद ठेकेदार ने रम बांटी, मैंने
भी ले ली"). Its skeleton is that of "राम" (the god, a name: "राम राम"), so the lexicon cannot
hold it; the word as typed is the drink, unless it is the verb "रमना" (to be absorbed: "मन रम
गया", "काम में रम जाता हूं"). Called from alumni.domain.crisis.idioms, before the drinking
readings."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_RUM = "रम"
_ABSORBED_AFTER = frozenset({"गया", "गई", "गयी", "गए", "गये", "जाता", "जाती", "जाते", "जाना", "जाएगा", "गेलं", "गेला",
                             "गेली", "जातो", "रहा", "रही", "रहे"})


def read_rum_in_devanagari(c: Concepts) -> None:
    if _RUM not in c.typed_words:
        return
    words = c.words
    for i, token in enumerate(words):
        if token.raw != _RUM:
            continue
        if i + 1 < len(words) and words[i + 1].raw in _ABSORBED_AFTER:
            continue
        c.add("alcohol", i, i + 1)
