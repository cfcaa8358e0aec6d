"""Peer-support periodic work: invitations that are due (including the next dates of
recurring meetings) and reminders the day before. Both only create CheckIn rows; the
dispatcher job sends them, so running this twice owes nothing twice."""
from __future__ import annotations

from alumni.models import utcnow
from alumni.peer.events import send_due_invitations, send_due_reminders


def send_invitations_and_reminders() -> dict:
    now = utcnow()
    return {"invited": send_due_invitations(now), "reminders": send_due_reminders(now)}
