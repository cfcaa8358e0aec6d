"""Words next to a hit, as this area's harmless readings look at them."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts, Hit


def _bare(raw: str) -> str:
    for tail in ("'s", "’s"):
        if raw.endswith(tail):
            return raw[: -len(tail)]
    return raw


def near_raw(c: Concepts, hit: Hit, raws: frozenset[str], before: int, after: int) -> bool:
    words = c.words
    sentence = words[hit.start].sentence
    return any(_bare(words[i].raw) in raws and words[i].sentence == sentence
               for i in range(max(0, hit.start - before), min(len(words), hit.end + after)))


def next_is(c: Concepts, hit: Hit, raws: frozenset[str]) -> bool:
    return hit.end < len(c.words) and c.words[hit.end].raw in raws


def before_is(c: Concepts, hit: Hit, raws: frozenset[str]) -> bool:
    return hit.start > 0 and _bare(c.words[hit.start - 1].raw) in raws


# Words whose skeleton is a common word of another meaning, read by their spelling instead:
# पप्पांनी (father, as the one acting) would be "apni"/"pani", papane would be "apne".
