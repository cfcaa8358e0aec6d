"""The words staff read in place of the codes the database keeps: "Marathi (मराठी)" not
"mr", "SMS" not "sms", "Waiting to send" not "scheduled", and each audit event as a
sentence with labelled details instead of JSON. Registered as Jinja filters by create_app
through register_display_words:

    {{ alumnus.language|language_words }}   ->  "Marathi (मराठी)"
    {{ 'sms'|channel_words }}               ->  "SMS"
    {{ case.reason|reason_words }}          ->  "Low wellbeing score"
    {{ checkin.status|status_words }}       ->  "Waiting to send"
    {{ checkin.skip_reason|skip_words }}    ->  "not sent: no SMS consent"
    {{ event|audit_sentence }}              ->  "Opened a follow-up case"
    {{ event.detail|audit_fields }}         ->  [("Email", "a@b.org"), ("Role", "staff")]
"""
from __future__ import annotations

from flask import Flask

from alumni.domain.skip_words import skip_words
from alumni.domain.vocabulary import Channel
from alumni.workspace.followups import reason_words

LANGUAGE_WORDS = {"en": "English", "hi": "Hindi (हिंदी)", "mr": "Marathi (मराठी)"}
CHANNEL_WORDS = {Channel.SMS: "SMS", Channel.WHATSAPP: "WhatsApp", Channel.EMAIL: "Email"}
# Check-in, case and alumnus statuses (the values never collide in meaning).
STATUS_WORDS = {
    "scheduled": "Waiting to send",
    "queued": "About to send",
    "sending": "Sending",
    "sent": "Sent",
    "delivered": "Delivered",
    "replied": "Replied",
    "missed": "No reply",
    "failed": "Could not be sent",
    "skipped": "Not sent",
    "cancelled": "Cancelled",
    "open": "Open",
    "snoozed": "Snoozed",
    "resolved": "Resolved",
    "active": "Active",
    "paused": "Paused",
    "withdrawn": "Withdrawn",
    "erased": "Erased",
}


# What a consent row is about, beyond the three channels (alumni/domain/milestones.py,
# supporter_texts.py), and how it was given (ConsentSource).
CONSENT_WORDS = {
    Channel.SMS: "SMS", Channel.WHATSAPP: "WhatsApp", Channel.EMAIL: "Email",
    "milestones": "Milestone texts",
    "mentor_number": "Their number given to their mentor",
}
CONSENT_SOURCE_WORDS = {
    "form": "on a form",
    "paper": "on paper",
    "keyword": "by a text (START or STOP)",
    "api": "through the API",
    "csv": "by a file import",
    "carrier": "by the phone company",
}

AUDIT_SENTENCES = {
    "alumnus.read": "Viewed an alumnus's record",
    "alumnus.enrolled": "Enrolled an alumnus",
    "alumnus.updated": "Changed an alumnus's details",
    "alumnus.paused": "Paused an alumnus's follow-up",
    "alumnus.resumed": "Resumed an alumnus's follow-up",
    "alumnus.withdrawn": "Withdrew an alumnus from follow-up",
    "alumnus.erased": "Erased an alumnus's personal details",
    "alumni.exported": "Exported alumni to a file",
    "consent.granted": "Recorded consent",
    "sobriety_date.changed": "Set a new sobriety date after a relapse",
    "sobriety_date.kept": "Kept the sobriety date after a relapse",
    "checkin.requested": "Asked for a check-in to be sent now",
    "checkin.missed": "A check-in went unanswered",
    "checkin.failed": "A check-in could not be sent",
    "contact.logged": "Logged a contact",
    "followup.opened": "Opened a follow-up case",
    "followup.read": "Viewed a follow-up case",
    "followup.merged": "Merged follow-up cases",
    "followup.linked": "Linked a message to a case",
    "followup.woken": "A snoozed case came back",
    "followup.realerted": "Alerted on-call staff again",
    "followup.crisis_again": "Crisis words again in an open case",
    "message.received": "Received a message",
    "message.undelivered": "A message could not be delivered",
    "message.linked": "Linked a message to an alumnus",
    "message.dismissed": "Dismissed a message",
    "login.success": "Signed in",
    "login.failure": "Failed to sign in",
    "login.locked": "Sign-in locked after repeated failures",
    "logout": "Signed out",
    "password.changed": "Changed their password",
    "password.reset": "Reset a password",
    "user.created": "Created a user",
    "user.updated": "Changed a user",
    "user.activated": "Reactivated a user",
    "user.deactivated": "Deactivated a user",
    "token.created": "Created an API token",
    "token.revoked": "Revoked an API token",
    "plan.saved": "Saved a follow-up plan",
    "plan.attached": "Put an alumnus on a plan",
    "plan.replanned": "Rescheduled an alumnus's check-ins",
    "template.saved": "Saved a message template",
    "supporter.added": "Added a supporter",
    "supporter.removed": "Removed a supporter",
    "relapse.recorded": "Recorded a relapse",
    "relapse.closer_plan_applied": "Moved to a closer follow-up plan",
    "relapse.closer_plan_declined": "Declined a closer follow-up plan",
    "mentor.requested": "Asked for a mentor",
    "mentor.profile_created": "Created a mentor profile",
    "mentor.matched": "Matched a mentor",
    "mentor.match_ended": "Ended a mentor match",
    "mentor.list_viewed": "Viewed the mentor list",
    "event.created": "Created a meeting",
    "event.updated": "Changed a meeting",
    "event.cancelled": "Cancelled a meeting",
    "event.occurrence_cancelled": "Cancelled one date of a meeting",
    "event.invited": "Invited alumni to a meeting",
    "event.invitations_viewed": "Viewed a meeting's invitations",
    "event.sign_in_viewed": "Viewed a meeting's sign-in sheet",
    "event.rsvp": "Recorded an RSVP",
    "event.attendance": "Recorded attendance",
    "event.reminder_owed": "A meeting reminder is due",
    "event.cancellation_owed": "A cancellation text is due",
    "ladder.nudge": "Sent a reminder after no reply",
    "ladder.call_task": "Asked staff to call after no reply",
    "on_call.shift_added": "Added an on-call shift",
    "on_call.shift_removed": "Removed an on-call shift",
    "outbox.viewed": "Viewed the outbox",
    "outbox.replied_as_alumnus": "Replied as an alumnus in the test outbox",
}
# Detail keys whose plain label is not just the key with spaces.
FIELD_LABELS = {"ip": "Address", "id": "Id", "sms": "SMS", "url": "Address"}


