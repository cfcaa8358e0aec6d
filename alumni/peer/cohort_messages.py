"""A message to a group: a coordinator writes one text (in English, Hindi and Marathi) to a
cohort, everyone discharged in a month, a programme, a language group or a meeting's
invitees. Each recipient gets a CheckIn row (kind notice) that the one dispatcher sends, so
consent, quiet hours, discreet mode, the rate cap and retries apply as to any check-in.

Who is in the audience and who is skipped is decided in alumni/domain/cohort_messages.py;
this module loads the facts, writes the rows once per preview token, and tells the renderer
and the timeline about them."""
from __future__ import annotations

from datetime import date

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from alumni.core.audit import audit
from alumni.core.reader_language import language_word
from alumni.core.skip_words_translated import skip_phrase
from alumni.core.timeline import TimelineEntry
from alumni.domain.cohort_messages import (
    IN_PROGRAMME,
    LANGUAGE_WORDS,
    Audience,
    AudienceKind,
    Person,
    Preview,
    preview,
    text_for,
    text_problems,
)
from alumni.extensions import db
from alumni.models import (
    LANGUAGES,
    Alumnus,
    CheckIn,
    CheckInKind,
    Cohort,
    Event,
    EventOccurrence,
    Invitation,
    utcnow,
)
from alumni.models.cohort_message import CohortMessage, CohortMessageRecipient
from alumni.peer.cohort_message_words import audience_said
from alumni.peer.peer_messages import dispatch_now, format_when, owe_text
from alumni.plans.render import address_for
from alumni.plans.shipped_templates import add_missing_templates

TEMPLATE_KEY = "group_message"
REPLY_WINDOW_HOURS = 24
_BODY = "{{ group_message }}{% if centre_name %} - {{ centre_name }}{% endif %}"
# The words are the coordinator's; the template only signs them (not in discreet mode).
TEMPLATES = {"en": ("A message from us", _BODY), "hi": ("हमारी ओर से एक संदेश", _BODY),
             "mr": ("आमच्याकडून एक संदेश", _BODY)}


class CohortMessageInvalid(ValueError):
    def __init__(self, problems: dict[str, str]):
        super().__init__("; ".join(problems.values()))
        self.problems = problems


def ensure_templates() -> None:
    """The group-message template per language, added if missing (never overwriting an
    admin's edit); the caller commits."""
    add_missing_templates({TEMPLATE_KEY: TEMPLATES})
    db.session.flush()


# --- the audience ----------------------------------------------------------------------

def audience_choices() -> dict[str, list[tuple[str, str]]]:
    """kind -> (value, words) a coordinator picks from."""
    in_programme = Alumnus.status.in_(IN_PROGRAMME)
    months = sorted({f"{d:%Y-%m}" for d in db.session.scalars(
        db.select(Alumnus.discharge_date).where(in_programme).distinct())}, reverse=True)
    programmes = db.session.scalars(db.select(Alumnus.programme).where(in_programme, Alumnus.programme.is_not(None))
                                    .distinct().order_by(Alumnus.programme))
    meetings = db.session.execute(
        db.select(EventOccurrence, Event).join(Event, Event.id == EventOccurrence.event_id)
        .where(EventOccurrence.cancelled_at.is_(None), EventOccurrence.invited_at.is_not(None),
               EventOccurrence.starts_at >= utcnow().replace(hour=0, minute=0, second=0, microsecond=0))
        .order_by(EventOccurrence.starts_at).limit(50)).all()
    return {
        AudienceKind.COHORT: [(str(c.id), c.name) for c in db.session.scalars(db.select(Cohort).order_by(Cohort.name))],
        AudienceKind.DISCHARGE_MONTH: [(m, _month_words(m)) for m in months],
        AudienceKind.PROGRAMME: [(p, p) for p in programmes if p],
        AudienceKind.LANGUAGE: [(code, LANGUAGE_WORDS.get(code, code)) for code in LANGUAGES],
        AudienceKind.MEETING: [(str(o.id), f"{e.title}, {format_when(o.starts_at, e.timezone)}") for o, e in meetings],
    }


