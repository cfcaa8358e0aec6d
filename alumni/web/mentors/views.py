"""Mentors: thin views over alumni.peer.mentors."""
from __future__ import annotations

from datetime import date, timedelta

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import func
from wtforms import (
    BooleanField,
    DateField,
    HiddenField,
    IntegerField,
    SelectMultipleField,
    StringField,
    TextAreaField,
    widgets,
)
from wtforms.validators import NumberRange, Optional

from alumni.core.audit import audit, audit_read, audit_shown
from alumni.core.reader_language import ALUMNUS_LANGUAGE_WORDS
from alumni.domain.whole_numbers import positive_int
from alumni.extensions import db
from alumni.models import Alumnus, AlumnusStatus, MentorMatch, MentorProfile
from alumni.peer.mentors import (
    MentorProblem,
    confirm_match,
    current_match_for_mentee,
    current_mentee_counts,
    end_match,
    plan_step_days,
    save_mentor_profile,
    suggest_mentors,
)
from alumni.web.mentors import bp
from alumni.web.mentors.mentor_words import problem_words, reason_words
from alumni.web.staff_forms import StaffForm

LANGUAGE_CHOICES = list(ALUMNUS_LANGUAGE_WORDS.items())
NEW_GRADUATE_DAYS = 120


class MultiCheckbox(SelectMultipleField):
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


class MentorProfileForm(StaffForm):
    consent = BooleanField(_l("Has agreed to be a peer mentor"))
    trained_on = DateField(_l("Mentor training completed on"), validators=[Optional()])
    capacity = IntegerField(_l("How many mentees at once"), default=2, validators=[
        NumberRange(1, 10, message=_l("Between %(min)s and %(max)s mentees."))])
    languages = MultiCheckbox(_l("Languages"), choices=LANGUAGE_CHOICES)
    area = StringField(_l("Area (where they live or can meet)"), validators=[Optional()])
    active = BooleanField(_l("Available for new matches"), default=True)
    notes = TextAreaField(_l("Notes"), validators=[Optional()])


class ConfirmForm(StaffForm):
    mentor_id = HiddenField()
    area = HiddenField()
    nudge_days = MultiCheckbox(_l("Nudge the mentor at these plan steps"), choices=[], coerce=int,
                               validate_choice=False)
    # Recorded as the mentee's consent before the introductions go; unticked, the mentor is
    # given the centre's number instead of theirs.
    share_number = BooleanField(_l("The graduate agrees to give their number to the mentor"))


class EndForm(StaffForm):
    reason = StringField(_l("Why is the match ending?"))


@bp.route("/")
def index():
    query = request.args.get("q", "").strip()
    found = []
    if query:
        pattern = f"%{query.casefold()}%"
        found = db.session.scalars(db.select(Alumnus).where(
            Alumnus.status == AlumnusStatus.ACTIVE,
            func.lower(Alumnus.first_name + " " + Alumnus.last_name).like(pattern))
            .order_by(Alumnus.first_name).limit(30)).all()
    profiles = db.session.scalars(db.select(MentorProfile).order_by(MentorProfile.active.desc(),
                                                                    MentorProfile.id)).all()
    matches = db.session.scalars(db.select(MentorMatch).where(MentorMatch.ended_at.is_(None))
                                 .order_by(MentorMatch.started_at.desc())).all()
    matched = {m.mentee_id for m in matches}
    recent = db.session.scalars(db.select(Alumnus).where(
        Alumnus.status == AlumnusStatus.ACTIVE,
        Alumnus.discharge_date >= date.today() - timedelta(days=NEW_GRADUATE_DAYS))
        .order_by(Alumnus.discharge_date.desc()).limit(50)).all()
    unmatched = [a for a in recent if a.id not in matched]
    audit("mentor.list_viewed", detail={"search": bool(query)})
    audit_shown([a.id for a in found] + [p.alumnus_id for p in profiles]
                + [i for m in matches for i in (m.mentor_id, m.mentee_id)] + [a.id for a in unmatched],
                "mentors list")
    db.session.commit()
    return render_template("mentors/index.html", query=query, found=found, profiles=profiles, matches=matches,
                           counts=current_mentee_counts(), unmatched=unmatched,
                           end_form=EndForm())


@bp.route("/profile/<int:alumnus_id>", methods=["GET", "POST"])
def profile(alumnus_id: int):
    alumnus = db.get_or_404(Alumnus, alumnus_id)
    existing = db.session.scalar(db.select(MentorProfile).where(MentorProfile.alumnus_id == alumnus_id))
    form = MentorProfileForm(obj=existing)
    if request.method == "GET" and existing is None:
        form.languages.data = [alumnus.language]
    if form.validate_on_submit():
        try:
            save_mentor_profile(alumnus_id, consent=form.consent.data, trained_on=form.trained_on.data,
                                capacity=form.capacity.data, languages=form.languages.data or [],
                                area=form.area.data or "", active=form.active.data, notes=form.notes.data or None)
        except MentorProblem as error:
            form.languages.errors = list(form.languages.errors) + [problem_words(error)]
        else:
            flash(_("Mentor profile saved for %(name)s.", name=alumnus.full_name), "success")
            return redirect(url_for("mentors.index"))
    elif request.method == "GET":
        audit_read(alumnus_id, "mentor profile")
    return render_template("mentors/profile.html", alumnus=alumnus, form=form, existing=existing)


@bp.route("/suggest/<int:mentee_id>", methods=["GET", "POST"])
def suggest(mentee_id: int):
    mentee = db.get_or_404(Alumnus, mentee_id)
    form = ConfirmForm()
    days = plan_step_days(mentee)
    form.nudge_days.choices = [(d, _("day %(day)s", day=d)) for d in days]
    area = request.values.get("area", "").strip()
    mentor_id = positive_int(form.mentor_id.data)
    if form.validate_on_submit() and mentor_id is not None:
        try:
            match = confirm_match(mentee.id, mentor_id, nudge_days=form.nudge_days.data or [],
                                  area=area or None, by_id=current_user.id,
                                  share_number=bool(form.share_number.data))
        except MentorProblem as error:
            flash(problem_words(error), "error")
        else:
            flash(_("%(mentor)s is now %(mentee)s's peer mentor; both will receive an introduction text.",
                    mentor=match.mentor.full_name, mentee=mentee.full_name), "success")
            return redirect(url_for("mentors.index"))
    elif request.method == "GET":
        audit_read(mentee.id, "mentor suggestions")
    current = current_match_for_mentee(mentee.id)
    return render_template("mentors/suggest.html", mentee=mentee, area=area, form=form,
                           suggestions=suggest_mentors(mentee, area or None), current=current, days=days,
                           reason_words=reason_words)


@bp.route("/matches/<int:match_id>/end", methods=["POST"])
def end(match_id: int):
    match = db.get_or_404(MentorMatch, match_id)
    form = EndForm()
    if form.validate_on_submit():
        try:
            end_match(match.id, form.reason.data or "")
        except MentorProblem as error:
            flash(problem_words(error), "error")
        else:
            flash(_("Match between %(mentor)s and %(mentee)s ended.", mentor=match.mentor.full_name,
                    mentee=match.mentee.full_name), "success")
    return redirect(url_for("mentors.index"))
