"""Queue and case pages; every action is one POST that calls one service function."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from alumni.access import ALL_STAFF, MANAGERS, allow, allow_blueprint
from alumni.core.reader_clock import said_in_words
from alumni.csv_export import csv_download, csv_text
from alumni.domain.whole_numbers import positive_int
from alumni.extensions import db
from alumni.models import LANGUAGES, Alumnus, Cohort, FollowUp, User
from alumni.web.staff_locale import number
from alumni.web.workspace import bp
from alumni.workspace import followups
from alumni.workspace.case_page import load_case_page
from alumni.workspace.followups import (
    CONTACT_KIND_WORDS,
    CONTACT_OUTCOME_WORDS,
    REASON_WORDS,
    RESOLUTION_WORDS,
    CaseActionError,
    reason_words,
)
from alumni.workspace.queue import QueueFilters, load_call_list, load_queue

allow_blueprint(bp, *ALL_STAFF)


def centre_zone() -> ZoneInfo:
    return ZoneInfo(current_app.config["DEFAULT_TIMEZONE"])


# The strftime formats the pages pass, as CLDR patterns, so month names follow the
# staff member's language (English keeps strftime's output as before).
LOCAL_PATTERNS = {"%d %b %Y, %H:%M": "dd MMM y, HH:mm", "%d %b": "dd MMM", "%d %b %Y": "dd MMM y"}


@bp.app_template_filter("local_time")
def local_time(value: datetime | None, fmt: str = "%d %b %Y, %H:%M") -> str:
    """Naive UTC from the database -> the centre's local time, for people."""
    if value is None:
        return ""
    moment = value.replace(tzinfo=ZoneInfo("UTC")).astimezone(centre_zone())
    if fmt not in LOCAL_PATTERNS:
        return moment.strftime(fmt)
    return said_in_words(moment, fmt, LOCAL_PATTERNS[fmt])


