"""Reading and scoring the recovery monitor's answers. Pure: no Flask, no database.

An answer counts only when the whole reply is one: a number in the item's range (Latin or
Devanagari digits, "2 days" too), a number word ("two", "do", "दोन"), or the item's short
words ("none", "nahi", "नाही" for no days; "yes"/"no" for a safe home). Anything else is
unreadable: it is asked again once, then a person reads it.

Sub-scores per answer set (stored with it, recomputed after every answer, so a set that
expires half-answered keeps what it has):
- use: the days of drinking or drug use in the last 30 (None until answered);
- risk: cravings, poor sleep and low mood, 0 (none) to 100 (all at their worst);
- protection: confidence, support contacts and a safe home, 0 (none) to 100 (all strong).
risk and protection are the mean of the answered items of their area, so a partial set is
on the same scale as a whole one.

What signals danger: any day of use is a relapse (handled as a relapse reply is); high
risk with low protection is a `declining` case. Both are decided here.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from alumni.domain.keywords import normalise
from alumni.domain.monitor_items import ITEMS, Area, Item, Scale
from alumni.domain.replies import score_words

MAX_DAYS = 30
HIGH_RISK = 60          # risk at or above this ...
LOW_PROTECTION = 40     # ... with protection at or below this opens a `declining` case

_ZERO_WORDS = frozenset(normalise(w) for w in (
    "0", "zero", "none", "no", "nil", "never", "not once", "no days", "not at all",
    "shunya", "शून्य", "nahi", "nahin", "nai", "नहीं", "नही", "kabhi nahi", "कभी नहीं", "ek bhi nahi",
    "एक भी नहीं", "naahi", "नाही", "kadhich nahi", "कधीच नाही", "ekda pan nahi", "एकदाही नाही",
))
_YES_WORDS = frozenset(normalise(w) for w in (
    "yes", "y", "yeah", "haan", "han", "haa", "हाँ", "हां", "हा", "ho", "hoy", "हो", "होय"))
_MOSTLY_WORDS = frozenset(normalise(w) for w in (
    "mostly", "mostly yes", "zyadatar", "jyadatar", "ज़्यादातर", "ज्यादातर", "bahutek", "बहुतेक"))
_NO_WORDS = frozenset(normalise(w) for w in (
    "no", "n", "nahi", "nahin", "nai", "नहीं", "नही", "naahi", "नाही"))
# "2 days", "2 din", "२ दिवस": a count with its unit.
_COUNT = re.compile(r"^(\d{1,2})(?: (?:days?|times?|din|दिन|divas|दिवस|baar|बार|vela|वेळा))?$")


@dataclass(frozen=True)
class SubScores:
    use_days: int | None = None
    risk: int | None = None
    protection: int | None = None


@dataclass(frozen=True)
class Danger:
    relapse: bool = False
    declining: bool = False
    why: str = ""


def item_at(index: int) -> Item:
    return ITEMS[index]


def parse_answer(item: Item, text: str, language: str = "en") -> int | None:
    """The answer's value on the item's scale, or None when the reply is not one."""
    words = normalise(text or "")
    if not words:
        return None
    if item.scale is Scale.SAFE:
        if words in _YES_WORDS:
            return 1
        if words in _MOSTLY_WORDS:
            return 2
        if words in _NO_WORDS:
            return 3
    if item.scale is Scale.DAYS and words in _ZERO_WORDS:
        return 0
    count = _COUNT.match(words)
    if count:
        value = int(count.group(1))
    else:
        named = score_words(language).get(words)
        if named is None:
            return None
        value = named
    low, high = {Scale.DAYS: (0, MAX_DAYS), Scale.FIVE: (1, 5), Scale.SAFE: (1, 3)}[item.scale]
    return value if low <= value <= high else None


def _support_points(times: int) -> int:
    # Weekly support is solid (3), more than twice a week strong (4).
    return 0 if times == 0 else 1 if times == 1 else 2 if times <= 3 else 3 if times <= 7 else 4


def points(item: Item, value: int) -> int:
    """0-4 in the item's area: for risk, how much risk; for protection, how much protection."""
    if item.key == "cravings":
        return value - 1
    if item.key in ("sleep", "mood"):
        return 5 - value
    if item.key == "confidence":
        return value - 1
    if item.key == "support":
        return _support_points(value)
    if item.key == "home":
        return {1: 4, 2: 2, 3: 0}[value]
    raise ValueError(f"{item.key} has no points: it is not a risk or protection item")


def _area_score(answers: Mapping[str, int], area: Area) -> int | None:
    answered = [points(item, answers[item.key]) for item in ITEMS if item.area is area and item.key in answers]
    if not answered:
        return None
    return round(100 * sum(answered) / (4 * len(answered)))


def sub_scores(answers: Mapping[str, int]) -> SubScores:
    """The use, risk and protection sub-scores of an answer set (item key -> value)."""
    return SubScores(use_days=answers.get("use_days"), risk=_area_score(answers, Area.RISK),
                     protection=_area_score(answers, Area.PROTECTION))


def danger(answered: Item, value: int, scores: SubScores, *, finished: bool) -> Danger:
    """What one answer signals. Any day of use is read the moment the use item is answered;
    risk against protection only once the set is finished (answered through, or expired),
    so a protective answer still to come is not pre-empted."""
    relapse = answered.area is Area.USE and value > 0
    declining = finished and set_declining(scores)
    reasons = []
    if relapse:
        reasons.append(f"{value} day(s) of use in the last 30")
    if declining:
        reasons.append(f"risk {scores.risk}/100 with protection {scores.protection}/100")
    return Danger(relapse=relapse, declining=declining, why="; ".join(reasons))


def set_declining(scores: SubScores) -> bool:
    """High risk with low protection: a `declining` case."""
    return (scores.risk is not None and scores.protection is not None
            and scores.risk >= HIGH_RISK and scores.protection <= LOW_PROTECTION)
