from datetime import date

from email_validator import EmailNotValidError
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_login import current_user
from wtforms import BooleanField, EmailField, PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, Optional

from alumni.access import ADMINS, allow_blueprint
from alumni.accounts.accounts import AccountError, create_user, set_language, set_password, update_user
from alumni.core.audit import audit
from alumni.core.audit_log import AuditFilter, search_audit
from alumni.domain.on_call import WEEKDAYS, Shift, ShiftError, uncovered_hours
from alumni.domain.staff_languages import DEFAULT_STAFF_LANGUAGE, STAFF_LANGUAGES
from alumni.domain.vocabulary import Role
from alumni.domain.whole_numbers import positive_int, whole_number
from alumni.extensions import db
from alumni.models.user import User
from alumni.web.admin.email_address_words import email_address_words
from alumni.web.refusal_words import refusal_words
from alumni.web.staff_forms import StaffForm
from alumni.web.staff_locale import ROLE_WORDS, current_language
from alumni.workspace import on_call

bp = Blueprint("admin", __name__)
allow_blueprint(bp, *ADMINS)


def _date_arg(name: str) -> date | None:
    try:
        return date.fromisoformat(request.args.get(name, ""))
    except ValueError:
        return None


@bp.route("/audit")
def audit_log():
    alumnus = request.args.get("alumnus", "").strip()
    filters = AuditFilter(
        user_email=request.args.get("user", ""),
        alumnus_id=positive_int(alumnus),
        action=request.args.get("action", "").strip(),
        day_from=_date_arg("from"),
        day_to=_date_arg("to"),
    )
    page = search_audit(filters, page=request.args.get("page", 1, type=int))
    return render_template("admin/audit.html", page=page, filters=filters)


REQUIRED = _l("Fill this in.")


def _role_choices() -> list[tuple[str, str]]:
    return [(r.value, ROLE_WORDS[r]) for r in Role]


class NewUserForm(StaffForm):
    email = EmailField(_l("Email"), validators=[DataRequired(message=REQUIRED)])
    name = StringField(_l("Name"), validators=[Optional()])
    role = SelectField(_l("Role"), choices=_role_choices)
    phone = StringField(_l("Phone for urgent alerts"), validators=[Optional()])
    on_call = BooleanField(_l("Always on call (every crisis alert, whatever the rota says)"))
    password = PasswordField(_l("Initial password"), validators=[DataRequired(message=REQUIRED)])
    language = SelectField(_l("Language of their screens"), choices=list(STAFF_LANGUAGES.items()),
                           default=DEFAULT_STAFF_LANGUAGE)


class UserStateForm(StaffForm):
    pass


class UserLanguageForm(StaffForm):
    language = SelectField(_l("Language"), choices=list(STAFF_LANGUAGES.items()), validate_choice=False)


class EditUserForm(StaffForm):
    name = StringField(_l("Name"), validators=[Optional()])
    role = SelectField(_l("Role"), choices=_role_choices)
    phone = StringField(_l("Phone for urgent alerts"), validators=[Optional()])
    on_call = BooleanField(_l("Always on call (every crisis alert, whatever the rota says)"))


class NewPasswordForm(StaffForm):
    password = PasswordField(_l("New password"), validators=[DataRequired(message=REQUIRED)])


@bp.route("/users", methods=["GET", "POST"])
def users():
    form = NewUserForm()
    if form.validate_on_submit():
        try:
            user = create_user(form.email.data, form.role.data, form.password.data,
                               name=form.name.data or "", phone=form.phone.data or None,
                               on_call=form.on_call.data)
            set_language(user, form.language.data)
        except AccountError as error:
            _form_error(form, error, fallback=form.password)
        else:
            audit("user.created", detail={"email": user.email, "role": user.role})
            db.session.commit()
            flash(_("Created %(email)s (%(role)s).", email=user.email, role=ROLE_WORDS[Role(user.role)]), "success")
            return redirect(url_for("admin.users"))
    people = db.session.scalars(db.select(User).order_by(User.email)).all()
    return render_template("admin/users.html", form=form, people=people, state_form=UserStateForm(),
                           role_words=ROLE_WORDS)


@bp.route("/users/<int:user_id>/language", methods=["POST"])
def user_language(user_id: int):
    """An admin sets someone's screen language from the user list (for a new colleague
    who cannot yet read the English account page)."""
    user = db.get_or_404(User, user_id)
    form = UserLanguageForm()
    if form.validate_on_submit():
        try:
            changes = set_language(user, form.language.data)
        except AccountError as error:
            flash(str(error), "error")
        else:
            if changes:
                audit("user.updated", detail={"email": user.email, "changes": changes})
                db.session.commit()
            flash(_("%(email)s now sees the screens in %(language)s.", email=user.email,
                    language=STAFF_LANGUAGES[user.language]), "success")
    return redirect(url_for("admin.users"))


