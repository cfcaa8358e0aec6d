from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user

from alumni.access import ALL_STAFF, allow, public
from alumni.extensions import db
from alumni.models.base import utcnow
from alumni.services import throttle
from alumni.services.accounts import AccountError, change_password, find_user_by_email, password_matches
from alumni.services.audit import audit
from alumni.web.auth.forms import ChangePasswordForm, LoginForm

bp = Blueprint("auth", __name__)

LOCKED_MESSAGE = "Too many failed sign-ins. Wait 15 minutes, or ask an admin to help."


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
        if throttle.is_locked(email, address):
            audit("login.locked", actor=email, detail={"email": email})
            db.session.commit()
            flash(LOCKED_MESSAGE, "error")
            return render_template("auth/login.html", form=form), 429
        user = find_user_by_email(email)
        if user is not None and user.active and password_matches(user, form.password.data):
            login_user(user)
            user.last_login_at = utcnow()
            throttle.clear_account(email)
            audit("login.success", user=user)
            db.session.commit()
            return redirect(_safe_next(request.args.get("next")))
        throttle.record_failure(email, address)
        audit("login.failure", actor=email, detail={"email": email})
        db.session.commit()
        flash("That email and password do not match an active account.", "error")
        status = 401
    elif request.method == "POST":
        status = 400
    return render_template("auth/login.html", form=form), status


@bp.route("/logout", methods=["POST"])
@allow(*ALL_STAFF)
def logout():
    audit("logout")
    db.session.commit()
    logout_user()
    flash("You are signed out.", "info")
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
            login_user(current_user._get_current_object())  # the session id carries the new version
            audit("password.changed")
            db.session.commit()
            flash("Your password is changed. Other sessions are signed out.", "success")
            return redirect(url_for("main.home"))
    return render_template("auth/password.html", form=form)
