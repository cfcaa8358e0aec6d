"""Texts the peer-support side owes: meeting invitations and reminders, mentor
introductions, nudges and requests. Each is a CheckIn row (kind invitation, reminder,
nudge or notice) that the one dispatcher sends through the one delivery path, so consent,
quiet hours, discreet mode, retries and status callbacks apply exactly as to check-ins.

This module also seeds the en/hi/mr templates (idempotent, never overwriting an admin's
edits) and tells the renderer the event and peer details for such a check-in."""
from __future__ import annotations

from datetime import datetime

from flask import current_app

from alumni.core.consent import has_consent
from alumni.domain.checkin_lifecycle import Move, may, target
from alumni.domain.recurrence import utc_to_local
from alumni.domain.supporter_texts import MENTOR_NUMBER_CONSENT
from alumni.extensions import db
from alumni.models import (
    PREFERRED_CHANNEL,
    CheckIn,
    EventMode,
    EventOccurrence,
    Invitation,
    MentorMessage,
    utcnow,
)
from alumni.plans.shipped_templates import add_missing_templates

_PLACE = "{% if event_place %} {{ event_place }}{% endif %}"
_SIGN = "{% if centre_name %} - {{ centre_name }}{% endif %}"

# key -> language -> (email subject, body). Discreet mode: no event title, no centre, no
# "mentor"/"recovery" words; a shared phone sees an ordinary friendly text.
PEER_TEMPLATES: dict[str, dict[str, tuple[str, str]]] = {
    "event_invitation": {
        "en": ("You're invited",
               "Hi {{ first_name }}, you're invited{% if not discreet %} to {{ event_title }}{% endif %} on "
               "{{ event_when }}{% if event_place %} at {{ event_place }}{% endif %}. Will you come? "
               "Reply YES or NO." + _SIGN),
        "hi": ("निमंत्रण",
               "नमस्ते {{ first_name }}, {{ event_when }} को{% if event_place %} {{ event_place }} पर{% endif %}"
               "{% if not discreet %} {{ event_title }} में{% endif %} आपका स्वागत है। क्या आप आएंगे? "
               "हाँ या नहीं लिखें (YES/NO)।" + _SIGN),
        "mr": ("आमंत्रण",
               "नमस्कार {{ first_name }}, {{ event_when }} रोजी{% if event_place %} {{ event_place }} येथे{% endif %}"
               "{% if not discreet %} {{ event_title }} साठी{% endif %} तुम्हाला आमंत्रण आहे. तुम्ही याल का? "
               "हो किंवा नाही असे उत्तर द्या (YES/NO)." + _SIGN),
    },
    "event_reminder": {
        "en": ("See you tomorrow",
               "Reminder: {% if not discreet %}{{ event_title }}, {% endif %}tomorrow {{ event_when }}"
               "{% if event_place %} at {{ event_place }}{% endif %}. See you there, {{ first_name }}! "
               "Reply NO if you can't come." + _SIGN),
        "hi": ("कल मिलते हैं",
               "याद दिलाना: कल {{ event_when }}{% if event_place %}, {{ event_place }}{% endif %}"
               "{% if not discreet %} - {{ event_title }}{% endif %}। मिलते हैं, {{ first_name }}! "
               "न आ सकें तो नहीं लिखें।" + _SIGN),
        "mr": ("उद्या भेटूया",
               "आठवण: उद्या {{ event_when }}{% if event_place %}, {{ event_place }}{% endif %}"
               "{% if not discreet %} - {{ event_title }}{% endif %}. भेटूया, {{ first_name }}! "
               "येणे जमत नसेल तर नाही लिहा." + _SIGN),
    },
    "event_cancelled": {
        "en": ("Change of plan",
               "Hi {{ first_name }}, sorry: {% if not discreet %}{{ event_title }} on {% else %}the meeting on "
               "{% endif %}{{ event_when }} is cancelled. We hope to see you at the next one." + _SIGN),
        "hi": ("कार्यक्रम में बदलाव",
               "नमस्ते {{ first_name }}, माफ़ कीजिए: {{ event_when }} की{% if not discreet %} {{ event_title }}"
               "{% else %} मुलाक़ात{% endif %} रद्द हो गई है। अगली बार आपसे मिलने की उम्मीद है।" + _SIGN),
        "mr": ("बेतात बदल",
               "नमस्कार {{ first_name }}, क्षमस्व: {{ event_when }} रोजीची{% if not discreet %} {{ event_title }}"
               "{% else %} भेट{% endif %} रद्द झाली आहे. पुढच्या वेळी भेटूया." + _SIGN),
    },
    "mentor_intro_mentee": {
        "en": ("Someone to talk to",
               "Hi {{ first_name }}, meet {{ peer_name }}{% if not discreet %}, your peer mentor, who has "
               "walked this road for over a year{% endif %}. {{ peer_name }} will call you soon from "
               "{{ peer_phone }}. Reply MENTOR any time to ask them to get in touch." + _SIGN),
        "hi": ("बात करने के लिए कोई",
               "नमस्ते {{ first_name }}, मिलिए {{ peer_name }} से{% if not discreet %}, आपके साथी मार्गदर्शक"
               "{% endif %}। {{ peer_name }} जल्द ही {{ peer_phone }} से आपको फ़ोन करेंगे। जब चाहें MENTOR "
               "लिखें, वे आपसे संपर्क करेंगे।" + _SIGN),
        "mr": ("बोलायला कोणी",
               "नमस्कार {{ first_name }}, भेटा {{ peer_name }} यांना{% if not discreet %}, तुमचे सोबती मार्गदर्शक"
               "{% endif %}. {{ peer_name }} लवकरच {{ peer_phone }} वरून फोन करतील. कधीही MENTOR लिहा, "
               "ते तुमच्याशी संपर्क करतील." + _SIGN),
    },
    "mentor_intro_mentor": {
        "en": ("A new person to welcome",
               "Hi {{ first_name }}, thank you for {% if discreet %}offering to help{% else %}being a peer "
               "mentor{% endif %}. Please welcome {{ peer_name }} ({{ peer_phone }}); a call in the next "
               "few days would mean a lot." + _SIGN),
        "hi": ("नए साथी का स्वागत",
               "नमस्ते {{ first_name }}, {% if discreet %}मदद के लिए{% else %}साथी मार्गदर्शक बनने के लिए"
               "{% endif %} धन्यवाद। कृपया {{ peer_name }} ({{ peer_phone }}) का स्वागत करें; अगले कुछ दिनों "
               "में एक फ़ोन बहुत मायने रखेगा।" + _SIGN),
        "mr": ("नव्या सोबत्याचे स्वागत",
               "नमस्कार {{ first_name }}, {% if discreet %}मदतीसाठी{% else %}सोबती मार्गदर्शक होण्यासाठी"
               "{% endif %} धन्यवाद. कृपया {{ peer_name }} ({{ peer_phone }}) यांचे स्वागत करा; पुढच्या काही "
               "दिवसांत एक फोन खूप महत्त्वाचा ठरेल." + _SIGN),
    },
    # The mentee has not agreed to give the mentor their number: the centre puts them in
    # touch ({{ peer_phone }} is the centre's contact here).
    "mentor_intro_via_centre": {
        "en": ("A new person to welcome",
               "Hi {{ first_name }}, thank you for {% if discreet %}offering to help{% else %}being a peer "
               "mentor{% endif %}. We would like you to welcome {{ peer_name }}. Please call us on "
               "{{ peer_phone }} and we will put you in touch." + _SIGN),
        "hi": ("नए साथी का स्वागत",
               "नमस्ते {{ first_name }}, {% if discreet %}मदद के लिए{% else %}साथी मार्गदर्शक बनने के लिए"
               "{% endif %} धन्यवाद। हम चाहते हैं कि आप {{ peer_name }} का स्वागत करें। कृपया हमें "
               "{{ peer_phone }} पर फ़ोन करें, हम आपकी बात करवा देंगे।" + _SIGN),
        "mr": ("नव्या सोबत्याचे स्वागत",
               "नमस्कार {{ first_name }}, {% if discreet %}मदतीसाठी{% else %}सोबती मार्गदर्शक होण्यासाठी"
               "{% endif %} धन्यवाद. तुम्ही {{ peer_name }} यांचे स्वागत करावे असे आम्हाला वाटते. कृपया "
               "आम्हाला {{ peer_phone }} वर फोन करा, आम्ही तुमची भेट घडवून आणू." + _SIGN),
    },
    "mentor_nudge": {
        "en": ("A good moment to call",
               "Hi {{ first_name }}, this is a good moment to check in with {{ peer_name }} "
               "({{ peer_phone }}). A short call or message helps." + _SIGN),
        "hi": ("फ़ोन करने का अच्छा समय",
               "नमस्ते {{ first_name }}, {{ peer_name }} ({{ peer_phone }}) का हालचाल पूछने का यह अच्छा समय "
               "है। एक छोटा सा फ़ोन या संदेश मदद करता है।" + _SIGN),
        "mr": ("फोन करण्याची चांगली वेळ",
               "नमस्कार {{ first_name }}, {{ peer_name }} ({{ peer_phone }}) यांची खुशाली विचारण्याची ही "
               "चांगली वेळ आहे. एक छोटा फोन किंवा संदेश मदत करतो." + _SIGN),
    },
    "mentor_request": {
        "en": ("Please get in touch",
               "Hi {{ first_name }}, {{ peer_name }} asked to hear from you. Please call or text "
               "{{ peer_phone }} when you can." + _SIGN),
        "hi": ("कृपया संपर्क करें",
               "नमस्ते {{ first_name }}, {{ peer_name }} आपसे बात करना चाहते हैं। कृपया जल्द "
               "{{ peer_phone }} पर फ़ोन या संदेश करें।" + _SIGN),
        "mr": ("कृपया संपर्क करा",
               "नमस्कार {{ first_name }}, {{ peer_name }} यांना तुमच्याशी बोलायचे आहे. कृपया लवकर "
               "{{ peer_phone }} वर फोन किंवा संदेश करा." + _SIGN),
    },
}


