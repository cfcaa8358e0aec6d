"""Editing message templates: preview for a chosen alumnus, and save only what renders."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from alumni.core.audit import audit, audit_read
from alumni.domain.message_templates import TemplateProblem, render_text, template_problem
from alumni.domain.sms_segments import SmsSegments, count_segments
from alumni.extensions import db
from alumni.models import LANGUAGES, Alumnus, MessageTemplate
from alumni.plans.render import template_variables

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,59}$")


class TemplateRefused(ValueError):
    """The template was not saved; str() is the reason in plain words: one of REFUSALS, or
    a TemplateProblem's sentence (alumni/domain/message_templates.py PROBLEMS)."""


# Each refusal once, in English with its {parts}; the editor says it in the reader's
# language (alumni/web/plans/editor_words.py; a test checks the two agree).
BAD_KEY = "the key must start with a letter and use only a-z, 0-9 and _ (up to 60)"
BAD_LANGUAGE = "the language must be one of {languages}"
KEY_TAKEN = "a {language} template called '{key}' already exists"
REFUSALS = (BAD_KEY, BAD_LANGUAGE, KEY_TAKEN)


@dataclass(frozen=True)
class Preview:
    subject: str
    body: str
    segments: SmsSegments | None
    problem: str | None
    person: str       # whose values filled the template: a name
    discreet: bool    # rendered as discreet mode renders it (the page says so in words)


def _sample_alumnus(language: str) -> Alumnus:
    """An unsaved stand-in, so a preview works before anyone is enrolled."""
    return Alumnus(first_name="Asha", last_name="Sample", language=language, discreet=False,
                   discharge_date=date.today() - timedelta(days=30))


def preview(body: str, subject: str = "", language: str = "en", alumnus_id: int | None = None,
            discreet: bool | None = None) -> Preview:
    """Render the draft as it would reach this alumnus (or a sample one). Reading a real
    alumnus's record for a preview is audited like any other read."""
    alumnus = db.session.get(Alumnus, alumnus_id) if alumnus_id else None
    if alumnus is not None:
        audit_read(alumnus.id, "template preview")
    person = alumnus or _sample_alumnus(language)
    values = template_variables(person)
    if discreet is not None:
        values["discreet"] = discreet
        values["centre_name"] = "" if discreet else values["centre_name"]
    person_name, discreet = person.full_name, bool(values["discreet"])
    try:
        text = render_text(body, values)
        heading = render_text(subject, values) if subject else ""
    except TemplateProblem as problem:
        return Preview("", "", None, str(problem), person_name, discreet)
    return Preview(heading, text, count_segments(text), template_problem(body, subject), person_name, discreet)


def save_template(key: str, language: str, body: str, subject: str = "",
                  template: MessageTemplate | None = None) -> MessageTemplate:
    """Create or change a template; TemplateRefused (nothing saved) when it would not render."""
    key = (key or "").strip().lower()
    if not KEY_PATTERN.match(key):
        raise TemplateRefused(BAD_KEY)
    if language not in LANGUAGES:
        raise TemplateRefused(BAD_LANGUAGE.format(languages=", ".join(LANGUAGES)))
    problem = template_problem(body, subject)
    if problem:
        raise TemplateRefused(problem)
    if template is None:
        clash = db.session.scalar(db.select(MessageTemplate).where(
            MessageTemplate.key == key, MessageTemplate.language == language))
        if clash is not None:
            raise TemplateRefused(KEY_TAKEN.format(language=language, key=key))
        template = MessageTemplate(key=key, language=language)
        db.session.add(template)
    template.body, template.subject = body.strip(), (subject or "").strip()
    db.session.flush()
    audit("template.saved", detail={"key": key, "language": language, "template": template.id})
    db.session.commit()
    return template


def template_keys() -> list[str]:
    return list(db.session.scalars(db.select(MessageTemplate.key).distinct().order_by(MessageTemplate.key)))
