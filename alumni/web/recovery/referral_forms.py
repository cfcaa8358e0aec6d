"""Forms of the referral pages (Flask-WTF: each carries its CSRF token)."""
from flask_babel import lazy_gettext as _l
from wtforms import DateField, HiddenField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from alumni.recovery.referrals import REFERRED_TO_MAX, TEXT_MAX
from alumni.web.staff_forms import StaffForm


class ReferralForm(StaffForm):
    referred_to = StringField(_l("Referred to (service, clinic or person)"), validators=[
        DataRequired(message=_l("Say to whom they were referred.")), Length(max=REFERRED_TO_MAX)])
    reason = TextAreaField(_l("Why"), validators=[DataRequired(message=_l("Say why.")), Length(max=TEXT_MAX)])
    referred_on = DateField(_l("Referred on"), validators=[Optional()])
    note = TextAreaField(_l("Note (optional)"), validators=[Optional(), Length(max=TEXT_MAX)])
    case = HiddenField()


class StepForm(StaffForm):
    step = SelectField(_l("What happened"), choices=[])
    day = DateField(_l("On (for a booking, the appointment's day)"), validators=[Optional()])
    note = TextAreaField(_l("Note (optional)"), validators=[Optional(), Length(max=TEXT_MAX)])


class DetailsForm(StaffForm):
    referred_to = StringField(_l("Referred to (service, clinic or person)"), validators=[
        DataRequired(message=_l("Say to whom they were referred.")), Length(max=REFERRED_TO_MAX)])
    reason = TextAreaField(_l("Why"), validators=[DataRequired(message=_l("Say why.")), Length(max=TEXT_MAX)])
