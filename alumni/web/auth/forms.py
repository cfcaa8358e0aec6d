from flask_babel import lazy_gettext as _l
from wtforms import EmailField, PasswordField, SelectField
from wtforms.validators import DataRequired, EqualTo, Length

from alumni.domain.staff_languages import STAFF_LANGUAGES
from alumni.web.staff_forms import StaffForm

REQUIRED = _l("Fill this in.")


class LoginForm(StaffForm):
    email = EmailField(_l("Email"), validators=[DataRequired(message=REQUIRED)])
    password = PasswordField(_l("Password"), validators=[DataRequired(message=REQUIRED)])


class ChangePasswordForm(StaffForm):
    current = PasswordField(_l("Current password"), validators=[DataRequired(message=REQUIRED)])
    new = PasswordField(_l("New password"),
                        validators=[DataRequired(message=REQUIRED),
                                    Length(min=10, message=_l("Use at least 10 characters."))])
    confirm = PasswordField(_l("New password again"),
                            validators=[DataRequired(message=REQUIRED),
                                        EqualTo("new", message=_l("The two new passwords differ."))])


class LanguageForm(StaffForm):
    # Each language named in its own script, so anyone can find theirs (staff_languages.py).
    language = SelectField(_l("Language of your screens"), choices=list(STAFF_LANGUAGES.items()),
                           validate_choice=False)
