"""Alumni meetings: create and edit, choose the audience, invite, record RSVPs, remind.

Every text is a CheckIn row (kind invitation or reminder) made by peer_messages.owe_text,
so the dispatcher applies consent, status and quiet hours and the delivery path sends it:
there is no second way out. Functions called from a page commit their own transaction;
apply_rsvp runs inside the inbound pipeline's transaction."""
from __future__ import annotations

from datetime import datetime, timedelta

from alumni.core.audit import audit
from alumni.domain.event_rules import CHOSEN_AUDIENCES, EventDraft, event_problems
from alumni.domain.recurrence import needs_reminder, occurrences_between
from alumni.domain.reply_attribution import OpenQuestion, QuestionKind
from alumni.extensions import db
from alumni.models import (
    INVITES_ALUMNI,
    INVITES_SUPPORTERS,
    Alumnus,
    AlumnusStatus,
    Audience,
    CheckIn,
    CheckInKind,
    Event,
    EventOccurrence,
    Invitation,
    Rsvp,
    utcnow,
)
from alumni.peer.peer_messages import cancel_if_unsent, dispatch_now, ensure_peer_templates, owe_text
from alumni.peer.rsvp_texts import SENT_STATES, asked_again_at, mark_texts_answered
from alumni.peer.supporter_invitations import invite_supporters, owe_supporter_reminders, tell_supporters_cancelled

HORIZON = timedelta(days=62)  # recurring meetings are materialised this far ahead


class EventInvalid(ValueError):
    def __init__(self, fields: dict[str, str]):
        super().__init__("; ".join(fields.values()))
        self.fields = fields


def _apply(event: Event, draft: EventDraft) -> None:
    for name in ("title", "description", "mode", "place", "link", "starts_at", "duration_minutes",
                 "timezone", "recurrence", "audience", "invite_days_before"):
        setattr(event, name, getattr(draft, name))
    event.title = event.title.strip()
    event.audience_values = [] if draft.audience not in CHOSEN_AUDIENCES else [
        str(v).strip() for v in draft.audience_values if str(v).strip()]


def create_event(draft: EventDraft, *, by_id: int | None, now: datetime | None = None) -> Event:
    now = now or utcnow()
    problems = event_problems(draft, now)
    if problems:
        raise EventInvalid(problems)
    event = Event(created_by_id=by_id)
    _apply(event, draft)
    db.session.add(event)
    db.session.flush()
    materialise_occurrences(event, now)
    ensure_peer_templates()
    audit("event.created", detail={"event_id": event.id, "title": event.title})
    db.session.commit()
    return event


def update_event(event: Event, draft: EventDraft, *, now: datetime | None = None) -> Event:
    """Edit details; a changed date or recurrence moves only meetings nobody was invited to."""
    now = now or utcnow()
    timing_changed = (draft.starts_at, draft.recurrence, draft.timezone) != (
        event.starts_at, event.recurrence, event.timezone)
    problems = event_problems(draft, now, new=False)
    if timing_changed and draft.starts_at <= now:
        problems["starts_on"] = "A new date must be in the future."
    if problems:
        raise EventInvalid(problems)
    _apply(event, draft)
    if timing_changed:
        for occurrence in list(event.occurrences):
            if occurrence.starts_at > now and occurrence.invited_at is None and not occurrence.invitations:
                db.session.delete(occurrence)
        db.session.flush()
        db.session.expire(event, ["occurrences"])
        materialise_occurrences(event, now)
    audit("event.updated", detail={"event_id": event.id, "title": event.title})
    db.session.commit()
    return event


def materialise_occurrences(event: Event, now: datetime) -> int:
    """Add the meetings due within HORIZON that are not rows yet (the caller commits)."""
    if event.cancelled_at is not None:
        return 0
    have = {o.starts_at for o in event.occurrences}
    start = min(now, event.starts_at)
    added = 0
    for at in occurrences_between(event.starts_at, event.recurrence, event.timezone, start, now + HORIZON):
        if at > now and at not in have:
            event.occurrences.append(EventOccurrence(starts_at=at))
            added += 1
    db.session.flush()
    return added


def audience_query(event: Event):
    """Active alumni in the event's audience (the dispatcher still checks consent per text)."""
    query = db.select(Alumnus.id).where(Alumnus.status == AlumnusStatus.ACTIVE)
    values = event.audience_values or []
    if event.audience == Audience.COHORTS:
        query = query.where(Alumnus.cohort_id.in_([int(v) for v in values if str(v).isdigit()]))
    elif event.audience == Audience.LANGUAGE:
        query = query.where(Alumnus.language.in_(values))
    elif event.audience == Audience.PROGRAMME:
        query = query.where(Alumnus.programme.in_(values))
    return query.order_by(Alumnus.id)


