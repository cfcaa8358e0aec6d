"""The words staff read in place of the codes the database keeps: "Marathi (मराठी)" not
"mr", "SMS" not "sms", "Waiting to send" not "scheduled", and each audit event as a
sentence with labelled details instead of JSON, each in the staff member's language
(lazy strings, put into words when shown). Registered as Jinja filters by create_app
through register_display_words:

    {{ alumnus.language|language_words }}   ->  "Marathi (मराठी)"
    {{ 'sms'|channel_words }}               ->  "SMS"
    {{ case.reason|reason_words }}          ->  "Low wellbeing score"
    {{ checkin.status|status_words }}       ->  "Waiting to send"
    {{ checkin.skip_reason|skip_words }}    ->  "not sent: no SMS consent"
    {{ late|late_words }}                   ->  "No appointment booked 9 days after the referral"
    {{ case.note|case_note_words }}         ->  "Referral #3: No appointment booked ... ."
    {{ case.outcome|outcome_words }}        ->  "Reached: doing all right"
    {{ event|audit_sentence }}              ->  "Opened a follow-up case"
    {{ event.detail|audit_fields }}         ->  [("Email", "a@b.org"), ("Role", "staff")]
"""
from __future__ import annotations

from flask import Flask
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from alumni.core.case_words import outcome_words
from alumni.core.handling_words import handling_words
from alumni.core.skip_words_translated import skip_words
from alumni.core.timeline import badge_words
from alumni.domain.vocabulary import PREFERRED_CHANNEL, Channel
from alumni.recovery.referral_words_translated import late_words
from alumni.web.workspace.case_note_words import case_note_excerpt, case_note_words, trigger_words
from alumni.workspace.followups import reason_words

LANGUAGE_WORDS = {"en": _l("English"), "hi": _l("Hindi (हिंदी)"), "mr": _l("Marathi (मराठी)")}
# "preferred": a planned check-in that goes by whichever channel the alumnus prefers when it is sent.
CHANNEL_WORDS = {Channel.SMS: "SMS", Channel.WHATSAPP: "WhatsApp", Channel.EMAIL: _l("Email"),
                 PREFERRED_CHANNEL: _l("Their preferred channel")}
# What else goes out on a check-in's row besides the usual check-in (CheckInKind).
CHECKIN_KIND_WORDS = {
    "checkin": _l("check-in"),
    "nudge": _l("reminder after no reply"),
    "invitation": _l("meeting invitation"),
    "reminder": _l("meeting reminder"),
    "notice": _l("notice"),
}
# Check-in, case and alumnus statuses (the values never collide in meaning).
STATUS_WORDS = {
    "scheduled": _l("Waiting to send"),
    "queued": _l("About to send"),
    "sending": _l("Sending"),
    "sent": _l("Sent"),
    "delivered": _l("Delivered"),
    "replied": _l("Replied"),
    "missed": _l("No reply"),
    "failed": _l("Could not be sent"),
    "skipped": _l("Not sent"),
    "cancelled": _l("Cancelled"),
    "open": _l("Open"),
    "snoozed": _l("Snoozed"),
    "resolved": _l("Resolved"),
    "active": _l("Active"),
    "paused": _l("Paused"),
    "withdrawn": _l("Withdrawn"),
    "erased": _l("Erased"),
}


# What a consent row is about, beyond the three channels (alumni/domain/milestones.py,
# supporter_texts.py), and how it was given (ConsentSource).
CONSENT_WORDS = {
    Channel.SMS: "SMS", Channel.WHATSAPP: "WhatsApp", Channel.EMAIL: _l("Email"),
    "milestones": _l("Milestone texts"),
    "mentor_number": _l("Their number given to their mentor"),
}
CONSENT_SOURCE_WORDS = {
    "form": _l("on a form"),
    "paper": _l("on paper"),
    "keyword": _l("by a text (START or STOP)"),
    "api": _l("through the API"),
    "csv": _l("by a file import"),
    "carrier": _l("by the phone company"),
}

