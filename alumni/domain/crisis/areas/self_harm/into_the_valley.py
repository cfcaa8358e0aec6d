"""Suicide told as a jump into a valley or off a cliff: "resort madhun udi marto, dari khup khol
aahe", "ghati mein kood jaunga", "I'll jump into the valley from the point".

A valley seen from a viewpoint, a trek down into it, a river jumped into for a swim stay quiet:
the reading needs the writer's own jump beside the valley, the cliff or the gorge, and a trek, a
photo or a swim cancels it.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SU = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # A valley, a gorge or a cliff: "dari khol aahe", "दरीत", "गहरी खाई", "ghati mein".
    "valley_or_cliff": ("dari khol", "dari khup khol", "दरी खोल", "दरी खूप खोल", "khol dari", "खोल दरी", "darit",
                        "दरीत", "dari madhe", "दरीमध्ये", "kadyavarun", "कड्यावरून", "kadyavarun", "kada",
                        "कडा", "gehri khai", "गहरी खाई", "khai mein", "खाई में", "khai me", "ghati mein",
                        "घाटी में", "ghati me", "ghaati mein", "valley", "into the valley", "gorge", "cliff",
                        "off the cliff", "ravine"),
    # What makes the valley a trip: a trek, a photo, a swim, a paraglide.
    "valley_outing": ("trek", "trekking", "photo", "selfie", "view", "paragliding", "zipline", "zip line",
                      "rappelling", "swim", "swimming", "pohayla", "पोहायला", "bungee", "rope way", "ropeway"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

INTO_THE_VALLEY: tuple[Combination, ...] = (
    # The writer's own jump beside a valley, a gorge or a cliff.
    Combination(SU, (_g("jump_mine"), _g("valley_or_cliff")), 10, across=True, unless=_g("valley_outing"),
                unless_reach=10),
)
