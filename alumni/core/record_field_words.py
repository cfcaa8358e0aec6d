"""A record change's field names, as the timeline's "Changed: first name, phone" names them,
in the reader's language. alumni/records/editing.py stores the changed fields by their column
names (the audit detail, which the API reads as stored); the timeline says each through this
table, "_" as " " as before for a name not in it. A test checks every field an edit can
change (alumni/records/alumni.py EDITABLE, with the cohort, the assigned staff and the plan)
has its words."""
from __future__ import annotations

from flask_babel import lazy_pgettext

RECORD_FIELD_WORDS = {
    "first_name": lazy_pgettext("record field", "first name"),
    "last_name": lazy_pgettext("record field", "last name"),
    "phone": lazy_pgettext("record field", "phone"),
    "email": lazy_pgettext("record field", "email"),
    "language": lazy_pgettext("record field", "language"),
    "timezone": lazy_pgettext("record field", "timezone"),
    "programme": lazy_pgettext("record field", "programme"),
    "discharge_date": lazy_pgettext("record field", "discharge date"),
    "sobriety_date": lazy_pgettext("record field", "sobriety date"),
    "preferred_channel": lazy_pgettext("record field", "preferred channel"),
    "preferred_hour": lazy_pgettext("record field", "preferred hour"),
    "discreet": lazy_pgettext("record field", "discreet"),
    "notes": lazy_pgettext("record field", "notes"),
    "cohort": lazy_pgettext("record field", "cohort"),
    "assigned_staff": lazy_pgettext("record field", "assigned staff"),
    "plan": lazy_pgettext("record field", "plan"),
}


def record_fields_said(fields: list[str]) -> str:
    return ", ".join(str(RECORD_FIELD_WORDS.get(name, name.replace("_", " "))) for name in fields)
