"""The trajectory panel on the alumnus page (listed in alumni/wiring.py; the profile page
audits the read of the record): the figure drawn on the server, and the same points as a
table for screen readers and for reading exact dates."""
from __future__ import annotations

from flask_babel import gettext
from markupsafe import Markup

from alumni.domain.trajectory import layout, not_enough_data, summary
from alumni.domain.trajectory_svg import trajectory_svg
from alumni.models import AlumnusStatus
from alumni.recovery.trajectory import trajectory_of
from alumni.web.clock_filter import day

CHART_ID = "trajectory-figure"
TABLE_NOTE_ID = "trajectory-table-note"


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
        svg = Markup(trajectory_svg(layout(found.points, found.today_day), CHART_ID, title,
                                    summary(found.points), described_by=TABLE_NOTE_ID))
    return {"trajectory": found, "empty": empty, "svg": svg, "table_note_id": TABLE_NOTE_ID}
