"""Everything that happened to one alumnus, newest first.

build_timeline gathers the sources listed in alumni/wiring.py: this module's own
(RECORD_SOURCES) and other areas' (events, mentor matches, the ladder...), each
fn(alumnus_id) -> list[TimelineEntry]."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from alumni import wiring
from alumni.domain.skip_words import skip_words
from alumni.domain.vocabulary import CHANNEL_WORDS
from alumni.extensions import db
from alumni.models import (
    Alumnus,
    AuditEvent,
    CheckIn,
    CheckInStatus,
    Consent,
    Contact,
    Direction,
    FollowUp,
    Message,
    PlanOffer,
    PlanStep,
    RelapseEvent,
)


@dataclass
class TimelineEntry:
    at: datetime
    kind: str
    title: str
    detail: str = ""
    badge: str = ""

    def as_json(self) -> dict:
        return {"at": self.at.isoformat() + "Z", "kind": self.kind, "title": self.title,
                "detail": self.detail, "badge": self.badge}


TimelineSource = Callable[[int], list[TimelineEntry]]


RECORD_ACTIONS = {
    "alumnus.enrolled": "Enrolled",
    "alumnus.updated": "Record edited",
    "alumnus.paused": "Outreach paused",
    "alumnus.resumed": "Outreach resumed",
    "alumnus.withdrawn": "Withdrawn from the programme",
    "alumnus.erased": "Personal data erased",
    "supporter.added": "Supporter added",
    "supporter.removed": "Supporter removed",
    "plan.attached": "Follow-up plan attached",
}


def _channel(name: str) -> str:
    return CHANNEL_WORDS.get(name, name)


def _consents(alumnus_id: int) -> list[TimelineEntry]:
    rows = db.session.scalars(db.select(Consent).where(Consent.alumnus_id == alumnus_id))
    return [TimelineEntry(c.recorded_at, "consent",
                          f"{_channel(c.channel)} consent {'given' if c.granted else 'withdrawn'}",
                          f"Recorded via {c.source}", "ok" if c.granted else "warn") for c in rows]


def _messages(alumnus_id: int) -> list[TimelineEntry]:
    entries = []
    for m in db.session.scalars(db.select(Message).where(Message.alumnus_id == alumnus_id)):
        inbound = m.direction == Direction.INBOUND
        title = f"{'Reply received' if inbound else 'Message sent'} by {_channel(m.channel)}"
        if inbound and m.supporter is not None:   # one of their supporters wrote
            relation = f" ({m.supporter.relation})" if m.supporter.relation else ""
            title = f"Text from {m.supporter.name}{relation} by {_channel(m.channel)}"
        detail = m.body or ""
        if m.handling:
            detail = f"{detail}\n{m.handling}".strip()
        badge = m.provider_status or ""
        entries.append(TimelineEntry(m.created_at, "message", title, detail, badge))
    return entries


# Steps whose day had passed when the plan began: one line per attachment, not one each.
PASSED_STEP_REASONS = {"enrolled late": "enrolled after day",
                       "plan attached after this step": "plan attached after day"}


def _checkins(alumnus_id: int) -> list[TimelineEntry]:
    rows = db.session.execute(db.select(CheckIn, PlanStep.day_offset)
                              .outerjoin(PlanStep, PlanStep.id == CheckIn.plan_step_id)
                              .where(CheckIn.alumnus_id == alumnus_id, CheckIn.status != CheckInStatus.SCHEDULED)
                              .order_by(CheckIn.due_at)).all()
    entries = []
    passed: dict[tuple[str, datetime], list[int | None]] = {}
    for c, day in rows:
        if c.status == CheckInStatus.SKIPPED and c.skip_reason in PASSED_STEP_REASONS:
            passed.setdefault((c.skip_reason, c.created_at), []).append(day)
            continue
        at = c.replied_at or c.sent_at or c.updated_at or c.due_at
        parts = []
        if c.score is not None:
            parts.append(f"Score {c.score} of 5")
        if c.skip_reason:
            parts.append(skip_words(c.skip_reason))
        badge = {"missed": "warn", "failed": "danger", "replied": "ok"}.get(c.status, "")
        entries.append(TimelineEntry(at, "checkin", f"Check-in {c.status} ({c.kind})",
                                     "; ".join(parts), badge))
    for (reason, at), days in passed.items():
        entries.append(_passed_steps(reason, at, days))
    return entries


def _passed_steps(reason: str, at: datetime, days: list[int | None]) -> TimelineEntry:
    count = len(days)
    steps = "1 earlier step" if count == 1 else f"{count} earlier steps"
    known = [day for day in days if day is not None]
    why = f"{PASSED_STEP_REASONS[reason]} {max(known)}" if known else reason
    return TimelineEntry(at, "checkin", f"{steps} skipped: {why}",
                         "Not sent: their day had passed when the plan began.")


def _cases(alumnus_id: int) -> list[TimelineEntry]:
    entries = []
    for case in db.session.scalars(db.select(FollowUp).where(FollowUp.alumnus_id == alumnus_id)):
        reason = case.reason.replace("_", " ")
        entries.append(TimelineEntry(case.opened_at, "case", f"Follow-up opened: {reason}",
                                     "", "danger" if case.reason == "crisis" else "warn"))
        if case.resolved_at:
            entries.append(TimelineEntry(case.resolved_at, "case", f"Follow-up resolved: {reason}",
                                         case.outcome or "", "ok"))
    return entries


def _contacts(alumnus_id: int) -> list[TimelineEntry]:
    entries = []
    for contact in db.session.scalars(db.select(Contact).where(Contact.alumnus_id == alumnus_id)):
        who = contact.staff.display_name if contact.staff else "staff"
        entries.append(TimelineEntry(contact.at, "contact",
                                     f"{contact.kind.title()} by {who}: {contact.outcome.replace('_', ' ')}",
                                     contact.note or ""))
    return entries


CLOSER_PLAN_WORDS = {PlanOffer.OFFERED: "Closer plan offered, not yet decided",
                     PlanOffer.APPLIED: "Closer plan applied", PlanOffer.DECLINED: "Closer plan not taken"}


def _relapses(alumnus_id: int) -> list[TimelineEntry]:
    entries = []
    for event in db.session.scalars(db.select(RelapseEvent).where(RelapseEvent.alumnus_id == alumnus_id)):
        title = "Relapse reported" + (f" ({event.substance})" if event.substance else "")
        words = [f"On {event.occurred_on.isoformat()}", CLOSER_PLAN_WORDS.get(event.plan_offer, event.plan_offer)]
        if event.trigger:
            words.append(f"Why: {event.trigger}")
        entries.append(TimelineEntry(event.created_at, "relapse", title, "; ".join(words), "danger"))
    return entries


def _record_changes(alumnus_id: int) -> list[TimelineEntry]:
    rows = db.session.scalars(db.select(AuditEvent).where(
        AuditEvent.alumnus_id == alumnus_id, AuditEvent.action.in_(list(RECORD_ACTIONS))))
    entries = []
    for event in rows:
        detail = event.detail or {}
        words = []
        if detail.get("fields"):
            words.append("Changed: " + ", ".join(f.replace("_", " ") for f in detail["fields"]))
        if detail.get("source"):
            words.append(f"via {detail['source']}")
        if detail.get("plan"):
            words.append(f"Plan: {detail['plan']}")
        if detail.get("reason"):
            words.append(f"Reason: {detail['reason']}")
        entries.append(TimelineEntry(event.at, "record", RECORD_ACTIONS[event.action],
                                     f"{'; '.join(words)} (by {event.actor})".strip()))
    return entries


RECORD_SOURCES: tuple[TimelineSource, ...] = (_consents, _messages, _checkins, _cases, _contacts, _relapses,
                                               _record_changes)


def build_timeline(alumnus: Alumnus) -> list[TimelineEntry]:
    entries: list[TimelineEntry] = []
    for source in wiring.timeline_sources():
        entries.extend(source(alumnus.id))
    # Stable: within one instant, the order of the sources in the list decides.
    return sorted(entries, key=lambda e: e.at, reverse=True)