def ensure_peer_templates() -> None:
    """Add any missing peer-support template (the caller commits)."""
    add_missing_templates(PEER_TEMPLATES)
    db.session.flush()


def owe_text(alumnus_id: int, template_key: str, kind: str, due_at: datetime | None = None,
             reply_window_hours: int = 48) -> CheckIn:
    """A CheckIn row for the dispatcher, in the caller's transaction (the caller commits)."""
    checkin = CheckIn(alumnus_id=alumnus_id, kind=kind, template_key=template_key,
                      channel=PREFERRED_CHANNEL, due_at=due_at or utcnow(),
                      status=target(Move.CREATE), reply_window_hours=max(1, reply_window_hours))
    db.session.add(checkin)
    db.session.flush()
    return checkin


def dispatch_now(checkin_ids: list[int]) -> None:
    """After the caller's commit: hand rows due now straight to the dispatcher (as
    check_in_now does) instead of waiting up to a minute for its periodic run. The
    dispatcher decides consent, status and quiet hours exactly as for any check-in."""
    if checkin_ids:
        from alumni.delivery.dispatcher import dispatch_checkins
        dispatch_checkins(checkin_ids)


def cancel_if_unsent(checkin: CheckIn | None, reason: str) -> bool:
    """Stop a text that has not gone yet. A `queued` one is stopped too: its send job
    only proceeds from `queued`, so it finds nothing to do."""
    if checkin is None or not may(Move.CANCEL_UNSENT, checkin.status):
        return False
    checkin.take(Move.CANCEL_UNSENT)
    checkin.skip_reason = reason
    return True


