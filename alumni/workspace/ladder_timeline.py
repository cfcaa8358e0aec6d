"""Each rung of the non-response ladder on the alumnus's timeline, in plain words."""
from __future__ import annotations

from alumni.core.timeline import TimelineEntry
from alumni.domain.vocabulary import CHANNEL_WORDS
from alumni.extensions import db
from alumni.models.followup import LadderAction, LadderRung


def ladder_entries(alumnus_id: int) -> list[TimelineEntry]:
    entries = []
    for rung in db.session.scalars(db.select(LadderRung).where(LadderRung.alumnus_id == alumnus_id)):
        if rung.action == LadderAction.NUDGE:
            entries.append(TimelineEntry(rung.created_at, "ladder",
                                         f"No reply: nudge by {CHANNEL_WORDS.get(rung.channel, rung.channel)}",
                                         f"Step {rung.rung} of the non-response ladder", "warn"))
        else:
            entries.append(TimelineEntry(rung.created_at, "ladder", "Still no reply: call task opened",
                                         "The non-response ladder reached staff", "warn"))
    return entries
