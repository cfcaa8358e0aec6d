from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_babel import refresh
from flask_login import current_user, login_required, login_user, logout_user

from alumni.access import ALL_STAFF, allow, public
from alumni.accounts import throttle
from alumni.accounts.accounts import AccountError, change_password, check_sign_in, set_language
from alumni.accounts.staff_sessions import end_session, start_session
from alumni.core.audit import audit
from alumni.extensions import db
from alumni.models.base import utcnow
from alumni.models.user import User
from alumni.web.auth.forms import ChangePasswordForm, LanguageForm, LoginForm
from alumni.web.auth.session import SESSION_KEY

bp = Blueprint("auth", __name__)


def _begin_session(user: User) -> None:
    """A fresh server-side session for this browser (the caller commits)."""
    session[SESSION_KEY] = start_session(user)
    login_user(user)


def _safe_next(target: str | None) -> str:
    # Only local paths: an open redirect after login is a phishing gift.
    if target and target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc:
        return target
    return url_for("main.home")


@bp.route("/login", methods=["GET", "POST"])
@public
def login():
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    form = LoginForm()
    status = 200
    if form.validate_on_submit():
        email = form.email.data.strip().lower()
        address = request.remote_addr or "unknown"
        refusal = throttle.admit(email, address)
        if refusal is not None:
            audit("login.locked", actor=email, detail={"email": email, "limit": refusal.limit})
            db.session.commit()
            flash(refusal.message, "error")
            return render_template("auth/login.html", form=form), 429
        user = check_sign_in(email, form.password.data)
        if user is not None:
            _begin_session(user)
            user.last_login_at = utcnow()
            throttle.succeeded(email, address)
            audit("login.success", user=user)
            db.session.commit()
            return redirect(_safe_next(request.args.get("next")))
        audit("login.failure", actor=email, detail={"email": email})
        db.session.commit()
        flash(_("That email and password do not match an active account."), "error")
        status = 401
    elif request.method == "POST":
        status = 400
    return render_template("auth/login.html", form=form), status


@bp.route("/logout", methods=["POST"])
@allow(*ALL_STAFF)
def logout():
    audit("logout")
    end_session(session.pop(SESSION_KEY, ""))
    db.session.commit()
    logout_user()
    flash(_("You are signed out."), "info")
    return redirect(url_for("auth.login"))


@bp.route("/account/password", methods=["GET", "POST"])
@allow(*ALL_STAFF)
@login_required
def password():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        try:
            change_password(current_user, form.current.data, form.new.data)
        except AccountError as error:
            form.current.errors.append(str(error))
        else:
            # Every session of this user ended with the change; this browser gets a new one.
            _begin_session(current_user._get_current_object())
            audit("password.changed")
            db.session.commit()
            flash(_("Your password is changed. Other sessions are signed out."), "success")
            return redirect(url_for("main.home"))
    return render_template("auth/password.html", form=form)


@bp.route("/account", methods=["GET", "POST"])
@allow(*ALL_STAFF)
@login_required
def account():
    """Your own account: who you are, and the language of your screens."""
    form = LanguageForm(language=current_user.language)
    if form.validate_on_submit():
        try:
            changes = set_language(current_user, form.language.data)
        except AccountError as error:
            form.language.errors.append(str(error))
        else:
            if changes:
                audit("user.updated", detail={"email": current_user.email, "changes": changes})
                db.session.commit()
            # gettext after the change: the confirmation is already in the new language.
            refresh()
            flash(_("Your screens are now in English.") if form.language.data == "en"
                  else _("Your screens are now in this language."), "success")
            return redirect(url_for("auth.account"))
    return render_template("auth/account.html", form=form)
