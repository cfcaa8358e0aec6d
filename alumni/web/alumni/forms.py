"""The enrolment/edit form. WTForms draws the fields and checks CSRF; the rules themselves
live in alumni.domain.alumni_validation, shared with CSV and API."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, SelectField, StringField, TextAreaField

from alumni.domain.alumni_validation import LANGUAGE_NAMES
from alumni.domain.vocabulary import Channel
from alumni.web.staff_forms import StaffForm
from alumni.web.staff_locale import language_word

HOURS = [(str(h), f"{h:02d}:00") for h in range(24)]
CHANNEL_CHOICES = [(Channel.SMS, "SMS"), (Channel.WHATSAPP, "WhatsApp"), (Channel.EMAIL, _l("Email"))]
# The languages the enrolment rules accept, named in the staff member's language.
LANGUAGE_CHOICES = [(code, language_word(code)) for code in LANGUAGE_NAMES]


class AlumnusForm(StaffForm):
    first_name = StringField(_l("First name"))
    last_name = StringField(_l("Last name"))
    phone = StringField(_l("Mobile phone"), render_kw={"type": "tel", "inputmode": "tel"})
    email = StringField(_l("Email"), render_kw={"type": "email"})
    language = SelectField(_l("Language for messages"), choices=LANGUAGE_CHOICES, validate_choice=False)
    timezone = StringField(_l("Time zone"))
    preferred_hour = SelectField(_l("Preferred hour for check-ins (local time)"), choices=HOURS,
                                 default="10", validate_choice=False)
    programme = StringField(_l("Programme"))
    cohort = StringField(_l("Cohort"))
    discharge_date = StringField(_l("Discharge date"), render_kw={"type": "date"})
    sobriety_date = StringField(_l("Sobriety date (optional)"), render_kw={"type": "date"})
    preferred_channel = SelectField(_l("Preferred channel"), choices=CHANNEL_CHOICES, validate_choice=False)
    consent_sms = BooleanField(_l("Consents to SMS"))
    consent_whatsapp = BooleanField(_l("Consents to WhatsApp"))
    consent_email = BooleanField(_l("Consents to email"))
    consent_milestones = BooleanField(_l("Consents to a text on each sobriety milestone (30, 60, 90 days ...)"))
    assigned_staff = SelectField(_l("Assigned staff"), choices=[("", _l("Nobody yet"))], validate_choice=False)
    plan = SelectField(_l("Follow-up plan"), choices=[("", _l("Default plan"))], validate_choice=False)
    discreet = BooleanField(_l("Discreet mode (shared phone: messages never name the centre or treatment)"))
    notes = TextAreaField(_l("Notes"))
    # One supporter may be recorded at enrolment (the edit page leaves these out).
    supporter_name = StringField(_l("Supporter's name"))
    supporter_relation = StringField(_l("Relation (e.g. mother, friend)"))
    supporter_phone = StringField(_l("Supporter's phone"), render_kw={"type": "tel", "inputmode": "tel"})
    supporter_may_contact = BooleanField(_l("The graduate agrees we may contact this supporter"))

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


class SupporterForm(StaffForm):
    name = StringField(_l("Name"))
    relation = StringField(_l("Relation (e.g. mother, friend)"))
    phone = StringField(_l("Phone"), render_kw={"type": "tel"})
    email = StringField(_l("Email"), render_kw={"type": "email"})
    may_contact = BooleanField(_l("The alumnus agrees we may contact them"))


class ConfirmForm(StaffForm):
    """A POST with CSRF and an optional reason (resume, supporters, closer plans)."""
    reason = StringField(_l("Reason (optional)"))


class StopContactForm(StaffForm):
    """Pausing or withdrawing: the page that asks spells out what stops; the reason is required."""
    reason = StringField(_l("Why (kept on the record and shown on the timeline)"), render_kw={"maxlength": 200})


class EraseForm(StaffForm):
    confirmation = StringField(_l("Type ERASE to confirm"))
