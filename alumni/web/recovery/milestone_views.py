"""Milestone pages: this week's milestones for staff, and the profile panel's two forms
(the opt-in to milestone texts, the sobriety date after a relapse). Views stay thin."""
from __future__ import annotations

from datetime import date, timedelta

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from alumni.access import ALL_STAFF, MANAGERS, allow
from alumni.core.audit import audit_shown
from alumni.core.centre_day import centre_today
from alumni.domain.milestones import milestone_words, week_of
from alumni.extensions import db
from alumni.models import Alumnus, AlumnusStatus
from alumni.recovery.milestones import milestones_in, set_milestone_texts
from alumni.recovery.milestones_sobriety import SobrietyOfferClosed, keep_sobriety_date, set_new_sobriety_date
from alumni.web.clock_filter import day
from alumni.web.recovery import bp
from alumni.web.recovery.milestone_forms import MilestoneTextsForm, SobrietyDateForm
from alumni.web.recovery.sobriety_words import sobriety_refusal_words

PANEL = "#milestones"


def _alumnus(alumnus_id: int) -> Alumnus:
    if alumnus_id > 2**31 - 1:
        abort(404)
    alumnus = db.get_or_404(Alumnus, alumnus_id)
    if alumnus.status == AlumnusStatus.ERASED:
        abort(404)
    return alumnus


def _week_start() -> date:
    try:
        return week_of(date.fromisoformat(request.args.get("week", "")))[0]
    except ValueError:
        return week_of(centre_today())[0]


@bp.route("/milestones")
@allow(*ALL_STAFF)
def milestones_week():
    """Whose milestones fall in this week (or the week named), to call or to celebrate."""
    first = _week_start()
    last = first + timedelta(days=6)
    rows = milestones_in(first, last)
    audit_shown((row.alumnus_id for row in rows), "milestones of the week", week=first.isoformat())
    return render_template("recovery/milestones_week.html", rows=rows, first=first, last=last,
                           today=centre_today(), words=milestone_words,
                           previous_week=first - timedelta(days=7), next_week=first + timedelta(days=7))


@bp.route("/milestones/alumni/<int:alumnus_id>/texts", methods=["POST"])
@allow(*MANAGERS)
def milestone_texts(alumnus_id: int):
    """Record the alumnus's yes or no to a text on each milestone."""
    alumnus = _alumnus(alumnus_id)
    form = MilestoneTextsForm()
    if not form.validate_on_submit():
        abort(400)
    wanted = form.wanted.data == "yes"
    set_milestone_texts(alumnus, wanted, by_id=current_user.id)
    flash(_("%(name)s will get a text on each milestone.", name=alumnus.full_name) if wanted
          else _("%(name)s will not get milestone texts.", name=alumnus.full_name), "success")
    return redirect(url_for("alumni.profile", alumnus_id=alumnus.id) + PANEL)


@bp.route("/milestones/alumni/<int:alumnus_id>/relapses/<int:event_id>/sobriety-date", methods=["POST"])
@allow(*MANAGERS)
def sobriety_date(alumnus_id: int, event_id: int):
    """A coordinator or admin sets a new sobriety date after a relapse, or keeps the old one."""
    alumnus = _alumnus(alumnus_id)
    form = SobrietyDateForm()
    if event_id > 2**31 - 1 or not form.validate_on_submit():
        flash(_("Nothing changed: give the new sobriety date as a day (or leave the relapse's day)."), "error")
        return redirect(url_for("alumni.profile", alumnus_id=alumnus.id) + PANEL)
    try:
        if form.decision.data == "apply":
            change = set_new_sobriety_date(alumnus, event_id, form.new_date.data, by=current_user,
                                           today=centre_today())
            flash(_("Sobriety date set to %(day)s; milestones count from it.", day=day(change.new_date)), "success")
        else:
            keep_sobriety_date(alumnus, event_id, by=current_user)
            flash(_("Sobriety date kept as it was."), "success")
    except SobrietyOfferClosed as closed:
        db.session.rollback()
        flash(sobriety_refusal_words(closed), "error")
    return redirect(url_for("alumni.profile", alumnus_id=alumnus.id) + PANEL)