def language_words(code: str | None) -> str:
    if not code:
        return ""
    return LANGUAGE_WORDS.get(code, code)


def channel_words(code: str | None) -> str:
    if not code:
        return ""
    return CHANNEL_WORDS.get(code, code)


def status_words(code: str | None) -> str:
    if not code:
        return ""
    return STATUS_WORDS.get(code, code.replace("_", " ").capitalize())


def consent_rows(consents) -> list[tuple[str, object | None]]:
    """The newest consent per kind, the three channels first (each shown even with no row,
    as "no"), then any other agreement on record: (words, newest row or None)."""
    newest: dict[str, object] = {}
    for consent in consents:
        if consent.channel not in newest or consent.id > newest[consent.channel].id:
            newest[consent.channel] = consent
    kinds = [str(c) for c in Channel] + sorted(k for k in newest if k not in set(Channel))
    return [(CONSENT_WORDS.get(kind, kind.replace("_", " ").capitalize()), newest.get(kind)) for kind in kinds]


def consent_source_words(source: str | None) -> str:
    return CONSENT_SOURCE_WORDS.get(source or "", source or "")


def audit_sentence(action: str) -> str:
    """An action code as a sentence; an action not listed still reads as words."""
    if action in AUDIT_SENTENCES:
        return AUDIT_SENTENCES[action]
    return action.replace(".", " ").replace("_", " ").capitalize()


def field_label(key: str) -> str:
    return FIELD_LABELS.get(key, key.replace("_", " ").capitalize())


def field_value(key: str, value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        return "; ".join(f"{field_label(k)}: {field_value(k, v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ", ".join(field_value(key, v) for v in value)
    text = str(value)
    if key in ("language", "languages"):
        return language_words(text)
    if key in ("channel", "channels"):
        return channel_words(text)
    if key == "reason":
        return reason_words(text)
    if key == "status":
        return status_words(text)
    return text


def audit_fields(detail: dict | None) -> list[tuple[str, str]]:
    """An event's details as (label, value) pairs, in the order they were written."""
    if not detail:
        return []
    return [(field_label(key), field_value(key, value)) for key, value in detail.items()]


def register_display_words(app: Flask) -> None:
    app.add_template_filter(language_words, "language_words")
    app.add_template_filter(channel_words, "channel_words")
    app.add_template_filter(reason_words, "reason_words")
    app.add_template_filter(status_words, "status_words")
    app.add_template_filter(skip_words, "skip_words")
    app.add_template_filter(consent_rows, "consent_rows")
    app.add_template_filter(consent_source_words, "consent_source_words")
    app.add_template_filter(audit_sentence, "audit_sentence")
    app.add_template_filter(audit_fields, "audit_fields")
