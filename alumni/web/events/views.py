"""Meetings: thin views over alumni.peer.events and event_attendance."""
from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_datetime
from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user

from alumni.access import ALL_STAFF, MANAGERS, allow
from alumni.core.audit import audit, audit_shown
from alumni.domain.event_rules import EventDraft
from alumni.domain.recurrence import local_to_utc, utc_to_local
from alumni.domain.staff_languages import DEFAULT_STAFF_LANGUAGE
from alumni.extensions import db
from alumni.models import Alumnus, CheckIn, Cohort, Event, EventOccurrence, Invitation, Rsvp, utcnow
from alumni.peer.event_attendance import no_shows, set_attendance, sign_in_rows
from alumni.peer.events import (
    EventInvalid,
    cancel_occurrence,
    cancel_series,
    create_event,
    invite_occurrence,
    record_rsvp_by_staff,
    update_event,
)
from alumni.peer.supporter_invitations import supporter_rsvps
from alumni.web.display_words import language_words
from alumni.web.events import bp
from alumni.web.events.forms import ActionForm, AttendanceForm, CancelForm, EventForm, RsvpForm
from alumni.web.events.problem_words import problem_words, refusal_words
from alumni.web.staff_locale import current_language

FORM_FIELD_FOR = {"starts_on": "starts_on", "audience_values": "audience"}


@bp.app_template_filter("meeting_time")
def meeting_time(value, tz_name: str = "") -> str:
    if value is None:
        return ""
    local = utc_to_local(value, tz_name or current_app.config.get("DEFAULT_TIMEZONE", "Asia/Kolkata"))
    language = current_language()
    if language != DEFAULT_STAFF_LANGUAGE:
        return format_datetime(local, "EEE d MMM y, HH:mm", locale=language)  # weekday and month in their words
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M}"


def _event_form(event: Event | None = None) -> EventForm:
    form = EventForm(obj=event) if request.method == "POST" or event is None else EventForm(
        obj=event, **_event_form_defaults(event))
    form.cohorts.choices = [(str(c.id), c.name) for c in db.session.scalars(db.select(Cohort).order_by(Cohort.name))]
    programmes = db.session.scalars(db.select(Alumnus.programme).where(Alumnus.programme.is_not(None))
                                    .distinct().order_by(Alumnus.programme))
    form.programmes.choices = [(p, p) for p in programmes if p]
    if not form.timezone.data:
        form.timezone.data = current_app.config.get("DEFAULT_TIMEZONE", "Asia/Kolkata")
    return form


def _event_form_defaults(event: Event) -> dict:
    local = utc_to_local(event.starts_at, event.timezone)
    values = event.audience_values or []
    return {"starts_on": local.date(), "starts_time": local.time(),
            "cohorts": values if event.audience == "cohorts" else [],
            "languages": values if event.audience == "language" else [],
            "programmes": values if event.audience == "programme" else []}


def _draft(form: EventForm) -> EventDraft | None:
    try:
        ZoneInfo(form.timezone.data.strip())
    except (ZoneInfoNotFoundError, ValueError):
        form.timezone.errors.append(_("Use a time zone name such as Asia/Kolkata."))
        return None
    audience_values = {"cohorts": form.cohorts.data, "language": form.languages.data,
                       "programme": form.programmes.data}.get(form.audience.data, [])
    # The field of the other kind is hidden in the browser; whatever it still holds is not saved.
    in_person, online = form.mode.data in ("in_person", "hybrid"), form.mode.data in ("online", "hybrid")
    return EventDraft(
        title=form.title.data or "", description=form.description.data or "", mode=form.mode.data,
        place=(form.place.data or "").strip() if in_person else "",
        link=(form.link.data or "").strip() if online else "",
        starts_at=local_to_utc(form.starts_on.data, form.starts_time.data, form.timezone.data.strip()),
        duration_minutes=form.duration_minutes.data, timezone=form.timezone.data.strip(),
        recurrence=form.recurrence.data, audience=form.audience.data, audience_values=audience_values or [],
        invite_days_before=form.invite_days_before.data)


def _show_problems(form: EventForm, problems: dict[str, str]) -> None:
    for name, text in problems.items():
        field = getattr(form, FORM_FIELD_FOR.get(name, name), None) or form.title
        field.errors = list(field.errors) + [problem_words(text)]


@bp.route("/")
@allow(*ALL_STAFF)
def index():
    now = utcnow()
    upcoming = db.session.scalars(
        db.select(EventOccurrence).join(Event, Event.id == EventOccurrence.event_id)
        .where(EventOccurrence.starts_at > now, EventOccurrence.cancelled_at.is_(None), Event.cancelled_at.is_(None))
        .order_by(EventOccurrence.starts_at).limit(20)).all()
    recent = db.session.scalars(
        db.select(EventOccurrence).where(EventOccurrence.starts_at <= now)
        .order_by(EventOccurrence.starts_at.desc()).limit(10)).all()
    events = db.session.scalars(db.select(Event).order_by(Event.starts_at.desc())).all()
    return render_template("events/index.html", upcoming=upcoming, recent=recent, events=events,
                           no_shows=no_shows(now), can_manage=current_user.role in MANAGERS,
                           counts=_counts([o.id for o in upcoming + recent]))


