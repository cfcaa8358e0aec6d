"""The on-call rota in the database: who is on call now, and the admin's edits to it.

Someone is on call now when a rota shift covers this hour of the centre's local day
(DEFAULT_TIMEZONE), or when their account's "on call" box is ticked: that box is the manual
override, "on call now / always" (a cover arranged by phone, a small centre with one
person always reachable), and takes no rota. Deactivated accounts are never on call."""
from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from flask import current_app

from alumni.core.audit import audit
from alumni.domain.on_call import Shift, ShiftError, on_call_at, shifts_for
from alumni.extensions import db
from alumni.models import OnCallShift, Role, User, utcnow

NOBODY_ON_CALL = "nobody is on call"


def centre_now(now: datetime | None = None) -> datetime:
    """`now` (naive UTC, as stored) in the centre's zone."""
    now = now or utcnow()
    return now.replace(tzinfo=UTC).astimezone(ZoneInfo(current_app.config["DEFAULT_TIMEZONE"]))


def on_call_now(now: datetime | None = None) -> list[User]:
    """Active users on call at `now`: the rota's shifts for this hour plus the override."""
    local = centre_now(now)
    rows = db.session.execute(db.select(OnCallShift.user_id, OnCallShift.weekday, OnCallShift.start_hour,
                                        OnCallShift.end_hour).where(OnCallShift.weekday == local.weekday())).all()
    on_shift = on_call_at([Shift(*row) for row in rows], local)
    return list(db.session.scalars(db.select(User).where(
        User.active.is_(True), User.on_call.is_(True) | User.id.in_(on_shift)).order_by(User.id)))


def active_admins() -> list[User]:
    return list(db.session.scalars(db.select(User).where(User.active.is_(True), User.role == Role.ADMIN)
                                   .order_by(User.id)))


def on_call_or_admins(now: datetime | None = None) -> list[User]:
    """Whoever is on call now; when nobody is, every active admin, so a crisis always
    reaches a person."""
    return on_call_now(now) or active_admins()


def rota() -> list[OnCallShift]:
    return list(db.session.scalars(db.select(OnCallShift).join(User, User.id == OnCallShift.user_id)
                                   .order_by(OnCallShift.weekday, OnCallShift.start_hour, User.name, User.email)))


def add_shifts(user_id: int | None, weekdays: list[int], start_hour: int, end_hour: int, by: User) -> list[OnCallShift]:
    """Put a person on the rota on these weekdays; a shift past midnight becomes two rows.
    Raises ShiftError (nothing changed) for a bad choice."""
    user = db.session.get(User, user_id) if user_id else None
    if user is None or not user.active:
        raise ShiftError("Choose an active staff member.")
    rows = [OnCallShift(user_id=user.id, weekday=day, start_hour=start, end_hour=end)
            for day, start, end in shifts_for(weekdays, start_hour, end_hour)]
    db.session.add_all(rows)
    audit("on_call.shift_added", user=by,
          detail={"email": user.email, "shifts": [[r.weekday, r.start_hour, r.end_hour] for r in rows]})
    db.session.commit()
    return rows


def remove_shift(shift_id: int, by: User) -> bool:
    shift = db.session.get(OnCallShift, shift_id)
    if shift is None:
        return False
    audit("on_call.shift_removed", user=by, detail={
        "email": shift.user.email, "shift": [shift.weekday, shift.start_hour, shift.end_hour]})
    db.session.delete(shift)
    db.session.commit()
    return True