def invite_occurrence(occurrence_id: int, *, now: datetime | None = None, actor: str | None = None) -> int:
    """Owe an invitation text to everyone in the audience not yet invited; commits.
    Returns how many were invited. Running it twice invites nobody twice."""
    now = now or utcnow()
    occurrence = db.session.get(EventOccurrence, occurrence_id)
    if occurrence is None or occurrence.cancelled_at or occurrence.event.cancelled_at or occurrence.starts_at <= now:
        return 0
    ensure_peer_templates()
    already = set(db.session.scalars(db.select(Invitation.alumnus_id).where(
        Invitation.occurrence_id == occurrence.id)))
    window = int((occurrence.starts_at - now).total_seconds() // 3600)
    owed: list[int] = []
    alumni = db.session.scalars(audience_query(occurrence.event)).all() if (
        occurrence.event.audience in INVITES_ALUMNI) else []
    for alumnus_id in alumni:
        if alumnus_id in already:
            continue
        checkin = owe_text(alumnus_id, "event_invitation", CheckInKind.INVITATION, now, window)
        owed.append(checkin.id)
        db.session.add(Invitation(occurrence_id=occurrence.id, alumnus_id=alumnus_id, checkin_id=checkin.id))
        audit("event.invited", alumnus_id=alumnus_id, actor=actor,
              detail={"event_id": occurrence.event_id, "occurrence_id": occurrence.id})
    if occurrence.event.audience in INVITES_SUPPORTERS:
        owed += invite_supporters(occurrence, now, window, actor)
    occurrence.invited_at = occurrence.invited_at or now
    db.session.commit()
    dispatch_now(owed)
    return len(owed)


CANCELLED = "meeting cancelled"


def cancel_occurrence(occurrence_id: int, *, now: datetime | None = None, actor: str | None = None) -> int:
    """Call off one meeting; commits. Texts not yet gone (invitations, reminders) are
    stopped; everyone who was told about it and has not said no gets one cancellation
    text. Returns how many are owed that text. Refuses a meeting already past or cancelled."""
    now = now or utcnow()
    occurrence = db.session.get(EventOccurrence, occurrence_id)
    if occurrence is None:
        raise LookupError("no such meeting")
    if occurrence.cancelled_at is not None:
        raise EventInvalid({"meeting": "This meeting is already cancelled."})
    if occurrence.starts_at <= now:
        raise EventInvalid({"meeting": "This meeting has already started; it cannot be cancelled."})
    occurrence.cancelled_at = now
    owed = [_tell_cancelled(invitation, now, actor) for invitation in occurrence.invitations]
    owed = [checkin_id for checkin_id in owed if checkin_id is not None]
    owed += tell_supporters_cancelled(occurrence, now, CANCELLED, actor)
    audit("event.occurrence_cancelled", actor=actor,
          detail={"event_id": occurrence.event_id, "occurrence_id": occurrence.id, "told": len(owed)})
    db.session.commit()
    dispatch_now(owed)
    return len(owed)


def cancel_series(event_id: int, *, now: datetime | None = None, actor: str | None = None) -> int:
    """Stop a meeting for good: every future date is cancelled as above and no new dates
    are made. Returns how many are owed a cancellation text."""
    now = now or utcnow()
    event = db.session.get(Event, event_id)
    if event is None:
        raise LookupError("no such event")
    if event.cancelled_at is not None:
        raise EventInvalid({"meeting": "This meeting is already cancelled."})
    event.cancelled_at = now
    audit("event.cancelled", actor=actor, detail={"event_id": event.id, "title": event.title})
    db.session.commit()
    ahead = db.session.scalars(db.select(EventOccurrence.id).where(
        EventOccurrence.event_id == event_id, EventOccurrence.cancelled_at.is_(None),
        EventOccurrence.starts_at > now)).all()
    return sum(cancel_occurrence(occurrence_id, now=now, actor=actor) for occurrence_id in ahead)


def _tell_cancelled(invitation: Invitation, now: datetime, actor: str | None) -> int | None:
    """Stop what has not gone; owe a cancellation text to someone who heard of the
    meeting and did not say no (the caller commits)."""
    invite = db.session.get(CheckIn, invitation.checkin_id) if invitation.checkin_id else None
    reminder = db.session.get(CheckIn, invitation.reminder_checkin_id) if invitation.reminder_checkin_id else None
    cancel_if_unsent(invite, CANCELLED)
    cancel_if_unsent(reminder, CANCELLED)
    heard = invite is not None and invite.status in SENT_STATES
    if not heard or invitation.rsvp == Rsvp.NO:
        return None
    notice = owe_text(invitation.alumnus_id, "event_cancelled", CheckInKind.NOTICE, now, 24)
    notice.created_at = now  # how the renderer finds the meeting this notice is about
    audit("event.cancellation_owed", alumnus_id=invitation.alumnus_id, actor=actor,
          detail={"occurrence_id": invitation.occurrence_id, "checkin_id": notice.id})
    return notice.id


def send_due_invitations(now: datetime | None = None) -> int:
    """Periodic: extend recurring events, then invite each meeting `invite_days_before` ahead."""
    now = now or utcnow()
    for event in db.session.scalars(db.select(Event).where(Event.cancelled_at.is_(None),
                                                           Event.recurrence != "none")):
        materialise_occurrences(event, now)
    db.session.commit()
    due = db.session.scalars(
        db.select(EventOccurrence).join(Event, Event.id == EventOccurrence.event_id)
        .where(EventOccurrence.invited_at.is_(None), EventOccurrence.cancelled_at.is_(None),
               Event.cancelled_at.is_(None), EventOccurrence.starts_at > now)).all()
    total = 0
    for occurrence in due:
        if occurrence.starts_at - timedelta(days=occurrence.event.invite_days_before) <= now:
            total += invite_occurrence(occurrence.id, now=now, actor="scheduler")
    return total


def send_due_reminders(now: datetime | None = None) -> int:
    """Periodic: a reminder the day before to everyone who said yes; commits."""
    now = now or utcnow()
    rows = db.session.scalars(
        db.select(Invitation).join(EventOccurrence, EventOccurrence.id == Invitation.occurrence_id)
        .where(Invitation.rsvp == Rsvp.YES, Invitation.reminder_checkin_id.is_(None),
               EventOccurrence.cancelled_at.is_(None),
               EventOccurrence.starts_at > now, EventOccurrence.starts_at <= now + timedelta(hours=24))).all()
    owed: list[int] = []
    for invitation in rows:
        start = invitation.occurrence.starts_at
        if not needs_reminder(start, invitation.rsvp, invitation.rsvp_at, False, now):
            continue
        window = max(1, int((start - now).total_seconds() // 3600))
        checkin = owe_text(invitation.alumnus_id, "event_reminder", CheckInKind.REMINDER, now, window)
        invitation.reminder_checkin_id = checkin.id
        audit("event.reminder_owed", alumnus_id=invitation.alumnus_id, actor="scheduler",
              detail={"occurrence_id": invitation.occurrence_id})
        owed.append(checkin.id)
    owed += owe_supporter_reminders(sorted({o.id for o in db.session.scalars(
        db.select(EventOccurrence).where(EventOccurrence.cancelled_at.is_(None), EventOccurrence.starts_at > now,
                                         EventOccurrence.starts_at <= now + timedelta(hours=24)))}), now)
    db.session.commit()
    dispatch_now(owed)
    return len(owed)


# Built once (bound per call): the inbound pipeline asks this for most replies.
_OPEN_INVITATIONS = (
    db.select(Invitation, CheckIn).select_from(Invitation)
    .join(EventOccurrence, EventOccurrence.id == Invitation.occurrence_id)
    .join(CheckIn, CheckIn.id == Invitation.checkin_id)
    .where(Invitation.alumnus_id == db.bindparam("alumnus_id"),
           EventOccurrence.starts_at > db.bindparam("now", type_=EventOccurrence.starts_at.type),
           EventOccurrence.cancelled_at.is_(None), CheckIn.status.in_(SENT_STATES)))


def open_invitation_questions(alumnus_id: int, now: datetime) -> list[OpenQuestion]:
    """Invitations this alumnus may be answering: sent and unanswered, or (after a
    reminder) answered yes and open to a change of mind, for meetings still ahead."""
    rows = db.session.execute(_OPEN_INVITATIONS, {"alumnus_id": alumnus_id, "now": now}).all()
    questions = []
    for invitation, invite in rows:
        if invitation.rsvp == Rsvp.NONE:
            questions.append(OpenQuestion(QuestionKind.INVITATION, invitation.id, invite.sent_at or invite.due_at))
            continue
        asked_at = asked_again_at(invitation)
        if asked_at is not None:
            questions.append(OpenQuestion(QuestionKind.INVITATION, invitation.id, asked_at))
    return questions


def apply_rsvp(invitation: Invitation, answer: str, *, message_id: int | None = None,
               now: datetime | None = None, actor: str | None = None) -> None:
    """Record YES/NO in the caller's transaction; a NO after a reminder is a change of mind."""
    now = now or utcnow()
    previous = invitation.rsvp
    invitation.rsvp = Rsvp(answer)
    invitation.rsvp_at = now
    invitation.rsvp_message_id = message_id
    mark_texts_answered(invitation, answer, now)
    audit("event.rsvp", alumnus_id=invitation.alumnus_id, actor=actor,
          detail={"invitation_id": invitation.id, "rsvp": str(answer), "previous": str(previous),
                  "message_id": message_id})


def record_rsvp_by_staff(invitation_id: int, answer: str) -> Invitation:
    """Staff write down an RSVP given by phone or in person; commits."""
    invitation = db.session.get(Invitation, invitation_id)
    if invitation is None:
        raise LookupError("no such invitation")
    apply_rsvp(invitation, answer)
    db.session.commit()
    return invitation
