"""Plans (steps) and message templates (per language, with a live preview)."""
from __future__ import annotations

from functools import partial

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from alumni.core.audit import audit_shown
from alumni.domain.message_templates import TEMPLATE_VARIABLES
from alumni.domain.sms_segments import WARN_ABOVE_SEGMENTS
from alumni.domain.whole_numbers import positive_int
from alumni.extensions import db
from alumni.models import LANGUAGES, Alumnus, AlumnusStatus, CheckIn, CheckInStatus, MessageTemplate, Plan, PlanStep
from alumni.plans.message_templates import TemplateRefused, preview, save_template, template_keys
from alumni.plans.plan_editing import STEP_CHANNELS, PlanRefused, StepDraft, save_plan
from alumni.web.plans import bp
from alumni.web.plans.editor_words import (
    plan_problems,
    segment_words,
    step_channel_words,
    template_problem_words,
    variable_words,
    who_words,
)
from alumni.web.staff_locale import language_word

BLANK_STEPS = 3
PREVIEW_PEOPLE = 100


@bp.route("/")
def index():
    plans = db.session.scalars(db.select(Plan).order_by(Plan.is_default.desc(), Plan.name)).all()
    members = dict(db.session.execute(db.select(Alumnus.plan_id, db.func.count()).where(
        Alumnus.plan_id.is_not(None), Alumnus.status.in_((AlumnusStatus.ACTIVE, AlumnusStatus.PAUSED)))
        .group_by(Alumnus.plan_id)).all())
    templates: dict[str, list[MessageTemplate]] = {}
    by_key = db.select(MessageTemplate).order_by(MessageTemplate.key, MessageTemplate.language)
    for template in db.session.scalars(by_key):
        templates.setdefault(template.key, []).append(template)
    return render_template("plans/index.html", plans=plans, members=members, templates=templates)


def _step_field(index: int, name: str) -> str:
    return request.form.get(f"step-{index}-{name}", "")


def _drafts_from_form() -> list[StepDraft]:
    count = min(positive_int(request.form.get("step_count", "0")) or 0, 200)
    drafts = []
    for i in range(count):
        get = partial(_step_field, i)
        step_id = get("id")
        drafts.append(StepDraft(step_id=positive_int(step_id), day_offset=get("day"),
                                channel=get("channel"), template_key=get("template"),
                                reply_window_hours=get("window") or "48", misses_before_case=get("misses") or "2",
                                remove=bool(get("remove"))))
    return drafts


def _rows_for(plan: Plan | None) -> list[StepDraft]:
    rows = [StepDraft(s.id, str(s.day_offset), s.channel, s.template_key, str(s.reply_window_hours),
                      str(s.misses_before_case)) for s in (plan.steps if plan else [])]
    return rows + [StepDraft(None, "", "preferred", "checkin", "48", "2") for _ in range(BLANK_STEPS)]


def _plan_checkins(plan: Plan) -> tuple[list, list]:
    base = (db.select(CheckIn, Alumnus).join(Alumnus, Alumnus.id == CheckIn.alumnus_id)
            .join(PlanStep, PlanStep.id == CheckIn.plan_step_id).where(PlanStep.plan_id == plan.id))
    upcoming = db.session.execute(base.where(CheckIn.status == CheckInStatus.SCHEDULED)
                                  .order_by(CheckIn.due_at).limit(25)).all()
    past = db.session.execute(base.where(CheckIn.status != CheckInStatus.SCHEDULED)
                              .order_by(CheckIn.due_at.desc()).limit(25)).all()
    return upcoming, past


@bp.route("/new", methods=["GET", "POST"])
def create():
    return _edit(None)


@bp.route("/<int:plan_id>", methods=["GET", "POST"])
def edit(plan_id: int):
    return _edit(db.get_or_404(Plan, plan_id))