AUDIT_SENTENCES = {
    "alumnus.read": _l("Viewed an alumnus's record"),
    "alumnus.enrolled": _l("Enrolled an alumnus"),
    "alumnus.updated": _l("Changed an alumnus's details"),
    "alumnus.paused": _l("Paused an alumnus's follow-up"),
    "alumnus.resumed": _l("Resumed an alumnus's follow-up"),
    "alumnus.withdrawn": _l("Withdrew an alumnus from follow-up"),
    "alumnus.erased": _l("Erased an alumnus's personal details"),
    "alumni.exported": _l("Exported alumni to a file"),
    "consent.granted": _l("Recorded consent"),
    "sobriety_date.changed": _l("Set a new sobriety date after a relapse"),
    "sobriety_date.kept": _l("Kept the sobriety date after a relapse"),
    "checkin.requested": _l("Asked for a check-in to be sent now"),
    "checkin.missed": _l("A check-in went unanswered"),
    "checkin.failed": _l("A check-in could not be sent"),
    "contact.logged": _l("Logged a contact"),
    "followup.opened": _l("Opened a follow-up case"),
    "followup.read": _l("Viewed a follow-up case"),
    "followup.merged": _l("Merged follow-up cases"),
    "followup.linked": _l("Linked a message to a case"),
    "followup.woken": _l("A snoozed case came back"),
    "followup.realerted": _l("Alerted on-call staff again"),
    "followup.crisis_again": _l("Crisis words again in an open case"),
    "message.received": _l("Received a message"),
    "message.undelivered": _l("A message could not be delivered"),
    "message.linked": _l("Linked a message to an alumnus"),
    "message.dismissed": _l("Dismissed a message"),
    "login.success": _l("Signed in"),
    "login.failure": _l("Failed to sign in"),
    "login.locked": _l("Sign-in locked after repeated failures"),
    "logout": _l("Signed out"),
    "password.changed": _l("Changed their password"),
    "password.reset": _l("Reset a password"),
    "user.created": _l("Created a user"),
    "user.updated": _l("Changed a user"),
    "user.activated": _l("Reactivated a user"),
    "user.deactivated": _l("Deactivated a user"),
    "token.created": _l("Created an API token"),
    "token.revoked": _l("Revoked an API token"),
    "plan.saved": _l("Saved a follow-up plan"),
    "plan.attached": _l("Put an alumnus on a plan"),
    "plan.replanned": _l("Rescheduled an alumnus's check-ins"),
    "template.saved": _l("Saved a message template"),
    "supporter.added": _l("Added a supporter"),
    "supporter.removed": _l("Removed a supporter"),
    "relapse.recorded": _l("Recorded a relapse"),
    "relapse.closer_plan_applied": _l("Moved to a closer follow-up plan"),
    "relapse.closer_plan_declined": _l("Declined a closer follow-up plan"),
    "mentor.requested": _l("Asked for a mentor"),
    "mentor.profile_created": _l("Created a mentor profile"),
    "mentor.matched": _l("Matched a mentor"),
    "mentor.match_ended": _l("Ended a mentor match"),
    "mentor.list_viewed": _l("Viewed the mentor list"),
    "event.created": _l("Created a meeting"),
    "event.updated": _l("Changed a meeting"),
    "event.cancelled": _l("Cancelled a meeting"),
    "event.occurrence_cancelled": _l("Cancelled one date of a meeting"),
    "event.invited": _l("Invited alumni to a meeting"),
    "event.invitations_viewed": _l("Viewed a meeting's invitations"),
    "event.sign_in_viewed": _l("Viewed a meeting's sign-in sheet"),
    "event.rsvp": _l("Recorded an RSVP"),
    "event.attendance": _l("Recorded attendance"),
    "event.reminder_owed": _l("A meeting reminder is due"),
    "event.cancellation_owed": _l("A cancellation text is due"),
    "ladder.nudge": _l("Sent a reminder after no reply"),
    "ladder.call_task": _l("Asked staff to call after no reply"),
    "on_call.shift_added": _l("Added an on-call shift"),
    "on_call.shift_removed": _l("Removed an on-call shift"),
    "outbox.viewed": _l("Viewed the outbox"),
    "outbox.replied_as_alumnus": _l("Replied as an alumnus in the test outbox"),
    "followup.claimed": _l("Took a follow-up case"),
    "followup.assigned": _l("Assigned a follow-up case"),
    "followup.acknowledged": _l("Acknowledged a crisis"),
    "followup.snoozed": _l("Snoozed a follow-up case"),
    "followup.resolved": _l("Resolved a follow-up case"),
    "followup.contact_logged": _l("Logged a contact on a case"),
    "event.supporter_invited": _l("Invited a supporter to a meeting"),
    "event.supporter_rsvp": _l("Recorded a supporter's RSVP"),
    "group_message.sent": _l("Sent a message to a group"),
    "mentor.concern": _l("A mentor raised a concern"),
    "monitor.answered": _l("Answered the recovery monitor"),
    "monitor.expired": _l("The recovery monitor went unanswered"),
    "referral.made": _l("Referred back to treatment"),
    "referral.linked": _l("Linked a referral to a case"),
    "referral.step": _l("Recorded a referral's next step"),
    "referral.updated": _l("Changed a referral's details"),
}
# Detail keys whose plain label is not just the key with spaces.
FIELD_LABELS = {"ip": _l("Address"), "id": _l("Id"), "sms": "SMS", "url": _l("Address"),
                "what": _l("What"), "followup_id": _l("Case"), "message_id": _l("Message"), "reason": _l("Reason"),
                "fields": _l("Fields"), "source": _l("How"), "email": _l("Email"), "role": _l("Role"),
                "channel": _l("Channel"), "status": _l("Status"), "language": _l("Language"),
                "plan": _l("Plan"), "search": _l("Search"), "count": _l("Count"), "supporter_id": _l("Supporter"),
                "user_agent": _l("Browser"), "name": _l("Name"), "referral_id": _l("Referral"),
                "event_id": _l("Meeting"), "occurrence_id": _l("Meeting date"), "match_id": _l("Mentor match"),
                "checkin_id": _l("Check-in"), "user_id": _l("User"), "plan_id": _l("Plan"),
                "handling": _l("What was done"),
                # The details' other keys, as the services write them (tests/test_audit_detail_words.py
                # finds each key written in an audit call and checks it has its words here).
                "active": _l("Active"),
                "as": _l("Role in the match"),
                "audience": _l("Audience"),
                "cancelled": _l("Cancelled"),
                "capacity": _l("Places"),
                "changes": _l("Changes"),
                "checkin": _l("Check-in"),
                "checkins": _l("Check-ins"),
                "code": _l("Error code"),
                "consent": _l("Consent"),
                "created": _l("Created"),
                "day": _l("Day"),
                "days": _l("Days"),
                "deferred_to": _l("Moved to"),
                "filters": _l("Filters"),
                "from": _l("Before"),
                "into_followup_id": _l("Merged into case"),
                "invitation_id": _l("Invitation"),
                "item": _l("Item"),
                "key": _l("Template"),
                "kind": _l("Kind"),
                "languages": _l("Languages"),
                "limit": _l("Limit"),
                "may_contact": _l("May be contacted"),
                "mentee_id": _l("Mentee"),
                "mentor_id": _l("Mentor"),
                "moved": _l("Moved"),
                "nudge_checkin_id": _l("Reminder"),
                "outcome": _l("Outcome"),
                "people": _l("People"),
                "present": _l("Present"),
                "previous": _l("Before"),
                "recipients": _l("Recipients"),
                "relapse_event_id": _l("Relapse"),
                "round_id": _l("Alert round"),
                "rsvp": _l("Answer"),
                "scheduled": _l("Waiting to send"),
                "scopes": _l("Scopes"),
                "shift": _l("Shift"),
                "shifts": _l("Shifts"),
                "shown": _l("Shown"),
                "skipped": _l("Skipped"),
                "skipped_late": _l("Skipped as too late"),
                "step": _l("Step"),
                "steps": _l("Steps"),
                "supporter_invitation_id": _l("Supporter's invitation"),
                "supporters": _l("Supporters"),
                "template": _l("Template"),
                "title": _l("Title"),
                "token_id": _l("API token"),
                "told": _l("Told"),
                "user": _l("User"),
                "value": _l("Value"),
                "week": _l("Week"),
}