@bp.route("/users/<int:user_id>/toggle", methods=["POST"])
def toggle_user(user_id: int):
    form = UserStateForm()
    user = db.get_or_404(User, user_id)
    if form.validate_on_submit():
        user.active = not user.active
        user.session_version += 1
        audit("user.activated" if user.active else "user.deactivated", detail={"email": user.email})
        db.session.commit()
        flash(_("%(email)s is now active.", email=user.email) if user.active
              else _("%(email)s is now deactivated.", email=user.email), "success")
    return redirect(url_for("admin.users"))


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
def edit_user(user_id: int):
    user = db.get_or_404(User, user_id)
    form = EditUserForm(obj=user)
    if form.validate_on_submit():
        try:
            changes = update_user(user, name=form.name.data or "", role=form.role.data,
                                  phone=form.phone.data, on_call=form.on_call.data)
        except AccountError as error:
            db.session.rollback()
            _form_error(form, error, fallback=form.role)
        else:
            audit("user.updated", detail={"email": user.email, "changes": changes})
            db.session.commit()
            flash(_("Saved %(email)s.", email=user.email) if changes else _("Nothing changed."), "success")
            return redirect(url_for("admin.users"))
    return render_template("admin/user.html", person=user, form=form, password_form=NewPasswordForm())


@bp.route("/users/<int:user_id>/password", methods=["POST"])
def new_password(user_id: int):
    """For someone who forgot theirs: the admin tells them the new one in person."""
    user = db.get_or_404(User, user_id)
    password_form = NewPasswordForm()
    if password_form.validate_on_submit():
        try:
            audit("password.reset", detail={"email": user.email})
            set_password(user, password_form.password.data)
        except AccountError as error:
            db.session.rollback()
            password_form.password.errors.append(str(error))
        else:
            flash(_("New password set for %(email)s; their open sessions have ended.", email=user.email),
                  "success")
            return redirect(url_for("admin.users"))
    return render_template("admin/user.html", person=user, form=EditUserForm(obj=user),
                           password_form=password_form), 422


def _form_error(form: StaffForm, error: AccountError, fallback) -> None:
    """Show an account error beside the field it is about (a phone number's from the
    domain, an e-mail address's from email-validator, said again in the reader's words)."""
    library = isinstance(error.__cause__, EmailNotValidError)
    said = email_address_words(str(error)) if library else refusal_words(str(error))
    getattr(form, error.field or "", fallback).errors.append(said)


@bp.route("/on-call", methods=["GET", "POST"])
def on_call_rota():
    """The weekly on-call rota: who is woken for a crisis at each hour of the week."""
    form = request.form
    if request.method == "POST":  # CSRFProtect has checked the token
        try:
            weekdays = [d for d in (whole_number(w, 0, 6) for w in form.getlist("weekday")) if d is not None]
            rows = on_call.add_shifts(_int(form.get("user")), weekdays,
                                      _int(form.get("start_hour"), -1), _int(form.get("end_hour"), -1), current_user)
        except ShiftError as error:
            db.session.rollback()
            flash(refusal_words(str(error)), "error")
            return _rota_page(form), 422
        flash(ngettext("Added %(num)s shift to the rota.", "Added %(num)s shifts to the rota.", len(rows)),
              "success")
        return redirect(url_for("admin.on_call_rota"))
    return _rota_page(form)


@bp.route("/on-call/<int:shift_id>/remove", methods=["POST"])
def remove_on_call_shift(shift_id: int):
    if on_call.remove_shift(shift_id, current_user):
        flash(_("Shift removed from the rota."), "success")
    return redirect(url_for("admin.on_call_rota"))


def _int(raw: str | None, default: int | None = None) -> int | None:
    value = whole_number(raw, 0, 2**31 - 1)
    return default if value is None else value


def _weekday_names() -> list[str]:
    """The rota's weekdays (WEEKDAYS, Monday first, as Babel counts them too) in the staff
    member's language, from Babel's calendar data rather than the catalogue."""
    from babel.dates import get_day_names
    names = get_day_names("wide", locale=current_language())
    return [names[weekday] for weekday in range(len(WEEKDAYS))]


def _rota_page(form):
    shifts = on_call.rota()
    # A deactivated person's shifts stay listed (to remove) but cover nothing.
    covering = [Shift(s.user_id, s.weekday, s.start_hour, s.end_hour) for s in shifts if s.user.active]
    weekdays = _weekday_names()
    days = [{"name": name, "shifts": [s for s in shifts if s.weekday == weekday],
             "gaps": uncovered_hours(covering, weekday)}
            for weekday, name in enumerate(weekdays)]
    people = db.session.scalars(db.select(User).where(User.active.is_(True)).order_by(User.name, User.email)).all()
    return render_template("admin/on_call.html", days=days, people=people, weekdays=weekdays, form=form,
                           now_on_call=on_call.on_call_now(), overrides=[u for u in people if u.on_call])
