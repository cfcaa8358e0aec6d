"""The old life left behind (the second reading of rounds 64-65): "told him im done with that
life", "i am out of that life", "पुरानी ज़िंदगी छोड़ दी", "जुनी life सोडली": "life" or
"zindagi" after "that" or "old" is the drinking and using left, not the writer's life. "Done with
this life", "is zindagi se thak gaya" keep the writer's own. Read by alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_LIFE = frozenset({"life", "zindagi", "jindagi", "ज़िंदगी", "जिंदगी", "zindagee", "लाइफ", "लाईफ"})
# "that", "old", "former" and their Hindi and Marathi words, just before the life.
# (Not "wo", "ती": "that life" in Hindi and Marathi is as often the writer's own.)
_THAT_OLD = frozenset({"that", "old", "former", "purani", "पुरानी", "purana", "pichhli", "पिछली", "juni",
                       "जुनी", "juna", "जुना"})


def forget_old_life_left(c: Concepts) -> None:
    if not c.may_hold(_LIFE):
        return
    words = c.words
    for k, token in enumerate(words):
        if token.raw in _LIFE and k > 0 and words[k - 1].raw in _THAT_OLD \
                and words[k - 1].clause == token.clause:
            c.drop_all(k, k + 1)
            c.add("unmeant", k, k + 1)
