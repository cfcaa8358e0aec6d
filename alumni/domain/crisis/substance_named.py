"""The substance a relapse finding names ("alcohol", "cannabis", ...), read from its words or
from the sentence around them: staff see it on the case and the relapse event records it."""
from __future__ import annotations

from alumni.domain.crisis.concepts import BETTING_CONCEPTS, SUBSTANCE_CONCEPTS, SUBSTANCES, Concepts, Hit


def named_substance(c: Concepts, hits: tuple[Hit, ...]) -> str | None:
    if any(h.concept in BETTING_CONCEPTS for h in hits):
        return "gambling"
    named = [h for h in hits if h.concept in SUBSTANCES]
    if not named:
        sentence = c.words[hits[0].start].sentence
        named = [h for h in c.of(*SUBSTANCE_CONCEPTS) if c.words[h.start].sentence == sentence]
    for hit in named:
        if SUBSTANCES[hit.concept]:
            return SUBSTANCES[hit.concept]
    # "desi chadha li", "tight ho gaya": the words of drinking name alcohol.
    if any(h.concept in ("drank", "drink_verb", "down_it") for h in hits) or any(
            h.start <= d.start < h.end for h in hits for d in c.of("drank")):
        return "alcohol"
    if any(h.concept == "pills" for h in hits):
        return "pills"
    return None
