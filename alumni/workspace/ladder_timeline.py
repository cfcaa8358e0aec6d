"""Each rung of the non-response ladder on the alumnus's timeline, in plain words."""
from __future__ import annotations

from flask_babel import gettext as _

from alumni.core.timeline import TimelineEntry
from alumni.domain.vocabulary import CHANNEL_WORDS
from alumni.extensions import db
from alumni.models.followup import LadderAction, LadderRung


def ladder_entries(alumnus_id: int) -> list[TimelineEntry]:
    entries = []
    for rung in db.session.scalars(db.select(LadderRung).where(LadderRung.alumnus_id == alumnus_id)):
        if rung.action == LadderAction.NUDGE:
            entries.append(TimelineEntry(rung.created_at, "ladder",
                                         _("No reply: nudge by %(channel)s",
                                           channel=CHANNEL_WORDS.get(rung.channel, rung.channel)),
                                         _("Step %(step)s of the non-response ladder", step=rung.rung), "warn"))
        else:
            entries.append(TimelineEntry(rung.created_at, "ladder", _("Still no reply: call task opened"),
                                         _("The non-response ladder reached staff"), "warn"))
    return entries
