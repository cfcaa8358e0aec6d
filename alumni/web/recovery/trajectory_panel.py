"""The trajectory panel on the alumnus page (listed in alumni/wiring.py; the profile page
audits the read of the record): the figure drawn on the server, and the same points as a
table for screen readers and for reading exact dates."""
from __future__ import annotations

from flask_babel import gettext
from flask_babel import lazy_gettext as _l
from markupsafe import Markup

from alumni.domain.trajectory import layout, not_enough_data, summary
from alumni.domain.trajectory_svg import trajectory_svg
from alumni.models import AlumnusStatus
from alumni.recovery.trajectory import trajectory_of
from alumni.web.clock_filter import day

CHART_ID = "trajectory-figure"
TABLE_NOTE_ID = "trajectory-table-note"
# The figure's fixed words (alumni/domain/trajectory.py speaks English), in the staff member's.
FIGURE_WORDS = {
    "Check-in score": _l("Check-in score"), "Risk, protection": _l("Risk, protection"),
    "Risk": _l("Risk"), "Protection": _l("Protection"),
    "Days of use (monitor)": _l("Days of use (monitor)"), "Relapses": _l("Relapses"), "Cases": _l("Cases"),
    "Referrals": _l("Referrals"), "Meetings attended": _l("Meetings attended"),
    "Mentor contacts": _l("Mentor contacts"), "Days since discharge": _l("Days since discharge"),
    "discharge": _l("discharge"), "today": _l("today"), "Day": _l("Day"),
    "Days since discharge across": _l("Days since discharge across"), "nothing recorded": _l("nothing recorded"),
    "check-in score": _l("check-in score"), "check-in scores": _l("check-in scores"),
    "monitor answer set": _l("monitor answer set"), "monitor answer sets": _l("monitor answer sets"),
    "relapse": _l("relapse"), "relapses": _l("relapses"), "case opened": _l("case opened"),
    "cases opened": _l("cases opened"), "case closed": _l("case closed"), "cases closed": _l("cases closed"),
    "referral step": _l("referral step"), "referral steps": _l("referral steps"),
    "meeting attended": _l("meeting attended"), "meetings attended": _l("meetings attended"),
    "mentor contact": _l("mentor contact"), "mentor contacts": _l("mentor contacts"),
}


def trajectory_panel(alumnus) -> dict | None:
    if alumnus.status == AlumnusStatus.ERASED:
        return None
    found = trajectory_of(alumnus)
    # The domain's sentence stays English; the page says it in the staff member's language.
    empty = gettext("Not enough data yet: nothing recorded since discharge (no score, monitor answer or event).") \
        if not_enough_data(found.points) else None
    svg = None
    if empty is None:
        title = gettext("Trajectory since discharge on %(day)s", day=day(found.discharge_date))
        words = {english: str(words) for english, words in FIGURE_WORDS.items()}
        svg = Markup(trajectory_svg(layout(found.points, found.today_day, words), CHART_ID, title,
                                    summary(found.points, words), described_by=TABLE_NOTE_ID, words=words))
    return {"trajectory": found, "empty": empty, "svg": svg, "table_note_id": TABLE_NOTE_ID}