def _counts(occurrence_ids: list[int]) -> dict[int, dict[str, int]]:
    counts: dict[int, dict[str, int]] = {i: {"invited": 0, "yes": 0, "no": 0, "attended": 0} for i in occurrence_ids}
    if not occurrence_ids:
        return counts
    for invitation in db.session.scalars(db.select(Invitation).where(Invitation.occurrence_id.in_(occurrence_ids))):
        row = counts[invitation.occurrence_id]
        row["invited"] += 1 if invitation.checkin_id else 0
        row["yes"] += invitation.rsvp == Rsvp.YES
        row["no"] += invitation.rsvp == Rsvp.NO
        row["attended"] += invitation.attended
    return counts


@bp.route("/new", methods=["GET", "POST"])
@allow(*MANAGERS)
def create():
    form = _event_form()
    if form.validate_on_submit():
        draft = _draft(form)
        if draft is not None:
            try:
                event = create_event(draft, by_id=current_user.id)
            except EventInvalid as error:
                _show_problems(form, error.fields)
            else:
                flash(_created_words(event), "success")
                return redirect(url_for("events.show", event_id=event.id))
    return render_template("events/form.html", form=form, event=None)


def _created_words(event: Event) -> str:
    days = event.invite_days_before
    return ngettext("Created “%(title)s”. Invitations go out %(num)s day before each meeting, "
                    "or now with “Send invitations now”.",
                    "Created “%(title)s”. Invitations go out %(num)s days before each meeting, "
                    "or now with “Send invitations now”.", days, title=event.title)


@bp.route("/<int:event_id>/edit", methods=["GET", "POST"])
@allow(*MANAGERS)
def edit(event_id: int):
    event = db.get_or_404(Event, event_id)
    form = _event_form(event)
    if form.validate_on_submit():
        draft = _draft(form)
        if draft is not None:
            try:
                update_event(event, draft)
            except EventInvalid as error:
                _show_problems(form, error.fields)
            else:
                flash(_("Meeting saved."), "success")
                return redirect(url_for("events.show", event_id=event.id))
    return render_template("events/form.html", form=form, event=event)


def _invited_names(event: Event) -> list[str]:
    """Whom a meeting invites, by name: its cohorts' names (as they are called now), its
    languages in the reader's words, its programmes as written."""
    values = list(event.audience_values or [])
    if event.audience == "language":
        return [language_words(code) for code in values]
    if event.audience != "cohorts":
        return values
    ids = [int(value) for value in values if value.isdigit()]
    names = dict(db.session.execute(db.select(Cohort.id, Cohort.name).where(Cohort.id.in_(ids or [0]))).all())
    return [names[int(value)] if value.isdigit() and int(value) in names
            else _("a cohort no longer on record (#%(id)s)", id=value) for value in values]


@bp.route("/<int:event_id>")
@allow(*ALL_STAFF)
def show(event_id: int):
    event = db.get_or_404(Event, event_id)
    return render_template("events/show.html", event=event, counts=_counts([o.id for o in event.occurrences]),
                           can_manage=current_user.role in MANAGERS, action=ActionForm(), cancel_form=CancelForm(),
                           now=utcnow(), invited_names=_invited_names(event))


@bp.route("/meetings/<int:occurrence_id>")
@allow(*ALL_STAFF)
def occurrence(occurrence_id: int):
    occurrence = db.get_or_404(EventOccurrence, occurrence_id)
    invitations = sorted(occurrence.invitations, key=lambda i: (i.rsvp != "yes", i.alumnus.full_name.casefold()))
    checkins = {c.id: c for c in db.session.scalars(db.select(CheckIn).where(
        CheckIn.id.in_([i.checkin_id for i in invitations if i.checkin_id] or [0])))}
    supporters = supporter_rsvps(occurrence_id)
    checkins.update({c.id: c for c in db.session.scalars(db.select(CheckIn).where(
        CheckIn.id.in_([s.checkin_id for s in supporters if s.checkin_id] or [0])))})
    missing = no_shows(utcnow(), occurrence_id=occurrence_id)
    audit("event.invitations_viewed", detail={"occurrence_id": occurrence_id, "people": len(invitations),
                                              "supporters": len(supporters)})
    audit_shown([i.alumnus_id for i in invitations] + [m.alumnus_id for m in missing]
                + [s.alumnus_id for s in supporters], "meeting invitations", occurrence_id=occurrence_id)
    db.session.commit()
    return render_template("events/occurrence.html", occurrence=occurrence, event=occurrence.event,
                           invitations=invitations, checkins=checkins, rsvp_form=RsvpForm(), action=ActionForm(),
                           missing=missing, supporters=supporters,
                           can_manage=current_user.role in MANAGERS, cancel_form=CancelForm(), now=utcnow())


