"""List, enrol, profile, edit, status changes, erasure and supporters. Views stay thin:
they read the form, call one service function, and render or redirect."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_login import current_user
from markupsafe import Markup

from alumni.access import ADMINS, ALL_STAFF, MANAGERS, allow
from alumni.core.audit import audit_read, audit_shown
from alumni.core.centre_day import centre_today
from alumni.core.timeline import build_timeline
from alumni.domain.alumni_validation import LANGUAGE_NAMES
from alumni.domain.phones import format_phone
from alumni.extensions import db
from alumni.models import Alumnus, AlumnusStatus, Plan, User
from alumni.records import alumni as records
from alumni.records import editing, enrolment, erasure, status_changes, supporters
from alumni.records.alumni_search import AlumniFilter, cohorts, search_alumni
from alumni.replies import relapse
from alumni.web.alumni import bp
from alumni.web.alumni.closer_plan_words import offer_closed_words
from alumni.web.alumni.forms import AlumnusForm, ConfirmForm, EraseForm, StopContactForm, SupporterForm
from alumni.web.alumni.panels import panels_for
from alumni.web.display_words import status_words
from alumni.web.refusal_words import field_refusals, refusal_words

ERASE_WORD = "ERASE"


@bp.app_template_filter("phone")
def phone_filter(value):
    return format_phone(value)


def _alumnus(alumnus_id: int) -> Alumnus:
    if alumnus_id > 2**31 - 1:  # no such row, and PostgreSQL would refuse the query
        abort(404)
    return db.get_or_404(Alumnus, alumnus_id)


def _staff() -> list[User]:
    return list(db.session.scalars(db.select(User).where(User.active.is_(True)).order_by(User.name, User.email)))


def _form(**kwargs) -> AlumnusForm:
    form = AlumnusForm(**kwargs)
    form.assigned_staff.choices = [("", _("Nobody yet"))] + [(str(u.id), u.display_name) for u in _staff()]
    form.plan.choices = [("", _("Default plan"))] + [
        (p.name, p.name) for p in db.session.scalars(db.select(Plan).order_by(Plan.name))]
    return form


def _duplicate_message(existing_id: int) -> Markup:
    link = url_for("alumni.profile", alumnus_id=existing_id)
    return Markup(_('This number already belongs to <a href="%(link)s">alumnus #%(id)s</a>. '
                    'Open that record instead of enrolling again.', link=link, id=existing_id))


@bp.route("/")
@allow(*ALL_STAFF)
def index():
    filters = AlumniFilter.from_args(request.args)
    page = search_alumni(filters, centre_today(), page=request.args.get("page", 1, type=int))
    audit_shown((a.id for a in page.items), "alumni search" if filters.as_args() else "alumni list",
                **({"search": filters.as_args()} if filters.as_args() else {}))
    return render_template("alumni/index.html", page=page, filters=filters, cohorts=cohorts(),
                           staff=_staff(), languages=LANGUAGE_NAMES, statuses=list(AlumnusStatus))


@bp.route("/new", methods=["GET", "POST"])
@allow(*MANAGERS)
def new():
    form = _form()
    if request.method == "GET":
        # Consent is something the graduate does today, so every box starts unticked.
        form.timezone.data = form.timezone.data or _default_timezone()
    if form.validate_on_submit():
        values = form.values()
        try:
            alumnus = enrolment.enrol_alumnus(values, by_id=current_user.id, source="form",
                                            supporter=form.supporter_values())
        except records.ValidationFailed as failed:
            form.show_errors(field_refusals(failed.fields))
        except records.DuplicatePhone as duplicate:
            form.show_errors({"phone": _duplicate_message(duplicate.existing_id)})
        except records.ConflictingWrite as conflict:
            flash(_("%(why)s Nothing was saved; please try again.", why=refusal_words(str(conflict))), "error")
        else:
            flash(_("Enrolled %(name)s.", name=alumnus.full_name), "success")
            return redirect(url_for("alumni.profile", alumnus_id=alumnus.id))
    status = 422 if request.method == "POST" else 200
    return render_template("alumni/form.html", form=form, alumnus=None), status


def _default_timezone() -> str:
    from flask import current_app
    return current_app.config["DEFAULT_TIMEZONE"]


@bp.route("/<int:alumnus_id>")
@allow(*ALL_STAFF)
def profile(alumnus_id: int):
    alumnus = _alumnus(alumnus_id)
    return _profile_page(alumnus, SupporterForm())


def _profile_page(alumnus: Alumnus, supporter_form: SupporterForm) -> str:
    audit_read(alumnus.id, "profile")
    return render_template(
        "alumni/profile.html", alumnus=alumnus, timeline=build_timeline(alumnus),
        panels=panels_for(alumnus), supporter_form=supporter_form, action_form=ConfirmForm(),
        can_manage=current_user.role in MANAGERS, can_erase=current_user.role in ADMINS,
        plan=db.session.get(Plan, alumnus.plan_id) if alumnus.plan_id else None,
        relapse_offers=relapse.open_offers(alumnus.id) if current_user.role in MANAGERS else [],
        closer_plan=relapse.closer_plan_summary())


@bp.route("/<int:alumnus_id>/edit", methods=["GET", "POST"])
@allow(*MANAGERS)
def edit(alumnus_id: int):
    alumnus = _alumnus(alumnus_id)
    if alumnus.status == AlumnusStatus.ERASED:
        flash(_("This record was erased and cannot be edited."), "error")
        return redirect(url_for("alumni.profile", alumnus_id=alumnus.id))
    if request.method == "GET":
        audit_read(alumnus.id, "edit form")
        current = editing.current_values(alumnus)
        current["assigned_staff"] = str(alumnus.assigned_staff_id or "")
        for name in ("discharge_date", "sobriety_date"):
            current[name] = current[name].isoformat() if current[name] else ""
        current["preferred_hour"] = str(current["preferred_hour"])
        form = _form(data=current)
    else:
        form = _form()
    if form.validate_on_submit():
        try:
            editing.update_alumnus(alumnus, form.values(), by_id=current_user.id, source="form")
        except records.ValidationFailed as failed:
            form.show_errors(field_refusals(failed.fields))
        except records.DuplicatePhone as duplicate:
            form.show_errors({"phone": _duplicate_message(duplicate.existing_id)})
        except records.ConflictingWrite as conflict:
            flash(_("%(why)s Nothing was saved; please try again.", why=refusal_words(str(conflict))), "error")
        else:
            flash(_("Saved."), "success")
            return redirect(url_for("alumni.profile", alumnus_id=alumnus_id))
    status = 422 if request.method == "POST" else 200
    return render_template("alumni/form.html", form=form, alumnus=alumnus), status


# Pausing and withdrawing stop contact with a person in recovery: each is a page that
# says what stops (counted) and asks why, never a button that acts at once.
STOPS = {
    "pause": {"change": status_changes.pause_outreach, "title": _l("Pause outreach"), "button": _l("Pause outreach"),
              "allowed": (AlumnusStatus.ACTIVE,)},
    "withdraw": {"change": status_changes.withdraw, "title": _l("Withdraw from follow-up"), "button": _l("Withdraw"),
                 "allowed": records.REACHABLE},
}


def _stop_contact(alumnus_id: int, action: str):
    alumnus = _alumnus(alumnus_id)
    stop = STOPS[action]
    if alumnus.status not in stop["allowed"]:
        flash(_("An alumnus who is %(status)s cannot be paused.", status=status_words(alumnus.status))
              if action == "pause" else
              _("An alumnus who is %(status)s cannot be withdrawn.", status=status_words(alumnus.status)), "error")
        return redirect(url_for("alumni.profile", alumnus_id=alumnus_id))
    planned = status_changes.planned_contact(alumnus)
    form = StopContactForm()
    if form.validate_on_submit():
        try:
            stop["change"](alumnus, reason=form.reason.data or "")
        except status_changes.ReasonNeeded as needed:
            form.reason.errors = [refusal_words(str(needed))]
        except records.RecordClosed as closed:
            flash(refusal_words(str(closed)), "error")
            return redirect(url_for("alumni.profile", alumnus_id=alumnus_id))
        else:
            flash(_stopped_words(action, planned.scheduled), "success")
            return redirect(url_for("alumni.profile", alumnus_id=alumnus_id))
    else:
        audit_read(alumnus.id, f"{action} confirmation")
    status = 422 if request.method == "POST" else 200
    return render_template("alumni/confirm_stop.html", form=form, alumnus=alumnus, action=action,
                           stop=stop, planned=planned), status


def _stopped_words(action: str, count: int) -> str:
    if action == "pause":
        return ngettext("Outreach paused: %(num)s scheduled check-in will not be sent while paused.",
                        "Outreach paused: %(num)s scheduled check-ins will not be sent while paused.", count)
    return ngettext("Withdrawn: %(num)s scheduled check-in cancelled. "
                    "Resume follow-up on this page if they come back.",
                    "Withdrawn: %(num)s scheduled check-ins cancelled. "
                    "Resume follow-up on this page if they come back.", count)


@bp.route("/<int:alumnus_id>/pause", methods=["GET", "POST"])
@allow(*MANAGERS)
def pause(alumnus_id: int):
    return _stop_contact(alumnus_id, "pause")


@bp.route("/<int:alumnus_id>/resume", methods=["POST"])
@allow(*MANAGERS)
def resume(alumnus_id: int):
    alumnus = _alumnus(alumnus_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        try:
            status_changes.resume_outreach(alumnus, reason=form.reason.data or "")
        except (records.RecordClosed, records.DuplicatePhone) as closed:
            flash(refusal_words(str(closed)), "error")
        except records.ConflictingWrite as conflict:
            flash(_("%(why)s Nothing was saved; please try again.", why=refusal_words(str(conflict))), "error")
        else:
            count = status_changes.planned_contact(alumnus).scheduled
            flash(ngettext("Follow-up resumed: %(num)s scheduled check-in planned from now on.",
                           "Follow-up resumed: %(num)s scheduled check-ins planned from now on.", count), "success")
    return redirect(url_for("alumni.profile", alumnus_id=alumnus_id))


@bp.route("/<int:alumnus_id>/withdraw", methods=["GET", "POST"])
@allow(*MANAGERS)
def withdraw(alumnus_id: int):
    return _stop_contact(alumnus_id, "withdraw")


@bp.route("/<int:alumnus_id>/erase", methods=["GET", "POST"])
@allow(*ADMINS)
def erase(alumnus_id: int):
    alumnus = _alumnus(alumnus_id)
    form = EraseForm()
    if alumnus.status == AlumnusStatus.ERASED:
        flash(_("This record is already erased."), "error")
        return redirect(url_for("alumni.profile", alumnus_id=alumnus_id))
    if form.validate_on_submit():
        if (form.confirmation.data or "").strip() != ERASE_WORD:
            form.confirmation.errors = [_("Type %(word)s in capitals to confirm.", word=ERASE_WORD)]
        else:
            erasure.erase_alumnus(alumnus)
            flash(_("Record #%(id)s erased. Only anonymous counts remain.", id=alumnus_id), "success")
            return redirect(url_for("alumni.profile", alumnus_id=alumnus_id))
    status = 422 if request.method == "POST" else 200
    return render_template("alumni/erase.html", form=form, alumnus=alumnus, word=ERASE_WORD,
                           planned=status_changes.planned_contact(alumnus)), status


@bp.route("/<int:alumnus_id>/supporters", methods=["POST"])
@allow(*MANAGERS)
def add_supporter(alumnus_id: int):
    alumnus = _alumnus(alumnus_id)
    form = SupporterForm()
    if form.validate_on_submit():
        try:
            supporters.add_supporter(alumnus, form.data)
        except records.ValidationFailed as failed:
            # The profile again, with what was typed still in the form and each error beside
            # its field, rather than a banner above an emptied form.
            for name, message in field_refusals(failed.fields).items():
                form[name if name in form else "name"].errors = [message]
            return _profile_page(alumnus, form), 422
        else:
            flash(_("Supporter added."), "success")
    return redirect(url_for("alumni.profile", alumnus_id=alumnus_id) + "#supporters")


@bp.route("/<int:alumnus_id>/supporters/<int:supporter_id>/remove", methods=["POST"])
@allow(*MANAGERS)
def remove_supporter(alumnus_id: int, supporter_id: int):
    alumnus = _alumnus(alumnus_id)
    if ConfirmForm().validate_on_submit():
        try:
            supporters.remove_supporter(alumnus, supporter_id)
        except LookupError:
            abort(404)
        flash(_("Supporter removed."), "success")
    return redirect(url_for("alumni.profile", alumnus_id=alumnus_id) + "#supporters")



@bp.route("/<int:alumnus_id>/relapses/<int:event_id>/closer-plan/<decision>", methods=["POST"])
@allow(*MANAGERS)
def closer_plan(alumnus_id: int, event_id: int, decision: str):
    """A coordinator or admin takes (or turns down) the closer plan offered after a relapse."""
    if decision not in ("apply", "decline"):
        abort(404)
    alumnus = _alumnus(alumnus_id)
    if event_id > 2**31 - 1 or event_id not in {event.id for event in relapse.open_offers(alumnus.id)}:
        flash(_("That closer plan has already been decided."), "error")
        return redirect(url_for("alumni.profile", alumnus_id=alumnus_id))
    if ConfirmForm().validate_on_submit():
        try:
            if decision == "apply":
                added = relapse.apply_closer_plan(event_id, current_user)
                flash(ngettext("Closer plan applied: %(num)s check-in added, every %(days)s days.",
                               "Closer plan applied: %(num)s check-ins added, every %(days)s days.", len(added),
                               days=relapse.CLOSER_PLAN_EVERY_DAYS), "success")
            else:
                relapse.decline_closer_plan(event_id, current_user)
                flash(_("Closer plan not applied."), "success")
        except relapse.OfferClosed as closed:
            db.session.rollback()
            flash(offer_closed_words(str(closed)), "error")
    return redirect(url_for("alumni.profile", alumnus_id=alumnus_id))
