"""Everything that happened to one alumnus, newest first.

build_timeline gathers the sources listed in alumni/wiring.py: this module's own
(RECORD_SOURCES) and other areas' (events, mentor matches, the ladder...), each
fn(alumnus_id) -> list[TimelineEntry]."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import lazy_pgettext, ngettext

from alumni import wiring
from alumni.core.case_words import CONTACT_KIND_WORDS, CONTACT_OUTCOME_WORDS, outcome_words, reason_words
from alumni.core.handling_words import handling_words
from alumni.core.provider_status_words import PROVIDER_STATUS_WORDS
from alumni.core.reader_language import channel_name
from alumni.core.record_field_words import record_fields_said
from alumni.core.skip_words_translated import skip_words as skip_reason_words
from alumni.domain.supporter_texts import MENTOR_NUMBER_CONSENT
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


# Titles and details are put into words when the timeline is built: in the staff member's
# language on the profile (a request), in English for the API and outside a request.
RECORD_ACTIONS = {
    "alumnus.enrolled": _l("Enrolled"),
    "alumnus.updated": _l("Record edited"),
    "alumnus.paused": _l("Outreach paused"),
    "alumnus.resumed": _l("Outreach resumed"),
    "alumnus.withdrawn": _l("Withdrawn from the programme"),
    "alumnus.erased": _l("Personal data erased"),
    "supporter.added": _l("Supporter added"),
    "supporter.removed": _l("Supporter removed"),
    "plan.attached": _l("Follow-up plan attached"),
}
CONSENT_SOURCES = {"form": _l("a form"), "paper": _l("paper"), "keyword": _l("a text (START or STOP)"),
                   "api": _l("the API"), "csv": _l("a file import"), "carrier": _l("the phone company")}
CHECKIN_STATUS = {"sent": _l("sent"), "delivered": _l("delivered"), "replied": _l("replied"), "missed": _l("missed"),
                  "failed": _l("failed"), "skipped": _l("skipped"), "cancelled": _l("cancelled"),
                  "queued": _l("queued"), "sending": _l("sending")}
CHECKIN_KINDS = {"checkin": _l("check-in"), "nudge": _l("reminder"), "invitation": _l("invitation"),
                 "reminder": _l("meeting reminder"), "notice": _l("notice")}
# How a record was enrolled or edited (the audit detail's "source": the web form, the API, a CSV
# import), after "via": English readers read the code as stored.
RECORD_CHANGE_SOURCES = {"form": lazy_pgettext("record source", "form"), "api": lazy_pgettext("record source", "api"),
                         "csv": lazy_pgettext("record source", "csv")}
BADGE_WORDS = {"ok": _l("ok"), "warn": _l("attention"), "danger": _l("urgent")}


def badge_words(badge: str) -> str:
    """A badge's kind (ok, warn, danger) or a provider's delivery status in words; a status
    no table knows is shown as it is."""
    return str(BADGE_WORDS.get(badge) or PROVIDER_STATUS_WORDS.get(badge, badge))


def _consent_title(channel: str, granted: bool) -> str:
    """A consent to a channel, or beyond the channels (a mentee's number given to their mentor)."""
    if channel == MENTOR_NUMBER_CONSENT:
        return _("Agreed to give their number to their mentor") if granted \
            else _("No longer agrees to give their number to their mentor")
    return _("%(channel)s consent given", channel=channel_name(channel)) if granted \
        else _("%(channel)s consent withdrawn", channel=channel_name(channel))


def _consents(alumnus_id: int) -> list[TimelineEntry]:
    rows = db.session.scalars(db.select(Consent).where(Consent.alumnus_id == alumnus_id))
    return [TimelineEntry(c.recorded_at, "consent", _consent_title(c.channel, c.granted),
                          _("Recorded via %(how)s", how=CONSENT_SOURCES.get(c.source, c.source)),
                          "ok" if c.granted else "warn") for c in rows]


def _messages(alumnus_id: int) -> list[TimelineEntry]:
    entries = []
    for m in db.session.scalars(db.select(Message).where(Message.alumnus_id == alumnus_id)):
        inbound = m.direction == Direction.INBOUND
        channel = channel_name(m.channel)
        title = _("Reply received by %(channel)s", channel=channel) if inbound \
            else _("Message sent by %(channel)s", channel=channel)
        if inbound and m.supporter is not None:   # one of their supporters wrote
            who = f"{m.supporter.name} ({m.supporter.relation})" if m.supporter.relation else m.supporter.name
            title = _("Text from %(who)s by %(channel)s", who=who, channel=channel)
        detail = m.body or ""
        if m.handling:
            detail = f"{detail}\n{handling_words(m.handling)}".strip()
        badge = m.provider_status or ""
        entries.append(TimelineEntry(m.created_at, "message", title, detail, badge))
    return entries


# Steps whose day had passed when the plan began: one line per attachment, not one each.
PASSED_STEP_REASONS = {"enrolled late": _l("enrolled after day %(day)s"),
                       "plan attached after this step": _l("plan attached after day %(day)s")}


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
            parts.append(_("Score %(score)s of 5", score=c.score))
        if c.skip_reason:
            parts.append(skip_reason_words(c.skip_reason))
        badge = {"missed": "warn", "failed": "danger", "replied": "ok"}.get(c.status, "")
        entries.append(TimelineEntry(at, "checkin", _("Check-in %(status)s (%(kind)s)",
                                                      status=CHECKIN_STATUS.get(c.status, c.status),
                                                      kind=CHECKIN_KINDS.get(c.kind, c.kind)),
                                     "; ".join(parts), badge))
    for (reason, at), days in passed.items():
        entries.append(_passed_steps(reason, at, days))
    return entries


def _passed_steps(reason: str, at: datetime, days: list[int | None]) -> TimelineEntry:
    count = len(days)
    known = [day for day in days if day is not None]
    why = str(PASSED_STEP_REASONS[reason] % {"day": max(known)}) if known else reason
    return TimelineEntry(at, "checkin", ngettext("%(num)s earlier step skipped: %(why)s",
                                                 "%(num)s earlier steps skipped: %(why)s", count, why=why),
                         _("Not sent: their day had passed when the plan began."))


def _cases(alumnus_id: int) -> list[TimelineEntry]:
    entries = []
    for case in db.session.scalars(db.select(FollowUp).where(FollowUp.alumnus_id == alumnus_id)):
        reason = reason_words(case.reason)
        entries.append(TimelineEntry(case.opened_at, "case", _("Follow-up opened: %(reason)s", reason=reason),
                                     "", "danger" if case.reason == "crisis" else "warn"))
        if case.resolved_at:
            entries.append(TimelineEntry(case.resolved_at, "case", _("Follow-up resolved: %(reason)s", reason=reason),
                                         outcome_words(case.outcome), "ok"))
    return entries


def _contacts(alumnus_id: int) -> list[TimelineEntry]:
    entries = []
    for contact in db.session.scalars(db.select(Contact).where(Contact.alumnus_id == alumnus_id)):
        who = contact.staff.display_name if contact.staff else _("staff")
        kind = CONTACT_KIND_WORDS.get(contact.kind, contact.kind.title())
        outcome = CONTACT_OUTCOME_WORDS.get(contact.outcome, contact.outcome.replace("_", " "))
        entries.append(TimelineEntry(contact.at, "contact",
                                     _("%(kind)s by %(who)s: %(outcome)s", kind=kind, who=who, outcome=outcome),
                                     contact.note or ""))
    return entries


CLOSER_PLAN_WORDS = {PlanOffer.OFFERED: _l("Closer plan offered, not yet decided"),
                     PlanOffer.APPLIED: _l("Closer plan applied"), PlanOffer.DECLINED: _l("Closer plan not taken")}


def _relapses(alumnus_id: int) -> list[TimelineEntry]:
    entries = []
    for event in db.session.scalars(db.select(RelapseEvent).where(RelapseEvent.alumnus_id == alumnus_id)):
        title = _("Relapse reported (%(substance)s)", substance=event.substance) if event.substance \
            else _("Relapse reported")
        words = [_("On %(day)s", day=event.occurred_on.isoformat()),
                 str(CLOSER_PLAN_WORDS.get(event.plan_offer, event.plan_offer))]
        if event.trigger:
            words.append(_("Why: %(why)s", why=event.trigger))
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
            words.append(_("Changed: %(fields)s", fields=record_fields_said(detail["fields"])))
        if detail.get("source"):
            words.append(_("via %(how)s", how=RECORD_CHANGE_SOURCES.get(detail["source"], detail["source"])))
        if detail.get("plan"):
            words.append(_("Plan: %(plan)s", plan=detail["plan"]))
        if detail.get("reason"):
            words.append(_("Reason: %(reason)s", reason=detail["reason"]))
        entries.append(TimelineEntry(event.at, "record", str(RECORD_ACTIONS[event.action]),
                                     _("%(what)s (by %(who)s)", what="; ".join(words), who=event.actor).strip()))
    return entries


RECORD_SOURCES: tuple[TimelineSource, ...] = (_consents, _messages, _checkins, _cases, _contacts, _relapses,
                                               _record_changes)


def build_timeline(alumnus: Alumnus) -> list[TimelineEntry]:
    entries: list[TimelineEntry] = []
    for source in wiring.timeline_sources():
        entries.extend(source(alumnus.id))
    # Stable: within one instant, the order of the sources in the list decides.
    return sorted(entries, key=lambda e: e.at, reverse=True)
