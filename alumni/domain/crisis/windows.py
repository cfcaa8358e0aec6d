"""Finding a combination in a text: one hit of each part, within the combination's window
of words and sentence, and the concepts near a finding (a negation, a quitting word)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination
from alumni.domain.crisis.concepts import Concepts, Hit


def span(hits: tuple[Hit, ...]) -> tuple[int, int]:
    # A loop rather than min and max over generators: a few hits, thousands of calls a text.
    start, end = hits[0].start, hits[0].end
    for hit in hits:
        if hit.start < start:
            start = hit.start
        if hit.end > end:
            end = hit.end
    return start, end


def find_hits(c: Concepts, combo: Combination) -> tuple[Hit, ...] | None:
    candidates: list[list[Hit]] = []
    for group in combo.parts:     # most combinations miss a part: stop at the first
        hits = c.of(*group)
        if not hits:
            return None
        candidates.append(hits)
    return _extend(c, combo, (), candidates)


def _extend(c: Concepts, combo: Combination, chosen: tuple[Hit, ...],
            rest: list[list[Hit]]) -> tuple[Hit, ...] | None:
    """The chosen hits and one of each remaining part, within the window. A module function
    rather than a recursive closure: the closure would refer to itself through its cell, a
    cycle that kept each text's concepts, hits and tokens alive until the garbage collector
    came by (whose full collections then made the slowest calls)."""
    if not rest:
        return chosen
    words = c.words
    if chosen:
        chosen_start, chosen_end = span(chosen)
    for hit in rest[0]:
        if chosen:
            # Words between a hit and the chosen ones are uncovered: this far off, the
            # window below is exceeded anyway (checked first as it is cheap).
            if hit.start - chosen_end > combo.window or chosen_start - hit.end > combo.window:
                continue
            first = chosen[0]
            if not combo.across and words[hit.start].sentence != words[first.start].sentence:
                continue
            if combo.order and hit.start < chosen[-1].end:
                continue
            if not combo.same_word and any(h.start < hit.end and hit.start < h.end for h in chosen):
                continue
            extended = chosen + (hit,)
            start, end = min(chosen_start, hit.start), max(chosen_end, hit.end)
            covered = {i for h in extended for i in range(h.start, h.end)}
            if end - start - len(covered) > combo.window:
                continue
        else:
            extended = (hit,)
        found = _extend(c, combo, extended, rest[1:])
        if found:
            if combo.unless:
                start, end = span(found)
                reach = combo.unless_reach
                if any(start - reach <= h.start < end + reach for h in c.of(*combo.unless)):
                    continue
            return found
    return None


def near(c: Concepts, hits: tuple[Hit, ...], names: tuple[str, ...], before: int, after: int,
          same_clause: bool = True) -> Hit | None:
    words = c.words
    start, end = span(hits)
    clauses = {words[h.start].clause for h in hits} | {words[h.end - 1].clause for h in hits}
    used = {(h.concept, h.start) for h in hits}
    for name in names:
        reach_before = 0 if name == "weak_negation" else before
        reach_after = 0 if name == "weak_negation" else after
        for h in c.of(name):
            if (h.concept, h.start) in used or any(u.start <= h.start < u.end for u in hits):
                continue
            if same_clause and words[h.start].clause not in clauses:
                continue
            inside_own_words = start <= h.start < end and name == "weak_negation"
            if start - reach_before - 1 <= h.start < end + reach_after and not inside_own_words:
                return h
    return None
