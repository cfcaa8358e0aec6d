"""Referral pages: the list of referrals under way, a new referral (from the profile or a
case), one referral with its steps, and the linkage CSV. Thin views over
alumni.recovery.referrals; every page showing a person is an audited read."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from alumni.access import ALL_STAFF, MANAGERS, allow
from alumni.core.audit import audit_read, audit_shown
from alumni.csv_export import csv_download, csv_text
from alumni.domain.referrals import NOT_WAITED_ON, ReferralStatus, next_steps
from alumni.domain.whole_numbers import DATABASE_ID_MAX, positive_int
from alumni.extensions import db
from alumni.models import Alumnus, AlumnusStatus, FollowUp, Referral
from alumni.recovery import referral_figures
from alumni.recovery.referral_reminders import late_step
from alumni.recovery.referrals import (
    STATUS_WORDS,
    STEP_WORDS,
    ReferralError,
    centre_today,
    record_step,
    refer,
    update_details,
)
from alumni.web.recovery import bp
from alumni.web.recovery.referral_forms import DetailsForm, ReferralForm, StepForm

LIST_MAX = 200


def _referral(referral_id: int) -> Referral:
    if referral_id > DATABASE_ID_MAX:
        abort(404)
    referral = db.get_or_404(Referral, referral_id)
    if referral.alumnus.status == AlumnusStatus.ERASED:
        abort(404)
    return referral


@bp.route("/referrals")
@allow(*ALL_STAFF)
def referrals():
    """Referrals still waiting on a step (overdue first), or every referral."""
    show_all = request.args.get("show") == "all"
    query = db.select(Referral).join(Alumnus, Alumnus.id == Referral.alumnus_id).where(
        Alumnus.status != AlumnusStatus.ERASED)
    if not show_all:
        query = query.where(Referral.status.not_in([str(s) for s in NOT_WAITED_ON]))
    found = db.session.scalars(query.order_by(Referral.referred_on.desc(), Referral.id.desc()).limit(LIST_MAX)).all()
    today = centre_today()
    rows = [(r, STATUS_WORDS.get(r.status, r.status), late_step(r, today)) for r in found]
    rows.sort(key=lambda row: row[2] is None)  # overdue first, newest first within each
    audit_shown([r.alumnus_id for r in found], "referrals list")
    return render_template("recovery/referrals.html", rows=rows, show_all=show_all, limit=LIST_MAX)


@bp.route("/alumni/<int:alumnus_id>/referrals/new", methods=["GET", "POST"])
@allow(*ALL_STAFF)
def new_referral(alumnus_id: int):
    if alumnus_id > DATABASE_ID_MAX:
        abort(404)
    alumnus = db.get_or_404(Alumnus, alumnus_id)
    if alumnus.status == AlumnusStatus.ERASED:
        abort(404)
    form = ReferralForm()
    if request.method == "GET":
        form.case.data = request.args.get("case", "")
        form.referred_on.data = centre_today()
    case_id = positive_int(form.case.data or "", DATABASE_ID_MAX)
    case = db.session.get(FollowUp, case_id) if case_id else None
    if case is not None and case.alumnus_id != alumnus.id:
        case = None
    if form.validate_on_submit():
        try:
            referral = refer(alumnus.id, referred_to=form.referred_to.data, reason=form.reason.data,
                             on=form.referred_on.data, note=form.note.data, by=current_user,
                             followup_id=case.id if case else None)
        except ReferralError as error:
            db.session.rollback()
            form.referred_to.errors = [*form.referred_to.errors, str(error)]
        else:
            flash(_("Referral recorded. Add the appointment when it is booked."), "success")
            return redirect(url_for("recovery.referral", referral_id=referral.id))
    audit_read(alumnus.id, "new referral form")
    return render_template("recovery/referral_new.html", alumnus=alumnus, form=form, case=case)


def _step_form(referral: Referral) -> StepForm:
    form = StepForm()
    form.step.choices = [(str(step), STEP_WORDS[step]) for step in next_steps(referral.status)]
    return form


@bp.route("/referrals/<int:referral_id>")
@allow(*ALL_STAFF)
def referral(referral_id: int):
    referral = _referral(referral_id)
    step_form = _step_form(referral)
    step_form.day.data = centre_today()
    details = DetailsForm(obj=referral)
    return _page(referral, step_form, details)


def _page(referral: Referral, step_form: StepForm, details: DetailsForm):
    audit_read(referral.alumnus_id, "referral")
    return render_template("recovery/referral.html", referral=referral, alumnus=referral.alumnus,
                           status=STATUS_WORDS.get(referral.status, referral.status),
                           late=late_step(referral, centre_today()), step_form=step_form, details=details,
                           step_words={ReferralStatus.REFERRED: _("Referred"), **STEP_WORDS})


@bp.route("/referrals/<int:referral_id>/step", methods=["POST"])
@allow(*ALL_STAFF)
def referral_step(referral_id: int):
    referral = _referral(referral_id)
    form = _step_form(referral)
    if form.validate_on_submit():
        try:
            record_step(referral.id, form.step.data, day=form.day.data, note=form.note.data, by=current_user)
        except ReferralError as error:
            db.session.rollback()
            form.step.errors = [*form.step.errors, str(error)]
        else:
            flash(_("Recorded: %(step)s.", step=str(STEP_WORDS.get(form.step.data, form.step.data)).lower()), "success")
            return redirect(url_for("recovery.referral", referral_id=referral.id))
    referral = _referral(referral_id)
    return _page(referral, form, DetailsForm(obj=referral)), 422


@bp.route("/referrals/<int:referral_id>/details", methods=["POST"])
@allow(*ALL_STAFF)
def referral_details(referral_id: int):
    referral = _referral(referral_id)
    form = DetailsForm()
    if form.validate_on_submit():
        try:
            update_details(referral.id, referred_to=form.referred_to.data, reason=form.reason.data, by=current_user)
        except ReferralError as error:
            db.session.rollback()
            form.referred_to.errors = [*form.referred_to.errors, str(error)]
        else:
            flash(_("Saved."), "success")
            return redirect(url_for("recovery.referral", referral_id=referral.id))
    step_form = _step_form(referral)
    return _page(referral, step_form, form), 422


@bp.route("/referrals/linkage.csv")
@allow(*MANAGERS)
def linkage_csv():
    rows = referral_figures.csv_rows(referral_figures.linkage_rows())
    # Plain UTF-8 with no byte-order mark, like the dashboard's other CSVs.
    return csv_download(csv_text(referral_figures.CSV_HEADER, rows, bom=False), "linkage.csv")
