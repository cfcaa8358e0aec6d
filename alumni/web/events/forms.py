from datetime import time

from flask_wtf import FlaskForm
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

LANGUAGE_CHOICES = [("en", "English"), ("hi", "Hindi"), ("mr", "Marathi")]


class CheckboxList(SelectMultipleField):
    """A multi-select shown as tick boxes: a select box needs Ctrl-click, which few people know."""
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


class EventForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(message="Give the meeting a title.")])
    description = TextAreaField("Description (for staff)", validators=[Optional()])
    mode = SelectField("How", choices=[("in_person", "In person"), ("online", "Online"),
                                         ("hybrid", "Both: in person and online")])
    place = StringField("Place (in person)", validators=[Optional()])
    link = StringField("Link (online)", validators=[Optional()])
    starts_on = DateField("First meeting date", validators=[DataRequired(message="Choose a date.")])
    starts_time = TimeField("Start time (local)", default=time(18, 0),
                            validators=[DataRequired(message="Choose a time.")])
    duration_minutes = IntegerField("Length in minutes", default=90, validators=[NumberRange(15, 600)])
    timezone = StringField("Time zone", validators=[DataRequired()])
    recurrence = SelectField("Repeats", choices=[("none", "One-off"), ("weekly", "Weekly"), ("monthly", "Monthly")])
    audience = SelectField("Who is invited", choices=[("everyone", "Everyone active"), ("cohorts", "Cohorts"),
                                                      ("language", "By language"), ("programme", "By programme"),
                                                      ("supporters", "Supporters (a family session)"),
                                                      ("alumni_and_supporters", "Alumni and their supporters")])
    cohorts = CheckboxList("Cohorts", choices=[], validate_choice=False)
    languages = CheckboxList("Languages", choices=LANGUAGE_CHOICES)
    programmes = CheckboxList("Programmes", choices=[], validate_choice=False)
    invite_days_before = IntegerField("Send invitations this many days before each meeting", default=7,
                                      validators=[NumberRange(0, 60)])


class ActionForm(FlaskForm):
    """A button that only needs the CSRF token."""


class CancelForm(FlaskForm):
    """Cancelling texts people, so it takes a deliberate tick as well as the click."""
    confirm = BooleanField("Yes, cancel it and text the people who were invited",
                           validators=[DataRequired(message="Tick the box to confirm.")])


class RsvpForm(FlaskForm):
    # Starts empty so that pressing Record without choosing writes down nobody's "yes".
    rsvp = SelectField("RSVP", choices=[("", "Choose…"), ("yes", "Yes"), ("no", "No")],
                       validators=[DataRequired(message="Choose yes or no, then Record.")])


class AttendanceForm(FlaskForm):
    alumnus_id = IntegerField(validators=[DataRequired()])
    present = SelectField(choices=[("1", "present"), ("0", "absent")])
