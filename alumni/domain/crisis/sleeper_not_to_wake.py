"""A baby not to wake at night (round 20): "देवाकडे मागते की बाळ रात्री उठू नको", "bhagwan kare
munna raat ko na uthe", "praying the baby doesn't wake up tonight": a parent's wish for an
unbroken night, about a named other sleeper. The waking word is forgotten when a baby or a
child is named just before it in the same sentence and the writer is not ("मला", "mujhe", "me").
"देवा, मला उद्या उठवू नको" and a wish never to wake with no sleeper named keep their reading.
Read by alumni.domain.crisis.scenes_told before the rules."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_SLEEPER = frozenset({"बाळ", "बाळाला", "बाळाने", "baal", "bal", "bala", "balala", "baby", "babies", "बेबी", "bachcha",
                      "baccha", "bacha", "बच्चा", "बच्ची", "bachchi", "बच्चे", "bachche", "munna", "मुन्ना",
                      "munni", "मुन्नी", "chhotu", "छोटू", "pillu", "पिल्लू", "kid", "kids", "child", "toddler",
                      "son", "daughter", "beta", "beti", "बेटा", "बेटी", "chinu", "sonu", "guddu", "गुड्डू",
                      "mulga", "मुलगा", "mulgi", "मुलगी", "lekru", "लेकरू", "infant", "newborn"})
_WRITER = frozenset({"मला", "mala", "mujhe", "मुझे", "me", "i", "main", "मैं", "mi", "मी", "myself", "mera", "maza"})


def forget_sleeper_not_to_wake(c: Concepts) -> None:
    wakes = c.of("wake")
    if not wakes or c.typed_words.isdisjoint(_SLEEPER):
        return
    words = c.words
    for hit in wakes:
        before = [w for w in words[max(0, hit.start - 4):hit.start] if w.sentence == words[hit.start].sentence]
        raws = [w.raw for w in before]
        if not _SLEEPER.intersection(raws):
            continue
        last_sleeper = max(k for k, r in enumerate(raws) if r in _SLEEPER)
        if _WRITER.intersection(raws[last_sleeper:]):
            continue
        c.drop("wake", hit.start, hit.end)
