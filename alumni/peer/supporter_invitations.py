"""Supporters invited to family sessions: a meeting whose audience is "supporters" or
"alumni and supporters" invites every supporter of an active alumnus whom the alumnus
allowed us to contact (Supporter.may_contact; a supporter's STOP turns it off).

Each text is a CheckIn row addressed to the supporter (checkins.supporter_id) and sent by
the one dispatcher and sender, which take the supporter's address and their may_contact in
place of the alumnus's, and keep the alumnus's status, time zone (quiet hours), language and
discreet mode: a supporter has none of those on record, and a family shares them. The
words are the meeting's own templates (event_invitation, event_reminder, event_cancelled),
greeting the supporter by name. A supporter answers YES/NO like an alumnus
(alumni/domain/rsvp.py); alumni/replies/supporter_replies.py hands such an answer here.

Like alumni.peer.events, functions commit nothing unless they say so."""
from __future__ import annotations

from datetime import datetime

from alumni.core.audit import audit
from alumni.domain.checkin_lifecycle import Move, target
from alumni.domain.recurrence import needs_reminder
from alumni.domain.vocabulary import Channel, CheckInKind
from alumni.extensions import db
from alumni.models import (
    Alumnus,
    AlumnusStatus,
    CheckIn,
    EventOccurrence,
    Rsvp,
    Supporter,
    SupporterInvitation,
    utcnow,
)
from alumni.models.checkin import may_move
from alumni.peer.peer_messages import cancel_if_unsent
from alumni.peer.rsvp_texts import SENT_STATES, asked_again_at, mark_texts_answered


def channel_for(supporter: Supporter) -> str:
    """A supporter is texted by SMS at their number, else emailed (they have no preference
    on record, and WhatsApp needs an opt-in of its own)."""
    return Channel.SMS if supporter.phone else Channel.EMAIL


def invitable_supporters() -> list[Supporter]:
    """Supporters of active alumni who may be contacted and can be reached. One who shares
    the alumnus's own number is left out: the alumnus's invitation already reaches that
    phone, and a reply from it is read as the alumnus's."""
    rows = db.session.execute(
        db.select(Supporter, Alumnus.phone).join(Alumnus, Alumnus.id == Supporter.alumnus_id)
        .where(Alumnus.status == AlumnusStatus.ACTIVE, Supporter.may_contact.is_(True),
               (Supporter.phone.is_not(None)) | (Supporter.email.is_not(None)))
        .order_by(Supporter.id)).all()
    return [supporter for supporter, alumnus_phone in rows
            if not (supporter.phone and supporter.phone == alumnus_phone)]


def owe_supporter_text(supporter: Supporter, template_key: str, kind: str, due_at: datetime,
                       reply_window_hours: int) -> CheckIn:
    checkin = CheckIn(alumnus_id=supporter.alumnus_id, supporter_id=supporter.id, kind=kind,
                      template_key=template_key, channel=channel_for(supporter), due_at=due_at,
                      status=target(Move.CREATE), reply_window_hours=max(1, reply_window_hours))
    db.session.add(checkin)
    db.session.flush()
    return checkin


def invite_supporters(occurrence: EventOccurrence, now: datetime, window_hours: int,
                      actor: str | None) -> list[int]:
    """Owe an invitation to each invitable supporter not yet invited; returns the
    check-in ids for the dispatcher (the caller commits, then dispatches)."""
    already = set(db.session.scalars(db.select(SupporterInvitation.supporter_id).where(
        SupporterInvitation.occurrence_id == occurrence.id)))
    owed: list[int] = []
    for supporter in invitable_supporters():
        if supporter.id in already:
            continue
        checkin = owe_supporter_text(supporter, "event_invitation", CheckInKind.INVITATION, now, window_hours)
        db.session.add(SupporterInvitation(occurrence_id=occurrence.id, supporter_id=supporter.id,
                                           alumnus_id=supporter.alumnus_id, checkin_id=checkin.id))
        audit("event.supporter_invited", alumnus_id=supporter.alumnus_id, actor=actor,
              detail={"event_id": occurrence.event_id, "occurrence_id": occurrence.id,
                      "supporter_id": supporter.id})
        owed.append(checkin.id)
    return owed


def open_supporter_invitations(supporter_ids: list[int], now: datetime) -> list[SupporterInvitation]:
    """Invitations these supporters (one number) may be answering, the most recently sent
    first: sent and unanswered, or answered and reminded since, for meetings still ahead."""
    if not supporter_ids:
        return []
    rows = db.session.execute(
        db.select(SupporterInvitation, CheckIn).join(CheckIn, CheckIn.id == SupporterInvitation.checkin_id)
        .join(EventOccurrence, EventOccurrence.id == SupporterInvitation.occurrence_id)
        .where(SupporterInvitation.supporter_id.in_(supporter_ids), EventOccurrence.starts_at > now,
               EventOccurrence.cancelled_at.is_(None), CheckIn.status.in_(SENT_STATES))).all()
    found: list[tuple[datetime, int, SupporterInvitation]] = []
    for invitation, invite in rows:
        asked_at = invite.sent_at or invite.due_at
        if invitation.rsvp != Rsvp.NONE:
            asked_again = asked_again_at(invitation)
            if asked_again is None:
                continue
            asked_at = asked_again
        found.append((asked_at, invitation.id, invitation))
    return [invitation for *_, invitation in sorted(found, key=lambda f: (f[0], f[1]), reverse=True)]


