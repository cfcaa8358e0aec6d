"""The party drugs whose skeletons are everyday words, read by the letters typed (round 21):
"tina" (crystal meth) folds to "teen"/"तीन" (three) and "slam" (injecting at a session) to
"सलाम", so the lexicon cannot hold them. Each typed form adds its concept ("tina_chem",
"slam_chem") for the rules of alumni.domain.crisis.areas.substance_use.chems_named, which
still ask for a taking, a session or another drug beside it. Called from
alumni.domain.crisis.scenes_told."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_TINA = frozenset({"tina", "teena", "tinaa", "टीना", "टिना", "tinachi", "टिनाची", "tinacha", "टिनाचा", "tinachya",
                   "टिनाच्या"})
_SLAM = frozenset({"slam", "slams", "slamming", "slammed", "slammin", "स्लॅम", "स्लैम", "slamla", "slamli"})


def read_chems_typed(c: Concepts) -> None:
    typed = c.typed_words
    if typed.isdisjoint(_TINA) and typed.isdisjoint(_SLAM):
        return
    for i, token in enumerate(c.words):
        if token.raw in _TINA:
            c.add("tina_chem", i, i + 1)
        elif token.raw in _SLAM:
            c.add("slam_chem", i, i + 1)
