"""What an RSVP does to the texts that asked for it, the same for an alumnus's invitation
and a supporter's: both the invitation and its reminder count as answered, and a NO stops a
reminder not yet sent; and whether a reminder sent after an answer asks the question again.

Invitation and SupporterInvitation each keep checkin_id, reminder_checkin_id and rsvp_at;
functions here change rows in the caller's transaction and commit nothing."""
from __future__ import annotations

from datetime import datetime

from alumni.domain.checkin_lifecycle import Move, may
from alumni.extensions import db
from alumni.models import CheckIn, CheckInStatus, Invitation, Rsvp, SupporterInvitation
from alumni.peer.peer_messages import cancel_if_unsent

SENT_STATES = (CheckInStatus.SENT, CheckInStatus.DELIVERED, CheckInStatus.REPLIED)


def asked_again_at(invitation: Invitation | SupporterInvitation) -> datetime | None:
    """When a reminder sent after the answer asked again (a change of mind is awaited), or
    None."""
    reminder = db.session.get(CheckIn, invitation.reminder_checkin_id) if invitation.reminder_checkin_id else None
    if (reminder is not None and reminder.status in SENT_STATES and reminder.sent_at
            and invitation.rsvp_at and reminder.sent_at >= invitation.rsvp_at):
        return reminder.sent_at
    return None


def mark_texts_answered(invitation: Invitation | SupporterInvitation, answer: str, now: datetime) -> None:
    """The invitation and its reminder are replied to; a NO cancels the reminder if unsent."""
    for checkin_id in (invitation.checkin_id, invitation.reminder_checkin_id):
        checkin = db.session.get(CheckIn, checkin_id) if checkin_id else None
        if checkin is not None and may(Move.REPLY, checkin.status):
            checkin.take(Move.REPLY)
            checkin.replied_at = now
    if answer == Rsvp.NO and invitation.reminder_checkin_id:
        cancel_if_unsent(db.session.get(CheckIn, invitation.reminder_checkin_id), "said no")