def _edit(plan: Plan | None):
    problems: dict[str, str] = {}
    name = plan.name if plan else ""
    description = plan.description if plan else ""
    rows = _rows_for(plan)
    if request.method == "POST":
        name, description = request.form.get("name", ""), request.form.get("description", "")
        drafts = _drafts_from_form()
        try:
            saved = save_plan(plan, name, description, drafts)
        except PlanRefused as refused:
            db.session.rollback()
            problems = refused.problems
            rows = drafts + [StepDraft(None, "", "preferred", "checkin", "48", "2")]
        else:
            flash(_("Plan “%(name)s” saved. Alumni on it are being re-planned (future check-ins only).",
                    name=saved.name), "success")
            return redirect(url_for("plans.edit", plan_id=saved.id))
    upcoming, past = _plan_checkins(plan) if plan else ([], [])
    audit_shown((a.id for _, a in upcoming + past), "plan check-ins", plan_id=plan.id if plan else None)
    return render_template("plans/edit.html", plan=plan, name=name, description=description, rows=rows,
                           problems=problems, problem_words=plan_problems(problems), channels=STEP_CHANNELS,
                           step_channel_words=step_channel_words, keys=template_keys(),
                           upcoming=upcoming, past=past), (422 if problems else 200)


def _people() -> list[Alumnus]:
    return db.session.scalars(db.select(Alumnus).where(Alumnus.status == AlumnusStatus.ACTIVE)
                              .order_by(Alumnus.id.desc()).limit(PREVIEW_PEOPLE)).all()


@bp.route("/templates/new", methods=["GET", "POST"])
def template_new():
    return _template_page(None)


@bp.route("/templates/<int:template_id>", methods=["GET", "POST"])
def template_edit(template_id: int):
    return _template_page(db.get_or_404(MessageTemplate, template_id))


def _template_page(template: MessageTemplate | None):
    form = request.form if request.method == "POST" else {}
    key = form.get("key", template.key if template else "")
    language = form.get("language", template.language if template else "en")
    subject = form.get("subject", template.subject if template else "")
    body = form.get("body", template.body if template else "")
    alumnus_id = request.values.get("alumnus_id", "")
    discreet = request.values.get("discreet") == "1"
    refused = None
    if request.method == "POST" and form.get("action") == "save":
        try:
            saved = save_template(key, language, body, subject, template=template)
        except TemplateRefused as error:
            db.session.rollback()
            refused = str(error)
        else:
            flash(_("Template %(key)s (%(language)s) saved.", key=saved.key, language=language_word(saved.language)),
                  "success")
            return redirect(url_for("plans.template_edit", template_id=saved.id))
    shown = preview(body, subject, language, positive_int(alumnus_id),
                    discreet=True if discreet else None) if body.strip() else None
    people = _people()
    audit_shown((p.id for p in people), "template preview people")
    return render_template("plans/template.html", template=template, key=key, language=language, subject=subject,
                           body=body, refused=refused, shown=shown, people=people, alumnus_id=alumnus_id,
                           discreet=discreet, languages=LANGUAGES, variables=TEMPLATE_VARIABLES,
                           warn_above=WARN_ABOVE_SEGMENTS, variable_words=variable_words, who_words=who_words,
                           segment_words=segment_words,
                           template_problem_words=template_problem_words), (422 if refused else 200)


@bp.route("/templates/preview", methods=["POST"])
def template_preview():
    """The live preview: JSON in, the rendering, segment count and any problem out (the
    words in the staff member's language, for the page's script to show as they are)."""
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        abort(400)
    alumnus_id = str(data.get("alumnus_id") or "")
    shown = preview(str(data.get("body", "")), str(data.get("subject", "")), str(data.get("language", "en")),
                    positive_int(alumnus_id),
                    discreet=True if data.get("discreet") else None)
    segments = shown.segments
    return {"subject": shown.subject, "body": shown.body, "problem": template_problem_words(shown.problem) or None,
            "who": who_words(shown), "segment_words": segment_words(segments) if segments else "",
            "encoding": segments.encoding if segments else None, "segments": segments.segments if segments else 0,
            "units": segments.units if segments else 0, "per_segment": segments.per_segment if segments else 0,
            "too_long": bool(segments and segments.too_long)}