def _invitation_of(checkin: CheckIn) -> Invitation | None:
    if checkin.template_key != "event_cancelled":
        return db.session.scalar(db.select(Invitation).where(
            (Invitation.checkin_id == checkin.id) | (Invitation.reminder_checkin_id == checkin.id)))
    # A cancellation notice is made in the same instant its meeting is cancelled.
    return db.session.scalar(
        db.select(Invitation).join(EventOccurrence, EventOccurrence.id == Invitation.occurrence_id)
        .where(Invitation.alumnus_id == checkin.alumnus_id, EventOccurrence.cancelled_at.is_not(None),
               EventOccurrence.cancelled_at <= checkin.created_at)
        .order_by(EventOccurrence.cancelled_at.desc()).limit(1))


def format_when(at_utc: datetime, tz_name: str) -> str:
    """'Sun 12 May, 18:30' in the reader's own time zone."""
    local = utc_to_local(at_utc, tz_name)
    return f"{local:%a} {local.day} {local:%b}, {local:%H:%M}"


# A hybrid meeting's place and link as one phrase in the reader's language. It fills
# event_place, so it reads in the sentence every invitation and reminder template already
# has ("at {{ event_place }}", "{{ event_place }} पर", "{{ event_place }} येथे"), including
# templates an admin has edited.
HYBRID_PLACE = {
    "en": "{place}, or online at {link}",
    "hi": "{place} पर या ऑनलाइन {link}",
    "mr": "{place} येथे किंवा ऑनलाइन {link}",
}


def event_place(event, language: str) -> str:
    if event.mode == EventMode.ONLINE:
        return event.link
    if event.mode == EventMode.HYBRID:
        return HYBRID_PLACE.get(language, HYBRID_PLACE["en"]).format(place=event.place, link=event.link)
    return event.place


def peer_context(checkin: CheckIn) -> dict:
    """Template variables for a peer-support check-in (registered with the renderer)."""
    if checkin.template_key in ("event_invitation", "event_reminder", "event_cancelled"):
        from alumni.peer.supporter_invitations import supporter_invitation_of  # it sends through this module
        invitation = supporter_invitation_of(checkin) if checkin.supporter_id else _invitation_of(checkin)
        if invitation is None:
            return {}
        event = invitation.occurrence.event
        tz = checkin.alumnus.timezone if checkin.alumnus else event.timezone
        return {"event_title": event.title,
                "event_when": format_when(invitation.occurrence.starts_at, tz or event.timezone),
                "event_place": event_place(event, checkin.alumnus.language if checkin.alumnus else "")}
    if checkin.template_key.startswith("mentor_"):
        link = db.session.scalar(db.select(MentorMessage).where(MentorMessage.checkin_id == checkin.id))
        if link is None:
            return {}
        match = link.match
        peer = match.mentee if checkin.alumnus_id == match.mentor_id else match.mentor
        return {"peer_name": peer.first_name, "peer_phone": _peer_phone(peer, to_mentor=peer is match.mentee)}
    return {}


def _peer_phone(peer, *, to_mentor: bool) -> str:
    """The number a mentor's text gives for the mentee only with the mentee's consent
    (asked again at each send: it may have been withdrawn); otherwise the centre's."""
    if to_mentor and not has_consent(peer.id, MENTOR_NUMBER_CONSENT):
        return current_app.config.get("CENTRE_CONTACT", "")
    return peer.phone or peer.email or ""
