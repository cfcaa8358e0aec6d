"""The message templates the code ships with (check-in, welcome, monitor, peer, group and
milestone texts): each (key, language) is added where missing and never written over, so an
admin's edit stays. In the caller's transaction; the caller flushes or commits."""
from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.exc import IntegrityError

from alumni.extensions import db
from alumni.models import MessageTemplate

# key -> language -> (email subject, body)
Templates = Mapping[str, Mapping[str, tuple[str, str]]]


def add_missing_templates(templates: Templates, *, each_in_savepoint: bool = False) -> bool:
    """Add the templates not stored yet; True when any was added. each_in_savepoint: for a
    periodic job that may run beside itself, each row goes in its own savepoint and the
    other run's row, the same template, is taken as it is."""
    existing = {(key, language) for key, language in db.session.execute(
        db.select(MessageTemplate.key, MessageTemplate.language).where(MessageTemplate.key.in_(list(templates))))}
    added = False
    for key, languages in templates.items():
        for language, (subject, body) in languages.items():
            if (key, language) in existing:
                continue
            row = MessageTemplate(key=key, language=language, subject=subject, body=body)
            if not each_in_savepoint:
                db.session.add(row)
            else:
                try:
                    with db.session.begin_nested():
                        db.session.add(row)
                except IntegrityError:
                    continue  # the other run's row is the same template
            added = True
    return added
