"""Suggesting peer mentors for a new graduate, best first, with the reasons shown.

Eligibility is a hard rule: an active mentor profile, the mentor's recorded consent, a
training date, a free place, and at least `min_recovery_days` (a year by default) since
their sobriety date (or discharge when none is recorded). Among the eligible, a shared
language matters most (they must be able to talk), then the same programme and area,
then more time in recovery and more free places."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

LANGUAGE_NAMES = {"en": "English", "hi": "Hindi", "mr": "Marathi"}
DEFAULT_MIN_RECOVERY_DAYS = 365

WEIGHT_LANGUAGE = 40
WEIGHT_PROGRAMME = 20
WEIGHT_AREA = 20
WEIGHT_PER_YEAR = 4        # up to 5 years counted
WEIGHT_PER_FREE_PLACE = 2  # up to 5 places counted


@dataclass(frozen=True)
class MenteeFacts:
    alumnus_id: int
    language: str
    programme: str | None = None
    area: str | None = None


@dataclass(frozen=True)
class MentorFacts:
    alumnus_id: int
    name: str
    languages: tuple[str, ...]
    programme: str | None
    area: str | None
    recovery_since: date
    capacity: int
    current_mentees: int
    active: bool = True
    consent: bool = True
    trained: bool = True


@dataclass(frozen=True)
class Suggestion:
    mentor_id: int
    name: str
    score: int
    reasons: tuple[str, ...] = field(default_factory=tuple)


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b and a.strip().casefold() == b.strip().casefold())


def years_between(since: date, today: date) -> int:
    years = today.year - since.year - ((today.month, today.day) < (since.month, since.day))
    return max(0, years)


def why_not_eligible(mentor: MentorFacts, mentee: MenteeFacts, today: date,
                     min_recovery_days: int = DEFAULT_MIN_RECOVERY_DAYS) -> str | None:
    """The first reason this mentor cannot take this mentee, in plain words, or None."""
    if mentor.alumnus_id == mentee.alumnus_id:
        return "is the graduate"
    if not mentor.active:
        return "mentor profile is inactive"
    if not mentor.consent:
        return "has not consented to mentor"
    if not mentor.trained:
        return "has no training date"
    if mentor.current_mentees >= mentor.capacity:
        return "has no free place"
    if (today - mentor.recovery_since).days < min_recovery_days:
        return f"less than {min_recovery_days} days in recovery"
    return None


def score_mentor(mentor: MentorFacts, mentee: MenteeFacts, today: date) -> Suggestion:
    score, reasons = 0, []
    if mentee.language in mentor.languages:
        score += WEIGHT_LANGUAGE
        reasons.append(f"Speaks {LANGUAGE_NAMES.get(mentee.language, mentee.language)}")
    if _same(mentor.programme, mentee.programme):
        score += WEIGHT_PROGRAMME
        reasons.append(f"Same programme ({mentor.programme})")
    if _same(mentor.area, mentee.area):
        score += WEIGHT_AREA
        reasons.append(f"Same area ({mentor.area})")
    years = years_between(mentor.recovery_since, today)
    score += WEIGHT_PER_YEAR * min(years, 5)
    reasons.append(f"{years} year{'s' if years != 1 else ''} in recovery")
    free = mentor.capacity - mentor.current_mentees
    score += WEIGHT_PER_FREE_PLACE * min(free, 5)
    reasons.append(f"{free} of {mentor.capacity} place{'s' if mentor.capacity != 1 else ''} free")
    return Suggestion(mentor.alumnus_id, mentor.name, score, tuple(reasons))


def rank_mentors(mentee: MenteeFacts, mentors: list[MentorFacts], today: date,
                 min_recovery_days: int = DEFAULT_MIN_RECOVERY_DAYS) -> list[Suggestion]:
    """Eligible mentors, best first; ties go to the longer recovery, then the lower id."""
    eligible = [m for m in mentors if why_not_eligible(m, mentee, today, min_recovery_days) is None]
    scored = [(score_mentor(m, mentee, today), m) for m in eligible]
    scored.sort(key=lambda pair: (-pair[0].score, pair[1].recovery_since, pair[1].alumnus_id))
    return [suggestion for suggestion, _ in scored]
