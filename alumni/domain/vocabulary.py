"""The words the service and its database share: one enum per thing, declared once. Models
store these values and the database checks them (CHECK constraints, migration 0015);
templates, the API and exports show the same strings."""
from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    SMS = "sms"
    WHATSAPP = "whatsapp"
    EMAIL = "email"


# A plan step or check-in may name this instead of a channel: the alumnus's preferred
# channel at the time it goes.
PREFERRED_CHANNEL = "preferred"
# How a sentence names each channel ("messages by SMS", "no email provider"); labels
# on a page capitalise instead (alumni/web/display_words.py).
CHANNEL_WORDS = {Channel.SMS: "SMS", Channel.WHATSAPP: "WhatsApp", Channel.EMAIL: "email"}
# The channels that go to a phone number (Twilio carries both; email goes by SMTP).
PHONE_CHANNELS = (Channel.SMS, Channel.WHATSAPP)


class AlumnusStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    WITHDRAWN = "withdrawn"
    ERASED = "erased"


class CheckInStatus(StrEnum):
    """Where a check-in is in its life; the moves between them are
    alumni/domain/checkin_lifecycle.py."""

    SCHEDULED = "scheduled"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    REPLIED = "replied"
    MISSED = "missed"
    FAILED = "failed"
    SKIPPED = "skipped"
    CANCELLED = "cancelled"


class CheckInKind(StrEnum):
    CHECKIN = "checkin"
    NUDGE = "nudge"
    INVITATION = "invitation"
    REMINDER = "reminder"
    NOTICE = "notice"


class FollowUpReason(StrEnum):
    """Why a case is open (the queue's order: REASON_PRIORITY in alumni/models/followup.py)."""

    CRISIS = "crisis"
    LOW_SCORE = "low_score"
    CALLBACK = "callback"
    MISSED = "missed"
    UNREACHABLE = "unreachable"
    UNREAD_TEXT = "unread_text"
    MENTOR_REQUEST = "mentor_request"
    URGENT = "urgent"          # craving, an urge, "help me": a person calls the same day
    DECLINING = "declining"    # scores sliding before any reaches 2
    REFERRAL_DUE = "referral_due"  # a referral back to treatment waits on staff (alumni/recovery)


class FollowUpStatus(StrEnum):
    OPEN = "open"
    SNOOZED = "snoozed"
    RESOLVED = "resolved"


class Role(StrEnum):
    ADMIN = "admin"
    COORDINATOR = "coordinator"
    STAFF = "staff"