@bp.app_template_filter("ago")
def ago(value: datetime | None) -> str:
    if value is None:
        return ""
    from alumni.models import utcnow
    minutes = int((utcnow() - value).total_seconds() // 60)
    if minutes < 60:
        return _("%(num)s min ago", num=max(minutes, 0))
    if minutes < 48 * 60:
        return _("%(num)s h ago", num=minutes // 60)
    return _("%(num)s days ago", num=number(minutes // (24 * 60)))


@bp.app_context_processor
def on_call_warning() -> dict:
    """`nobody_on_call()` for the header of every signed-in page; asked only when the
    header is drawn for a signed-in person."""
    from alumni.workspace.on_call import on_call_now
    return {"nobody_on_call": lambda: not on_call_now()}


def _staff_choices() -> list[User]:
    return db.session.scalars(db.select(User).where(User.active.is_(True)).order_by(User.name, User.email)).all()


@bp.route("/")
def queue():
    filters = QueueFilters.from_args(request.args)
    page = load_queue(filters, current_user, page=request.args.get("page", 1, type=int), zone=centre_zone())
    cohorts = db.session.scalars(db.select(Cohort).order_by(Cohort.name)).all()
    return render_template("workspace/queue.html", page=page, filters=filters, cohorts=cohorts,
                           reasons=REASON_WORDS, languages=LANGUAGES)


@bp.route("/print")
def call_list():
    """The queue under its current filters as a sheet to print and call down."""
    filters = QueueFilters.from_args(request.args)
    calls = load_call_list(filters, current_user, zone=centre_zone())
    return render_template("workspace/print.html", calls=calls, filters=filters,
                           printed_at=datetime.now(centre_zone()))


CALL_LIST_HEADER = ("Name", "Phone", "Why", "Trigger", "What they wrote", "Last contact", "Last contact at",
                    "Opened", "Held by", "Case")


@bp.route("/call-list.csv")
def call_list_csv():
    filters = QueueFilters.from_args(request.args)
    calls = load_call_list(filters, current_user, zone=centre_zone())
    rows = ([row.alumnus.full_name if row.alumnus else "Unknown number", row.phone, row.reason, row.trigger,
             row.excerpt, row.last_contact, local_time(row.last_contact_at), local_time(row.case.opened_at),
             row.holder, row.case.id] for row in calls.rows)
    return csv_download(csv_text(CALL_LIST_HEADER, rows), "call-list.csv")


@bp.route("/cases/<int:case_id>")
def case(case_id: int):
    case = db.get_or_404(FollowUp, case_id)
    page = load_case_page(case, today=datetime.now(centre_zone()).date())
    return render_template(
        "workspace/case.html", case=case, page=page, alumnus=page.alumnus, message=page.message,
        contacts=page.contacts, other_cases=page.other_cases, reason=reason_words(case.reason),
        supporters=page.supporters, days_since_discharge=page.days_since_discharge, today=page.today,
        staff=_staff_choices() if current_user.role in MANAGERS else None,
        contact_kinds=CONTACT_KIND_WORDS, contact_outcomes=CONTACT_OUTCOME_WORDS,
        resolutions=RESOLUTION_WORDS, reason_words=reason_words,
        profile_url=url_for("alumni.profile", alumnus_id=page.alumnus.id)
        if page.alumnus is not None and "alumni.profile" in current_app.view_functions else None,
        inbox_url=url_for("inbox.unknown") if "inbox.unknown" in current_app.view_functions else None)


def _back(case_id: int):
    """Back to where the action was taken: the queue (with its filters) or the case."""
    target = request.form.get("next", "")
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    return redirect(url_for("workspace.case", case_id=case_id))


def _act(case_id: int, action, done: str):
    if db.session.get(FollowUp, case_id) is None:
        abort(404)
    try:
        action()
    except CaseActionError as error:
        db.session.rollback()
        flash(str(error), "error")
    else:
        flash(str(done), "success")  # str: a lazy string cannot be kept in the session
    return _back(case_id)


@bp.route("/cases/<int:case_id>/claim", methods=["POST"])
def claim(case_id: int):
    return _act(case_id, lambda: followups.claim(case_id, current_user), _l("The case is yours."))


@bp.route("/cases/<int:case_id>/acknowledge", methods=["POST"])
def acknowledge(case_id: int):
    return _act(case_id, lambda: followups.acknowledge(case_id, current_user),
                _l("Acknowledged: the on-call alerts for this crisis stop."))


@bp.route("/cases/<int:case_id>/assign", methods=["POST"])
@allow(*MANAGERS)
def assign(case_id: int):
    raw = request.form.get("assignee", "")
    assignee = positive_int(raw)
    return _act(case_id, lambda: followups.assign(case_id, assignee, current_user),
                _l("Assigned.") if assignee else _l("Put back in the shared queue."))


@bp.route("/cases/<int:case_id>/contact", methods=["POST"])
def log_contact(case_id: int):
    form = request.form
    return _act(case_id, lambda: followups.log_contact(
        case_id, form.get("kind", ""), form.get("outcome", ""), form.get("note", ""), current_user),
        _l("Contact logged."))


@bp.route("/cases/<int:case_id>/resolve", methods=["POST"])
def resolve(case_id: int):
    form = request.form
    return _act(case_id, lambda: followups.resolve(case_id, form.get("outcome", ""), form.get("note", ""),
                                                   current_user), _l("Case resolved."))


@bp.route("/cases/<int:case_id>/snooze", methods=["POST"])
def snooze(case_id: int):
    def run():
        try:
            until = date.fromisoformat(request.form.get("until", ""))
        except ValueError:
            raise CaseActionError(_l("Choose the day the case should come back.")) from None
        followups.snooze(case_id, until, current_user)
    return _act(case_id, run, _l("Snoozed."))


@bp.route("/alumni/<int:alumnus_id>/contact", methods=["POST"])
def log_alumnus_contact(alumnus_id: int):
    """A contact logged from the alumnus page, not tied to a case."""
    alumnus = db.get_or_404(Alumnus, alumnus_id)
    form = request.form
    try:
        followups.log_alumnus_contact(alumnus.id, form.get("kind", ""), form.get("outcome", ""),
                                      form.get("note", ""), current_user)
    except CaseActionError as error:
        db.session.rollback()
        flash(str(error), "error")
    else:
        flash(_("Contact logged."), "success")
    if "alumni.profile" in current_app.view_functions:
        return redirect(url_for("alumni.profile", alumnus_id=alumnus.id))
    return redirect(url_for("workspace.queue"))