def _month_words(month: str) -> str:
    return date.fromisoformat(f"{month}-01").strftime("%B %Y")


def audience_words(audience: Audience) -> str:
    """What the audience is, as the pages and the timeline say it."""
    kind, value = audience.kind, audience.value
    if kind == AudienceKind.COHORT:
        cohort = db.session.get(Cohort, int(value)) if value.isdigit() else None
        return f"Cohort {cohort.name}" if cohort else "A cohort no longer on record"
    if kind == AudienceKind.DISCHARGE_MONTH:
        return f"Discharged in {_month_words(value)}"
    if kind == AudienceKind.PROGRAMME:
        return f"Programme {value}"
    if kind == AudienceKind.LANGUAGE:
        return f"Everyone reading {LANGUAGE_WORDS.get(value, value)}"
    occurrence = db.session.get(EventOccurrence, int(value)) if value.isdigit() else None
    if occurrence is None:
        return "A meeting no longer on record"
    return f"Invited to {occurrence.event.title}, {format_when(occurrence.starts_at, occurrence.event.timezone)}"


def _candidates(audience: Audience):
    """The alumni who might be in it, narrowed in SQL; the domain decides who is."""
    query = (db.select(Alumnus).where(Alumnus.status.in_(IN_PROGRAMME)).options(selectinload(Alumnus.consents))
             .order_by(Alumnus.id))
    kind, value = audience.kind, audience.value
    if kind == AudienceKind.COHORT:
        return query.where(Alumnus.cohort_id == (int(value) if value.isdigit() else -1))
    if kind == AudienceKind.LANGUAGE:
        return query.where(Alumnus.language == value)
    if kind == AudienceKind.PROGRAMME:
        return query.where(Alumnus.programme.is_not(None))
    if kind == AudienceKind.MEETING:
        invited = db.select(Invitation.alumnus_id).where(
            Invitation.occurrence_id == (int(value) if value.isdigit() else -1))
        return query.where(Alumnus.id.in_(invited))
    return query


def people(audience: Audience) -> list[Person]:
    invited_to = frozenset([int(audience.value)]) if audience.kind == AudienceKind.MEETING else frozenset()
    return [Person(alumnus_id=a.id, status=a.status, language=a.language or "en", channel=a.preferred_channel,
                   has_consent=a.current_consent(a.preferred_channel),
                   has_address=bool(address_for(a.preferred_channel, a)), discreet=bool(a.discreet),
                   cohort_id=a.cohort_id, programme=a.programme, discharge_date=a.discharge_date,
                   invited_to=invited_to)
            for a in db.session.scalars(_candidates(audience))]


def preview_message(audience: Audience, texts: dict[str, str]) -> Preview:
    """What sending would do now; CohortMessageInvalid when a text is missing or too long."""
    problems = text_problems(texts)
    if problems:
        raise CohortMessageInvalid(problems)
    return preview(audience, people(audience), texts, current_app.config.get("CENTRE_NAME", ""))


# --- sending ---------------------------------------------------------------------------