def apply_supporter_rsvp(invitation: SupporterInvitation, answer: str, *, message_id: int | None = None,
                         now: datetime | None = None, actor: str | None = None) -> None:
    """Record YES/NO in the caller's transaction, as apply_rsvp does for an alumnus."""
    now = now or utcnow()
    previous = invitation.rsvp
    invitation.rsvp, invitation.rsvp_at, invitation.rsvp_message_id = Rsvp(answer), now, message_id
    mark_texts_answered(invitation, answer, now)
    audit("event.supporter_rsvp", alumnus_id=invitation.alumnus_id, actor=actor,
          detail={"supporter_invitation_id": invitation.id, "supporter_id": invitation.supporter_id,
                  "rsvp": str(answer), "previous": str(previous), "message_id": message_id})


def owe_supporter_reminders(occurrence_ids: list[int], now: datetime) -> list[int]:
    """The day-before reminder to each supporter who said yes to one of these meetings
    (the caller commits, then dispatches)."""
    if not occurrence_ids:
        return []
    owed: list[int] = []
    for invitation in db.session.scalars(db.select(SupporterInvitation).where(
            SupporterInvitation.occurrence_id.in_(occurrence_ids), SupporterInvitation.rsvp == Rsvp.YES,
            SupporterInvitation.reminder_checkin_id.is_(None))):
        start = invitation.occurrence.starts_at
        if not needs_reminder(start, invitation.rsvp, invitation.rsvp_at, False, now):
            continue
        window = max(1, int((start - now).total_seconds() // 3600))
        checkin = owe_supporter_text(invitation.supporter, "event_reminder", CheckInKind.REMINDER, now, window)
        invitation.reminder_checkin_id = checkin.id
        audit("event.reminder_owed", alumnus_id=invitation.alumnus_id, actor="scheduler",
              detail={"occurrence_id": invitation.occurrence_id, "supporter_id": invitation.supporter_id})
        owed.append(checkin.id)
    return owed


def tell_supporters_cancelled(occurrence: EventOccurrence, now: datetime, reason: str,
                              actor: str | None) -> list[int]:
    """Stop supporters' texts not yet gone; owe a cancellation text to each who heard of the
    meeting and did not say no (the caller commits, then dispatches)."""
    owed: list[int] = []
    for invitation in db.session.scalars(db.select(SupporterInvitation).where(
            SupporterInvitation.occurrence_id == occurrence.id)):
        invite = db.session.get(CheckIn, invitation.checkin_id) if invitation.checkin_id else None
        for checkin in (invite, db.session.get(CheckIn, invitation.reminder_checkin_id)
                        if invitation.reminder_checkin_id else None):
            cancel_if_unsent(checkin, reason)
        if invite is None or invite.status not in SENT_STATES or invitation.rsvp == Rsvp.NO:
            continue
        notice = owe_supporter_text(invitation.supporter, "event_cancelled", CheckInKind.NOTICE, now, 24)
        notice.created_at = now  # how the renderer finds the meeting this notice is about
        audit("event.cancellation_owed", alumnus_id=invitation.alumnus_id, actor=actor,
              detail={"occurrence_id": occurrence.id, "checkin_id": notice.id,
                      "supporter_id": invitation.supporter_id})
        owed.append(notice.id)
    return owed


def supporter_invitation_of(checkin: CheckIn) -> SupporterInvitation | None:
    """The invitation a text to a supporter is about (for the renderer's event details)."""
    if checkin.template_key != "event_cancelled":
        return db.session.scalar(db.select(SupporterInvitation).where(
            (SupporterInvitation.checkin_id == checkin.id)
            | (SupporterInvitation.reminder_checkin_id == checkin.id)))
    return db.session.scalar(
        db.select(SupporterInvitation)
        .join(EventOccurrence, EventOccurrence.id == SupporterInvitation.occurrence_id)
        .where(SupporterInvitation.supporter_id == checkin.supporter_id, EventOccurrence.cancelled_at.is_not(None),
               EventOccurrence.cancelled_at <= checkin.created_at)
        .order_by(EventOccurrence.cancelled_at.desc()).limit(1))


def stop_texts_to(supporter_id: int, reason: str) -> int:
    """Before a supporter is removed: their texts not yet gone are cancelled, so none is
    left to go once the row no longer says whom it is for (the caller commits)."""
    result = db.session.execute(
        db.update(CheckIn).where(CheckIn.supporter_id == supporter_id, may_move(Move.CANCEL_UNSENT))
        .values(status=target(Move.CANCEL_UNSENT), skip_reason=reason, updated_at=utcnow()),
        execution_options={"synchronize_session": False})
    return result.rowcount or 0


def supporter_rsvps(occurrence_id: int) -> list[SupporterInvitation]:
    """The supporters invited to one meeting, for its page (by alumnus, then supporter)."""
    return list(db.session.scalars(
        db.select(SupporterInvitation).where(SupporterInvitation.occurrence_id == occurrence_id)
        .order_by(SupporterInvitation.alumnus_id, SupporterInvitation.supporter_id)))