def language_words(code: str | None) -> str:
    if not code:
        return ""
    return str(LANGUAGE_WORDS.get(code, code))


def channel_words(code: str | None) -> str:
    if not code:
        return ""
    return str(CHANNEL_WORDS.get(code, code))


def status_words(code: str | None) -> str:
    if not code:
        return ""
    return str(STATUS_WORDS.get(code, code.replace("_", " ").capitalize()))


def checkin_kind_words(code: str | None) -> str:
    if not code:
        return ""
    return str(CHECKIN_KIND_WORDS.get(code, code))


def consent_rows(consents) -> list[tuple[str, object | None]]:
    """The newest consent per kind, the three channels first (each shown even with no row,
    as "no"), then any other agreement on record: (words, newest row or None)."""
    newest: dict[str, object] = {}
    for consent in consents:
        if consent.channel not in newest or consent.id > newest[consent.channel].id:
            newest[consent.channel] = consent
    kinds = [str(c) for c in Channel] + sorted(k for k in newest if k not in set(Channel))
    return [(str(CONSENT_WORDS.get(kind, kind.replace("_", " ").capitalize())), newest.get(kind)) for kind in kinds]


def consent_source_words(source: str | None) -> str:
    return str(CONSENT_SOURCE_WORDS.get(source or "", source or ""))


def audit_sentence(action: str) -> str:
    """An action code as a sentence; an action not listed still reads as words."""
    if action in AUDIT_SENTENCES:
        return str(AUDIT_SENTENCES[action])
    return action.replace(".", " ").replace("_", " ").capitalize()


def field_label(key: str) -> str:
    return str(FIELD_LABELS.get(key, key.replace("_", " ").capitalize()))


def field_value(key: str, value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
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
        return str(reason_words(text))
    if key == "status":
        return status_words(text)
    if key == "handling":
        return handling_words(text)
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
    app.add_template_filter(badge_words, "badge_words")
    app.add_template_filter(checkin_kind_words, "checkin_kind_words")
    app.add_template_filter(skip_words, "skip_words")
    app.add_template_filter(late_words, "late_words")
    app.add_template_filter(case_note_words, "case_note_words")
    app.add_template_filter(trigger_words, "trigger_words")
    app.add_template_filter(case_note_excerpt, "case_note_excerpt")
    app.add_template_filter(outcome_words, "outcome_words")
    app.add_template_filter(consent_rows, "consent_rows")
    app.add_template_filter(consent_source_words, "consent_source_words")
    app.add_template_filter(audit_sentence, "audit_sentence")
    app.add_template_filter(audit_fields, "audit_fields")