def send(audience: Audience, texts: dict[str, str], token: str, by=None) -> tuple[CohortMessage, bool]:
    """(the message, whether this call made it). One message per token: posting the
    confirm twice, even at the same moment, makes and sends it once."""
    existing = _by_token(token)
    if existing is not None:
        return existing, False
    result = preview_message(audience, texts)
    message = CohortMessage(token=token, audience_kind=audience.kind, audience_value=audience.value,
                            audience_words=audience_words(audience), text_en=texts.get("en", "").strip(),
                            text_hi=texts.get("hi", "").strip(), text_mr=texts.get("mr", "").strip(),
                            recipients=len(result.recipients), skipped=len(result.skipped),
                            created_by_id=getattr(by, "id", None))
    db.session.add(message)
    try:
        db.session.flush()  # the unique token: a second confirm stops here
    except IntegrityError:
        db.session.rollback()
        return _by_token(token), False
    ensure_templates()
    languages = {a.id: a.language for a in db.session.scalars(
        db.select(Alumnus).where(Alumnus.id.in_([*result.recipients, *result.skipped])))}
    checkin_ids = []
    for alumnus_id in result.recipients:
        checkin = owe_text(alumnus_id, TEMPLATE_KEY, CheckInKind.NOTICE, reply_window_hours=REPLY_WINDOW_HOURS)
        checkin_ids.append(checkin.id)
        db.session.add(CohortMessageRecipient(cohort_message_id=message.id, alumnus_id=alumnus_id,
                                              checkin_id=checkin.id,
                                              language=text_for(languages[alumnus_id], texts)[1]))
    for alumnus_id, reason in result.skipped.items():
        db.session.add(CohortMessageRecipient(cohort_message_id=message.id, alumnus_id=alumnus_id,
                                              language=text_for(languages[alumnus_id], texts)[1],
                                              skip_reason=reason))
    audit("group_message.sent", detail={
        "message_id": message.id, "audience": message.audience_words, "recipients": message.recipients,
        "skipped": {str(reason): n for reason, n in result.skipped_by_reason.items()}}, user=by)
    db.session.commit()
    dispatch_now(checkin_ids)
    return message, True


def _by_token(token: str) -> CohortMessage | None:
    return db.session.scalar(db.select(CohortMessage).where(CohortMessage.token == token))


def delivery_counts(message: CohortMessage) -> dict[str, int]:
    """status of its texts -> how many (queued, sent, delivered, skipped by the dispatcher...)."""
    rows = db.session.execute(
        db.select(CheckIn.status, db.func.count()).join(CohortMessageRecipient,
                                                        CohortMessageRecipient.checkin_id == CheckIn.id)
        .where(CohortMessageRecipient.cohort_message_id == message.id).group_by(CheckIn.status)).all()
    return {status: count for status, count in rows}


def skip_counts(message: CohortMessage) -> dict[str, int]:
    """why people were skipped -> how many, as decided when it was sent."""
    rows = db.session.execute(
        db.select(CohortMessageRecipient.skip_reason, db.func.count())
        .where(CohortMessageRecipient.cohort_message_id == message.id,
               CohortMessageRecipient.skip_reason.is_not(None))
        .group_by(CohortMessageRecipient.skip_reason)).all()
    return {reason: count for reason, count in rows}


# --- the renderer and the timeline -----------------------------------------------------

def group_message_context(checkin: CheckIn) -> dict:
    """The coordinator's words for this recipient (registered with the renderer)."""
    if checkin.template_key != TEMPLATE_KEY:
        return {}
    row = db.session.scalar(db.select(CohortMessageRecipient).where(CohortMessageRecipient.checkin_id == checkin.id))
    if row is None:
        return {}
    return {"group_message": text_for(row.language, row.message.texts())[0]}


def group_message_timeline(alumnus_id: int) -> list[TimelineEntry]:
    entries = []
    rows = db.session.execute(db.select(CohortMessageRecipient, CohortMessage)
                              .join(CohortMessage, CohortMessage.id == CohortMessageRecipient.cohort_message_id)
                              .where(CohortMessageRecipient.alumnus_id == alumnus_id))
    for row, message in rows:
        text = text_for(row.language, message.texts())[0]
        who = message.created_by.display_name if message.created_by else _("staff")
        audience = audience_said(message.audience_kind, message.audience_value, message.audience_words)
        if row.skip_reason:
            entries.append(TimelineEntry(message.created_at, "message",
                                         _("Message to a group not sent to them: %(why)s",
                                           why=skip_phrase(row.skip_reason)),
                                         _("%(audience)s (by %(who)s): %(text)s", audience=audience, who=who,
                                           text=text), "warn"))
        else:
            entries.append(TimelineEntry(message.created_at, "message",
                                         _("Message to a group: %(audience)s", audience=audience),
                                         _("%(text)s (by %(who)s, in %(language)s)", text=text, who=who,
                                           language=language_word(row.language))))
    return entries