@bp.route("/meetings/<int:occurrence_id>/invite", methods=["POST"])
@allow(*MANAGERS)
def invite(occurrence_id: int):
    db.get_or_404(EventOccurrence, occurrence_id)
    if ActionForm().validate_on_submit():
        count = invite_occurrence(occurrence_id)
        flash(ngettext("%(num)s invitation queued; each goes out by the person's preferred channel, "
                       "outside their quiet hours, if they have consented.",
                       "%(num)s invitations queued; each goes out by the person's preferred channel, "
                       "outside their quiet hours, if they have consented.", count), "success")
    return redirect(url_for("events.occurrence", occurrence_id=occurrence_id))


@bp.route("/meetings/<int:occurrence_id>/cancel", methods=["POST"])
@allow(*MANAGERS)
def cancel_meeting(occurrence_id: int):
    db.get_or_404(EventOccurrence, occurrence_id)
    _cancel_confirmed(lambda: cancel_occurrence(occurrence_id, actor=current_user.email), _meeting_cancelled)
    return redirect(url_for("events.occurrence", occurrence_id=occurrence_id))


@bp.route("/<int:event_id>/cancel", methods=["POST"])
@allow(*MANAGERS)
def cancel_event(event_id: int):
    db.get_or_404(Event, event_id)
    _cancel_confirmed(lambda: cancel_series(event_id, actor=current_user.email), _series_cancelled)
    return redirect(url_for("events.show", event_id=event_id))


def _meeting_cancelled(told: int) -> str:
    return ngettext("Meeting cancelled; %(num)s person is being told by text.",
                    "Meeting cancelled; %(num)s people are being told by text.", told)


def _series_cancelled(told: int) -> str:
    return ngettext("Every future date is cancelled; %(num)s person is being told by text.",
                    "Every future date is cancelled; %(num)s people are being told by text.", told)


def _cancel_confirmed(cancel: Callable[[], int], done: Callable[[int], str]) -> None:
    """Run `cancel` (returns how many are told) only behind the ticked box; say the outcome
    with `done`, whose sentence counts the people told."""
    if not CancelForm().validate_on_submit():
        flash(_("Not cancelled: tick the box to confirm."), "error")
        return
    try:
        told = cancel()
    except EventInvalid as error:
        flash(_("Not cancelled: %(why)s", why=refusal_words(error)), "error")
        return
    flash(done(told), "success")


@bp.route("/invitations/<int:invitation_id>/rsvp", methods=["POST"])
@allow(*MANAGERS)
def set_rsvp(invitation_id: int):
    invitation = db.get_or_404(Invitation, invitation_id)
    form = RsvpForm()
    if form.validate_on_submit():
        record_rsvp_by_staff(invitation.id, form.rsvp.data)
        flash(_("RSVP recorded for %(name)s.", name=invitation.alumnus.full_name), "success")
    else:
        why = " ".join(str(error) for error in form.rsvp.errors) or _("try again.")
        flash(_("Nothing recorded for %(name)s: %(why)s", name=invitation.alumnus.full_name, why=why), "error")
    return redirect(url_for("events.occurrence", occurrence_id=invitation.occurrence_id))


@bp.route("/meetings/<int:occurrence_id>/sign-in", methods=["GET", "POST"])
@allow(*ALL_STAFF)
def sign_in(occurrence_id: int):
    occurrence = db.get_or_404(EventOccurrence, occurrence_id)
    query = request.values.get("q", "").strip()
    if request.method == "POST":
        form = AttendanceForm()
        if not form.validate_on_submit():
            abort(400)
        try:
            invitation = set_attendance(occurrence_id, form.alumnus_id.data, form.present.data == "1",
                                        by_id=current_user.id)
        except LookupError:
            abort(404)
        name = invitation.alumnus.full_name
        flash(_("%(name)s: present.", name=name) if invitation.attended else
              _("%(name)s: not marked present.", name=name), "success")
        return redirect(url_for("events.sign_in", occurrence_id=occurrence_id, q=query or None))
    rows = sign_in_rows(occurrence, query)
    audit("event.sign_in_viewed", detail={"occurrence_id": occurrence_id, "search": bool(query)})
    audit_shown((r.alumnus_id for r in rows), "meeting sign-in sheet", occurrence_id=occurrence_id)
    db.session.commit()
    return render_template("events/sign_in.html", occurrence=occurrence, event=occurrence.event, rows=rows,
                           query=query, form=AttendanceForm(),
                           present=sum(1 for i in occurrence.invitations if i.attended))
