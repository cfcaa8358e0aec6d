"""Consent is append-only: a change of mind is a new row; the newest row per channel wins."""
from __future__ import annotations

from alumni.core.audit import audit
from alumni.extensions import db
from alumni.models import Consent


def record_consent(alumnus_id: int, channel: str, granted: bool, source: str,
                   by_id: int | None = None, actor: str | None = None) -> Consent:
    """Add the row and its audit event to the caller's transaction (the caller commits)."""
    consent = Consent(alumnus_id=alumnus_id, channel=channel, granted=granted, source=source,
                      recorded_by_id=by_id)
    db.session.add(consent)
    audit("consent.granted" if granted else "consent.revoked", alumnus_id=alumnus_id,
          detail={"channel": channel, "source": source}, actor=actor)
    return consent


def has_consent(alumnus_id: int, channel: str) -> bool:
    latest = db.session.scalar(
        db.select(Consent.granted).where(Consent.alumnus_id == alumnus_id, Consent.channel == channel)
        .order_by(Consent.id.desc()).limit(1))
    return bool(latest)
