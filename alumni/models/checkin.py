from datetime import datetime

from sqlalchemy import ColumnElement, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alumni.domain import checkin_lifecycle as lifecycle
from alumni.domain.checkin_lifecycle import Move
from alumni.domain.vocabulary import PREFERRED_CHANNEL, Channel, CheckInKind, CheckInStatus
from alumni.extensions import db
from alumni.models.base import one_of, utcnow


class CheckIn(db.Model):
    """One outbound message the service owes someone, from plan, event or staff."""

    __tablename__ = "checkins"
    __table_args__ = (
        Index("ix_checkins_status_due", "status", "due_at"),
        Index("ix_checkins_alumnus_due", "alumnus_id", "due_at"),
        one_of("status", CheckInStatus),
        one_of("kind", CheckInKind),
        one_of("channel", [*Channel, PREFERRED_CHANNEL]),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    alumnus_id: Mapped[int] = mapped_column(ForeignKey("alumni.id"))
    # Set: the text goes to this supporter of the alumnus (their address, their may_contact),
    # not to the alumnus. Removing a supporter first stops their unsent texts.
    supporter_id: Mapped[int | None] = mapped_column(ForeignKey("supporters.id", ondelete="SET NULL"))
    plan_step_id: Mapped[int | None] = mapped_column(ForeignKey("plan_steps.id"))
    kind: Mapped[str] = mapped_column(String(16), default=CheckInKind.CHECKIN)
    template_key: Mapped[str] = mapped_column(String(60), default="checkin")
    channel: Mapped[str] = mapped_column(String(16))  # resolved at planning; may be "preferred"
    due_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16), default=CheckInStatus.SCHEDULED)
    skip_reason: Mapped[str | None] = mapped_column(String(200))
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    reply_window_hours: Mapped[int] = mapped_column(default=48)
    score: Mapped[int | None]
    queued_at: Mapped[datetime | None]
    sending_started_at: Mapped[datetime | None]
    # After a transient send failure: the retry waits until then (backoff).
    next_attempt_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    delivered_at: Mapped[datetime | None]
    replied_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    alumnus = relationship("Alumnus")
    plan_step = relationship("PlanStep")

    def take(self, move: Move) -> None:
        """Move this loaded row by `move` (the caller commits); IllegalMove when the
        lifecycle table does not allow it from the row's present status."""
        self.status = lifecycle.after(self.status, move)


def may_move(move: Move, status: ColumnElement[str] | None = None) -> ColumnElement[bool]:
    """The WHERE test of a conditional UPDATE by `move`: the row is still in a state the move
    starts from. `status` stands in for the column where a caller needs another form of it.
    One state is written `status = 'x'`, as before, so the query plans do not change."""
    column = CheckIn.status if status is None else status
    states = sorted(lifecycle.sources(move))
    return column == states[0] if len(states) == 1 else column.in_(states)
