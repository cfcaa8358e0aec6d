"""A slide before the fall: scores that are still 3 or more but going down. Pure: no Flask,
no database.

The rule, exactly (scores oldest first, the newest last):
- the newest score is 3, 4 or 5 (a 1 or 2 opens a low-score case of its own), and
- either the last three scores fall in a row, each lower than the one before (5, 4, 3), or
- the newest is at least 2 points below the mean of the scores before it, counting up to
  6 of them and only when there are at least 3 (5, 5, 5 then 3; 5, 5, 4, 5 then 3 is a drop
  of 1.75 and is not)."""
from __future__ import annotations

from collections.abc import Sequence
from statistics import fmean

LOW_SCORE_MAX = 2           # 1 and 2 are low scores: a case of their own
PREVIOUS_SCORES_READ = 6    # how many earlier scores make "their usual"
MIN_PREVIOUS_SCORES = 3
DROP_FROM_USUAL = 2.0


def may_be_declining(newest: int) -> bool:
    """Whether a score can be a slide at all, before reading any earlier ones: a 1 or 2 is a
    low score, and a 5 is never below the two before it nor 2 under a mean of 1-5 scores."""
    return LOW_SCORE_MAX < newest < 5


def declining(scores: Sequence[int]) -> str | None:
    """Why these scores are a slide, in plain words for the case, or None."""
    if not scores or scores[-1] <= LOW_SCORE_MAX:
        return None
    newest = scores[-1]
    if len(scores) >= 3 and scores[-3] > scores[-2] > newest:
        return f"three falling scores in a row ({scores[-3]}, {scores[-2]}, {newest})"
    previous = scores[-1 - PREVIOUS_SCORES_READ:-1]
    if len(previous) >= MIN_PREVIOUS_SCORES:
        usual = fmean(previous)
        if usual - newest >= DROP_FROM_USUAL:
            return f"a {newest} against their usual {usual:.1f} (last {len(previous)} scores)"
    return None
