from datetime import time

from flask_babel import lazy_gettext as _l
from flask_babel import lazy_pgettext
from wtforms import (
    BooleanField,
    DateField,
    IntegerField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
    TimeField,
    widgets,
)
from wtforms.validators import DataRequired, NumberRange, Optional

from alumni.core.reader_language import ALUMNUS_LANGUAGE_WORDS
from alumni.web.staff_forms import StaffForm

LANGUAGE_CHOICES = list(ALUMNUS_LANGUAGE_WORDS.items())


class CheckboxList(SelectMultipleField):
    """A multi-select shown as tick boxes: a select box needs Ctrl-click, which few people know."""
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


class EventForm(StaffForm):
    title = StringField(_l("Title"), validators=[DataRequired(message=_l("Give the meeting a title."))])
    description = TextAreaField(_l("Description (for staff)"), validators=[Optional()])
    mode = SelectField(_l("How"), choices=[("in_person", _l("In person")), ("online", _l("Online")),
                                           ("hybrid", _l("Both: in person and online"))])
    place = StringField(_l("Place (in person)"), validators=[Optional()])
    link = StringField(_l("Link (online)"), validators=[Optional()])
    starts_on = DateField(_l("First meeting date"), validators=[DataRequired(message=_l("Choose a date."))])
    starts_time = TimeField(_l("Start time (local)"), default=time(18, 0),
                            validators=[DataRequired(message=_l("Choose a time."))])
    duration_minutes = IntegerField(_l("Length in minutes"), default=90, validators=[
        NumberRange(15, 600, message=_l("Between %(min)s and %(max)s minutes."))])
    timezone = StringField(_l("Time zone"), validators=[DataRequired(message=_l("Give a time zone."))])
    recurrence = SelectField(_l("Repeats"), choices=[("none", _l("One-off")), ("weekly", _l("Weekly")),
                                                     ("monthly", _l("Monthly"))])
    audience = SelectField(_l("Who is invited"), choices=[
        ("everyone", _l("Everyone active")), ("cohorts", _l("Cohorts")), ("language", _l("By language")),
        ("programme", _l("By programme")), ("supporters", _l("Supporters (a family session)")),
        ("alumni_and_supporters", _l("Alumni and their supporters"))])
    cohorts = CheckboxList(_l("Cohorts"), choices=[], validate_choice=False)
    languages = CheckboxList(_l("Languages"), choices=LANGUAGE_CHOICES)
    programmes = CheckboxList(_l("Programmes"), choices=[], validate_choice=False)
    invite_days_before = IntegerField(_l("Send invitations this many days before each meeting"), default=7,
                                      validators=[NumberRange(0, 60, message=_l("Between %(min)s and %(max)s days."))])


class ActionForm(StaffForm):
    """A button that only needs the CSRF token."""


class CancelForm(StaffForm):
    """Cancelling texts people, so it takes a deliberate tick as well as the click."""
    confirm = BooleanField(_l("Yes, cancel it and text the people who were invited"),
                           validators=[DataRequired(message=_l("Tick the box to confirm."))])


class RsvpForm(StaffForm):
    # Starts empty so that pressing Record without choosing writes down nobody's "yes".
    rsvp = SelectField(_l("RSVP"), choices=[("", _l("Choose…")), ("yes", lazy_pgettext("RSVP answer", "Yes")),
                                            ("no", lazy_pgettext("RSVP answer", "No"))],
                       validators=[DataRequired(message=_l("Choose yes or no, then Record."))])


class AttendanceForm(StaffForm):
    alumnus_id = IntegerField(validators=[DataRequired()])
    present = SelectField(choices=[("1", "present"), ("0", "absent")])
