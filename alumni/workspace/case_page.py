"""What the case page shows, read side: the alumnus (None for a crisis from an unknown
number), the message that raised the case, contacts, other open cases and the supporters
staff may call. Opening a case is a read of the person's record: audited."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from alumni.core.audit import audit
from alumni.domain.case_supporters import supporters_for_case
from alumni.domain.vocabulary import PHONE_CHANNELS
from alumni.extensions import db
from alumni.models import Alumnus, Contact, FollowUp, FollowUpStatus, Message


@dataclass
class CasePage:
    alumnus: Alumnus | None
    message: Message | None
    today: date
    contacts: list[Contact] = field(default_factory=list)
    other_cases: list[FollowUp] = field(default_factory=list)
    supporters: list = field(default_factory=list)
    days_since_discharge: int | None = None

    @property
    def sender_number(self) -> str:
        """Whom to call: the record's phone, else the number the message came from."""
        if self.alumnus is not None and self.alumnus.phone:
            return self.alumnus.phone
        if self.message is not None and self.message.channel in PHONE_CHANNELS:
            return self.message.from_addr.removeprefix("whatsapp:")
        return ""


def load_case_page(case: FollowUp, today: date) -> CasePage:
    alumnus = db.session.get(Alumnus, case.alumnus_id) if case.alumnus_id else None
    message = db.session.get(Message, case.message_id) if case.message_id else None
    if alumnus is None:
        # Nobody's record to read yet; the sender's message is still health data.
        audit("followup.read", detail={"followup_id": case.id, "what": "unknown-sender case"})
        db.session.commit()
        return CasePage(alumnus=None, message=message, today=today)
    audit("alumnus.read", alumnus_id=alumnus.id, detail={"what": "follow-up case", "followup_id": case.id})
    db.session.commit()
    contacts = db.session.scalars(db.select(Contact).where(Contact.alumnus_id == alumnus.id)
                                  .order_by(Contact.at.desc()).limit(20)).all()
    other_cases = db.session.scalars(db.select(FollowUp).where(
        FollowUp.alumnus_id == alumnus.id, FollowUp.id != case.id,
        FollowUp.status != FollowUpStatus.RESOLVED)).all()
    return CasePage(alumnus=alumnus, message=message, today=today, contacts=list(contacts),
                    other_cases=list(other_cases),
                    supporters=supporters_for_case(case.reason, list(alumnus.supporters)),
                    days_since_discharge=(today - alumnus.discharge_date).days)
