from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired, EqualTo, Length


class LoginForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired()])
    password = PasswordField("Password", validators=[DataRequired()])


class ChangePasswordForm(FlaskForm):
    current = PasswordField("Current password", validators=[DataRequired()])
    new = PasswordField("New password",
                        validators=[DataRequired(), Length(min=10, message="Use at least 10 characters.")])
    confirm = PasswordField("New password again",
                            validators=[DataRequired(), EqualTo("new", message="The two new passwords differ.")])

