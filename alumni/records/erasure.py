"""Erasing a record, which cannot be undone: what identifies the person is wiped everywhere
it was written (messages, case and contact notes, supporters, peer support, milestones);
counts and anonymous outcomes stay."""
from __future__ import annotations

from alumni.core.audit import audit
from alumni.extensions import db
from alumni.models import Alumnus, AlumnusStatus, CheckIn, Contact, FollowUp, Message, Supporter, utcnow
from alumni.plans.plans import cancel_future
from alumni.records.alumni import RecordClosed

ERASED_NAME = "Erased"


def erase_alumnus(alumnus: Alumnus) -> Alumnus:
    """Irreversible: wipe what identifies the person, keep counts and anonymous outcomes
    (check-in statuses and scores, case reasons, consent history without addresses)."""
    if alumnus.status == AlumnusStatus.ERASED:
        raise RecordClosed("This record is already erased.")
    alumnus_id = alumnus.id
    for name in ("phone", "email", "notes", "sobriety_date", "plan_id"):
        setattr(alumnus, name, None)
    alumnus.first_name, alumnus.last_name = ERASED_NAME, ""
    alumnus.status, alumnus.erased_at = AlumnusStatus.ERASED, utcnow()
    db.session.execute(db.delete(Supporter).where(Supporter.alumnus_id == alumnus_id))
    db.session.execute(db.update(Message).where(Message.alumnus_id == alumnus_id)
                       .values(body="", to_addr="", from_addr="", handling=None))
    db.session.execute(db.update(FollowUp).where(FollowUp.alumnus_id == alumnus_id).values(note=None))
    db.session.execute(db.update(Contact).where(Contact.alumnus_id == alumnus_id).values(note=None))
    db.session.execute(db.update(CheckIn).where(CheckIn.alumnus_id == alumnus_id).values(last_error=None))
    cancel_future(alumnus_id, "record erased")
    from alumni.peer.mentors import forget_alumnus  # peer support keeps its own records
    forget_alumnus(alumnus_id)
    from alumni.recovery.milestones import forget_alumnus as forget_milestones  # sobriety dates kept there
    forget_milestones(alumnus_id)
    from alumni.recovery.referrals import forget_alumnus as forget_referrals  # where and why they were referred
    forget_referrals(alumnus_id)
    audit("alumnus.erased", alumnus_id=alumnus_id)
    db.session.commit()
    db.session.expire_all()
    return alumnus
