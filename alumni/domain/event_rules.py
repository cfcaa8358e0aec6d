"""What makes a meeting well-formed, in plain words per field (pure)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from alumni.domain.recurrence import RECURRENCES

MODES = ("in_person", "online", "hybrid")
# Family sessions invite supporters: of every active alumnus, alone or beside the alumni.
AUDIENCES = ("everyone", "cohorts", "language", "programme", "supporters", "alumni_and_supporters")
CHOSEN_AUDIENCES = ("cohorts", "language", "programme")   # those that need values chosen


@dataclass
class EventDraft:
    title: str
    starts_at: datetime            # naive UTC
    mode: str = "in_person"
    place: str = ""
    link: str = ""
    description: str = ""
    duration_minutes: int = 90
    timezone: str = "Asia/Kolkata"
    recurrence: str = "none"
    audience: str = "everyone"
    audience_values: list[str] = field(default_factory=list)
    invite_days_before: int = 7


def event_problems(draft: EventDraft, now: datetime, *, new: bool = True) -> dict[str, str]:
    """Field name -> what is wrong with it; empty when the draft can be saved."""
    problems: dict[str, str] = {}
    if not draft.title.strip():
        problems["title"] = "Give the meeting a title."
    if draft.mode not in MODES:
        problems["mode"] = "Choose in person, online, or both."
    else:
        # A hybrid meeting needs both: a place to come to and a link to join from.
        if draft.mode in ("in_person", "hybrid") and not draft.place.strip():
            problems["place"] = "Say where the meeting is."
        if draft.mode in ("online", "hybrid") and not draft.link.strip().startswith(("https://", "http://")):
            problems["link"] = "Give the meeting link, starting with https://"
    if new and draft.starts_at <= now:
        problems["starts_on"] = "The first meeting must be in the future."
    if draft.recurrence not in RECURRENCES:
        problems["recurrence"] = "Choose one-off, weekly or monthly."
    if draft.audience not in AUDIENCES:
        problems["audience"] = "Choose who is invited."
    elif draft.audience in CHOSEN_AUDIENCES and not [v for v in draft.audience_values if str(v).strip()]:
        problems["audience_values"] = f"Choose at least one {draft.audience.rstrip('s')} to invite."
    if not 15 <= draft.duration_minutes <= 600:
        problems["duration_minutes"] = "A meeting lasts between 15 minutes and 10 hours."
    if not 0 <= draft.invite_days_before <= 60:
        problems["invite_days_before"] = "Invite between 0 and 60 days ahead."
    return problems
