"""Reading the audit trail back, filtered, for the admin page."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import or_

from alumni.extensions import db
from alumni.models.audit import AuditEvent
from alumni.models.user import User


@dataclass
class AuditFilter:
    user_email: str = ""
    alumnus_id: int | None = None
    action: str = ""
    day_from: date | None = None
    day_to: date | None = None


def search_audit(filters: AuditFilter, page: int, per_page: int = 50):
    query = db.select(AuditEvent).order_by(AuditEvent.id.desc())
    if filters.user_email:
        email = filters.user_email.strip().lower()
        user = db.session.scalar(db.select(User).filter_by(email=email))
        # Failed sign-ins carry only the email typed (no user id), so match both.
        by_actor = AuditEvent.actor == email
        query = query.where(by_actor if user is None else or_(AuditEvent.user_id == user.id, by_actor))
    if filters.alumnus_id is not None:
        query = query.where(AuditEvent.alumnus_id == filters.alumnus_id)
    if filters.action:
        query = query.where(AuditEvent.action.startswith(filters.action))
    if filters.day_from:
        query = query.where(AuditEvent.at >= datetime.combine(filters.day_from, time.min))
    if filters.day_to:
        query = query.where(AuditEvent.at < datetime.combine(filters.day_to + timedelta(days=1), time.min))
    return db.paginate(query, page=page, per_page=per_page, error_out=False)
