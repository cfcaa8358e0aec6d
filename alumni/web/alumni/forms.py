"""The enrolment/edit form. WTForms draws the fields and checks CSRF; the rules themselves
live in alumni.domain.alumni_validation, shared with CSV and API."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectField, StringField, TextAreaField

from alumni.domain.alumni_validation import LANGUAGE_NAMES
from alumni.domain.vocabulary import Channel

HOURS = [(str(h), f"{h:02d}:00") for h in range(24)]
CHANNEL_CHOICES = [(Channel.SMS, "SMS"), (Channel.WHATSAPP, "WhatsApp"), (Channel.EMAIL, "Email")]


class AlumnusForm(FlaskForm):
    first_name = StringField("First name")
    last_name = StringField("Last name")
    phone = StringField("Mobile phone", render_kw={"type": "tel", "inputmode": "tel"})
    email = StringField("Email", render_kw={"type": "email"})
    language = SelectField("Language for messages", choices=list(LANGUAGE_NAMES.items()), validate_choice=False)
    timezone = StringField("Time zone")
    preferred_hour = SelectField("Preferred hour for check-ins (local time)", choices=HOURS,
                                 default="10", validate_choice=False)
    programme = StringField("Programme")
    cohort = StringField("Cohort")
    discharge_date = StringField("Discharge date", render_kw={"type": "date"})
    sobriety_date = StringField("Sobriety date (optional)", render_kw={"type": "date"})
    preferred_channel = SelectField("Preferred channel", choices=CHANNEL_CHOICES, validate_choice=False)
    consent_sms = BooleanField("Consents to SMS")
    consent_whatsapp = BooleanField("Consents to WhatsApp")
    consent_email = BooleanField("Consents to email")
    consent_milestones = BooleanField("Consents to a text on each sobriety milestone (30, 60, 90 days ...)")
    assigned_staff = SelectField("Assigned staff", choices=[("", "Nobody yet")], validate_choice=False)
    plan = SelectField("Follow-up plan", choices=[("", "Default plan")], validate_choice=False)
    discreet = BooleanField("Discreet mode (shared phone: messages never name the centre or treatment)")
    notes = TextAreaField("Notes")
    # One supporter may be recorded at enrolment (the edit page leaves these out).
    supporter_name = StringField("Supporter's name")
    supporter_relation = StringField("Relation (e.g. mother, friend)")
    supporter_phone = StringField("Supporter's phone", render_kw={"type": "tel", "inputmode": "tel"})
    supporter_may_contact = BooleanField("The graduate agrees we may contact this supporter")

    SUPPORTER_FIELDS = ("name", "relation", "phone", "may_contact")
    DATA_FIELDS = ("first_name", "last_name", "phone", "email", "language", "timezone",
                   "preferred_hour", "programme", "cohort", "discharge_date", "sobriety_date",
                   "preferred_channel", "consent_sms", "consent_whatsapp", "consent_email",
                   "consent_milestones", "assigned_staff", "plan", "discreet", "notes")

    def values(self) -> dict:
        return {name: self[name].data for name in self.DATA_FIELDS}

    def supporter_values(self) -> dict:
        return {name: self[f"supporter_{name}"].data for name in self.SUPPORTER_FIELDS}

    def show_errors(self, errors: dict) -> None:
        for name, message in errors.items():
            if name in self.DATA_FIELDS or name.removeprefix("supporter_") in self.SUPPORTER_FIELDS:
                self[name].errors = list(self[name].errors or []) + [message]


class SupporterForm(FlaskForm):
    name = StringField(_l("Name"))
    relation = StringField(_l("Relation (e.g. mother, friend)"))
    phone = StringField(_l("Phone"), render_kw={"type": "tel"})
    email = StringField(_l("Email"), render_kw={"type": "email"})
    may_contact = BooleanField(_l("The alumnus agrees we may contact them"))


class ConfirmForm(FlaskForm):
    """A POST with CSRF and an optional reason (resume, supporters, closer plans)."""
    reason = StringField(_l("Reason (optional)"))


class StopContactForm(FlaskForm):
    """Pausing or withdrawing: the page that asks spells out what stops; the reason is required."""
    reason = StringField(_l("Why (kept on the record and shown on the timeline)"), render_kw={"maxlength": 200})


class EraseForm(FlaskForm):
    confirmation = StringField(_l("Type ERASE to confirm"))
