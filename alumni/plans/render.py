"""Turning a CheckIn row into the words and address that go out (used by the send job).

The template is looked up by the check-in's key in the alumnus's language (English when
that language has no version), rendered in the sandbox with the fixed variable set.
Discreet mode empties `centre_name` and uses a neutral email subject, so nothing on a
shared phone or inbox names the centre.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import current_app

from alumni import wiring
from alumni.domain.message_templates import TEMPLATE_VARIABLES, TemplateProblem, render_text
from alumni.domain.vocabulary import Channel
from alumni.extensions import db
from alumni.models import PREFERRED_CHANNEL, Alumnus, CheckIn, MessageTemplate, Supporter

FALLBACK_LANGUAGE = "en"
DISCREET_SUBJECT = "Hello"

@dataclass(frozen=True)
class RenderedMessage:
    channel: str   # sms | whatsapp | email
    to: str        # E.164 or email address
    subject: str   # email only ("" otherwise)
    body: str


class CannotRender(LookupError):
    """No template, no address for the channel, a template that does not render (within
    its bounds): the check-in cannot be sent as it stands."""


def resolve_channel(channel: str, alumnus: Alumnus) -> str:
    """"preferred" means the alumnus's preferred channel at the moment of sending."""
    return alumnus.preferred_channel if channel == PREFERRED_CHANNEL else channel


def address_for(channel: str, alumnus: Alumnus | Supporter) -> str | None:
    """The alumnus's address on the channel, or their supporter's for a text addressed to one."""
    return alumnus.email if channel == Channel.EMAIL else alumnus.phone


def supporter_of(checkin: CheckIn) -> Supporter | None:
    """The supporter a check-in is addressed to (a family-session invitation), or None."""
    return db.session.get(Supporter, checkin.supporter_id) if checkin.supporter_id else None


def find_template(key: str, language: str) -> MessageTemplate | None:
    if "\x00" in key:
        return None     # no key holds a NUL, and PostgreSQL refuses one in a query's text
    found = db.session.scalar(db.select(MessageTemplate).where(
        MessageTemplate.key == key, MessageTemplate.language == language))
    if found is None and language != FALLBACK_LANGUAGE:
        found = db.session.scalar(db.select(MessageTemplate).where(
            MessageTemplate.key == key, MessageTemplate.language == FALLBACK_LANGUAGE))
    return found


def template_variables(alumnus: Alumnus, today: date | None = None, extra: dict | None = None) -> dict:
    """The fixed variable set for one alumnus (see TEMPLATE_VARIABLES)."""
    today = today or date.today()
    days = max(0, (today - alumnus.discharge_date).days) if alumnus.discharge_date else 0
    discreet = bool(alumnus.discreet)
    values = {
        "first_name": alumnus.first_name or "",
        "centre_name": "" if discreet else current_app.config.get("CENTRE_NAME", ""),
        "discreet": discreet,
        "days_since_discharge": days,
        "months_since_discharge": days // 30,
        "helpline": current_app.config.get("CRISIS_HELPLINE", ""),
        "event_title": "", "event_when": "", "event_place": "",
        "peer_name": "", "peer_phone": "", "milestone": "", "group_message": "", "monitor_question": "",
    }
    for name, value in (extra or {}).items():
        if name in TEMPLATE_VARIABLES and name not in ("centre_name", "discreet"):
            values[name] = value
    return values


def render_template_for(template: MessageTemplate, alumnus: Alumnus, channel: str,
                        extra: dict | None = None) -> tuple[str, str]:
    """(subject, body) of a template for one alumnus; TemplateProblem if it fails."""
    values = template_variables(alumnus, extra=extra)
    body = render_text(template.body, values)
    subject = ""
    if channel == Channel.EMAIL:
        subject = DISCREET_SUBJECT if alumnus.discreet else (render_text(template.subject, values)
                                                            if template.subject else DISCREET_SUBJECT)
    return subject, body


def render_checkin(checkin: CheckIn) -> RenderedMessage:
    """The message for this check-in, in the alumnus's language; CannotRender if it has no
    template or the alumnus has no address on the channel."""
    alumnus = checkin.alumnus or db.session.get(Alumnus, checkin.alumnus_id)
    channel = resolve_channel(checkin.channel, alumnus)
    supporter = supporter_of(checkin)
    to = address_for(channel, supporter or alumnus)
    if not to:
        raise CannotRender(f"no {channel} address on record")
    template = find_template(checkin.template_key, alumnus.language or FALLBACK_LANGUAGE)
    if template is None:
        raise CannotRender(f"no message template {checkin.template_key!r}")
    extra: dict = {}
    for source in wiring.message_variable_sources():  # other areas' variables, e.g. event_title
        extra.update(source(checkin) or {})
    if supporter is not None:
        # Greeted by their own name; the language, time zone and discreet mode stay the
        # alumnus's (a supporter has none of their own on record: the household's).
        extra["first_name"] = supporter.name.split()[0] if supporter.name.split() else ""
    try:
        subject, body = render_template_for(template, alumnus, channel, extra)
    except TemplateProblem as problem:
        # Saved before its bounds existed, or failing only on this alumnus's values: the
        # check-in fails with the reason rather than the job retrying it for ever.
        raise CannotRender(f"message template {template.key!r} ({template.language}) cannot be rendered: "
                           f"{problem}") from None
    return RenderedMessage(channel=channel, to=to, subject=subject, body=body)
