"""The workspace's panel on the alumnus page: wellbeing chart of their scores, next
scheduled check-in, consents, mentor, open cases and one-click actions. Listed in
alumni/wiring.py (the profile page audits the read of the record)."""
from __future__ import annotations

from flask_babel import gettext, ngettext
from markupsafe import Markup

from alumni.core.consent import has_consent
from alumni.domain.charts import Chart, Series, line_chart
from alumni.extensions import db
from alumni.models import Alumnus, Channel, CheckIn, CheckInStatus, FollowUp, FollowUpStatus, MentorMatch
from alumni.web.clock_filter import day
from alumni.workspace.followups import CONTACT_KIND_WORDS, CONTACT_OUTCOME_WORDS, reason_words

CHANNEL_WORDS = {Channel.SMS: "SMS", Channel.WHATSAPP: "WhatsApp", Channel.EMAIL: "Email"}
SCORES_SHOWN = 24


def wellbeing_chart(alumnus_id: int, name: str) -> tuple[Markup | None, list[tuple[str, int]]]:
    rows = db.session.execute(
        db.select(CheckIn.replied_at, CheckIn.due_at, CheckIn.score)
        .where(CheckIn.alumnus_id == alumnus_id, CheckIn.score.is_not(None))
        .order_by(CheckIn.due_at.desc()).limit(SCORES_SHOWN)).all()
    points = [(day(replied or due), score) for replied, due, score in reversed(rows)]
    if not points:
        return None, []
    chart = Chart(title=gettext("Wellbeing scores of %(name)s", name=name),
                  desc=ngettext("%(num)s score from 1 (a hard time) to 5 (doing well), oldest first; "
                                "latest %(latest)s on %(day)s.",
                                "%(num)s scores from 1 (a hard time) to 5 (doing well), oldest first; "
                                "latest %(latest)s on %(day)s.", len(points),
                                latest=points[-1][1], day=points[-1][0]),
                  labels=[label for label, _ in points], y_max=5, y_label=gettext("score"),
                  series=[Series(gettext("Score"), [float(score) for _, score in points])])
    return Markup(line_chart(chart, f"wellbeing-{alumnus_id}")), points


def _mentor(alumnus_id: int):
    return db.session.scalar(
        db.select(Alumnus).join(MentorMatch, MentorMatch.mentor_id == Alumnus.id)
        .where(MentorMatch.mentee_id == alumnus_id, MentorMatch.ended_at.is_(None)).limit(1))


def workspace_panel(alumnus) -> dict | None:
    if alumnus.status == "erased":
        return None
    chart, points = wellbeing_chart(alumnus.id, alumnus.first_name)
    next_checkin = db.session.scalar(
        db.select(CheckIn).where(CheckIn.alumnus_id == alumnus.id, CheckIn.status == CheckInStatus.SCHEDULED)
        .order_by(CheckIn.due_at).limit(1))
    open_cases = db.session.scalars(db.select(FollowUp).where(
        FollowUp.alumnus_id == alumnus.id, FollowUp.status != FollowUpStatus.RESOLVED)
        .order_by(FollowUp.queue_rank, FollowUp.opened_at)).all()
    return {
        "chart": chart, "points": points,
        "next_checkin": next_checkin,
        "consents": [(CHANNEL_WORDS[c.value], has_consent(alumnus.id, c.value)) for c in Channel],
        "mentor": _mentor(alumnus.id),
        "open_cases": [(case, reason_words(case.reason)) for case in open_cases],
        "contact_kinds": CONTACT_KIND_WORDS, "contact_outcomes": CONTACT_OUTCOME_WORDS,
    }
