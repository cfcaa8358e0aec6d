"""The "Needs follow-up" queue, read side: open cases in queue order (unacknowledged
crises, then priority, then age; the order is the stored queue_rank, so this is one index
scan), with what a row shows. Showing a person is a read of their record: audited."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from math import ceil
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from sqlalchemy import func

from alumni.core.audit import audit, audit_shown
from alumni.domain.whole_numbers import positive_int
from alumni.extensions import db
from alumni.models import LANGUAGES, Alumnus, Contact, FollowUp, FollowUpReason, FollowUpStatus, Message, User, utcnow
from alumni.models.audit import AuditEvent
from alumni.workspace.followups import CONTACT_KIND_WORDS, CONTACT_OUTCOME_WORDS, TRIGGER_SHOWN, reason_words

PER_PAGE = 50
EXCERPT = 140
# The printed call list: a day's calls on a few sheets, and room for what they wrote.
CALL_LIST_MAX = 500
CALL_LIST_EXCERPT = 400


@dataclass
class QueueFilters:
    holder: str = ""           # "", "mine", "unassigned"
    reason: str = ""
    cohort_id: int | None = None
    language: str = ""
    snoozed: bool = False      # show the snoozed cases instead of the open ones

    @classmethod
    def from_args(cls, args) -> QueueFilters:
        cohort = args.get("cohort", "")
        reason = args.get("reason", "")
        language = args.get("language", "")
        return cls(holder=args.get("holder", "") if args.get("holder") in ("mine", "unassigned") else "",
                   reason=reason if reason in set(FollowUpReason) else "",
                   cohort_id=positive_int(cohort),
                   language=language if language in LANGUAGES else "",
                   snoozed=args.get("show") == "snoozed")

    def as_args(self) -> dict:
        args = {"holder": self.holder, "reason": self.reason, "cohort": self.cohort_id or "",
                "language": self.language, "show": "snoozed" if self.snoozed else ""}
        return {k: v for k, v in args.items() if v}


@dataclass
class QueueRow:
    case: SimpleNamespace      # a snapshot of the FollowUp (CASE_FIELDS)
    alumnus: SimpleNamespace | None  # a snapshot of the Alumnus (ALUMNUS_FIELDS); None: unknown sender
    reason: str
    excerpt: str
    days_since_discharge: int | None
    last_contact: str
    last_contact_at: datetime | None
    holder: str
    unacknowledged_crisis: bool
    trigger: str = ""          # why the detector raised it, for crisis and urgent cases
    phone: str = ""            # the record's number, or the unknown sender's


@dataclass
class QueuePage:
    rows: list[QueueRow]
    total: int
    page: int
    per_page: int
    waiting_crises: int
    by_reason: dict[str, int] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return max(1, ceil(self.total / self.per_page))


def is_mine(user: User):
    """A case is mine when I hold it, or when it is about someone I am the assigned staff
    member for: my people's cases reach me without anyone having to claim them."""
    my_people = db.select(Alumnus.id).where(Alumnus.assigned_staff_id == user.id)
    return db.or_(FollowUp.assignee_id == user.id, FollowUp.alumnus_id.in_(my_people))


def count_mine(user: User) -> int:
    """Open cases under "Mine" (for the home page)."""
    return db.session.scalar(db.select(func.count(FollowUp.id)).where(
        FollowUp.status == FollowUpStatus.OPEN, is_mine(user))) or 0


def _filtered(select, filters: QueueFilters, user: User):
    status = FollowUpStatus.SNOOZED if filters.snoozed else FollowUpStatus.OPEN
    select = select.where(FollowUp.status == status)
    if filters.holder == "mine":
        select = select.where(is_mine(user))
    elif filters.holder == "unassigned":
        select = select.where(FollowUp.assignee_id.is_(None))
    if filters.reason:
        select = select.where(FollowUp.reason == filters.reason)
    if filters.cohort_id or filters.language:
        select = select.join(Alumnus, Alumnus.id == FollowUp.alumnus_id)
        if filters.cohort_id:
            select = select.where(Alumnus.cohort_id == filters.cohort_id)
        if filters.language:
            select = select.where(Alumnus.language == filters.language)
    return select


def load_queue(filters: QueueFilters, user: User, page: int = 1, today: date | None = None,
               zone: ZoneInfo | None = None) -> QueuePage:
    page = max(page, 1)
    total = db.session.scalar(_filtered(db.select(func.count(FollowUp.id)), filters, user))
    cases = db.session.scalars(
        _filtered(db.select(FollowUp), filters, user)
        .order_by(FollowUp.queue_rank, FollowUp.opened_at, FollowUp.id)
        .limit(PER_PAGE).offset((page - 1) * PER_PAGE)).all()
    waiting = db.session.scalar(db.select(func.count(FollowUp.id)).where(
        FollowUp.status == FollowUpStatus.OPEN, FollowUp.queue_rank == 0))
    by_reason = dict(db.session.execute(
        db.select(FollowUp.reason, func.count(FollowUp.id))
        .where(FollowUp.status == FollowUpStatus.OPEN).group_by(FollowUp.reason)).all())
    today = today or (utcnow().date() if zone is None else datetime.now(zone).date())
    rows = _rows(cases, today)
    _audit_shown(rows)
    return QueuePage(rows=rows, total=total, page=page, per_page=PER_PAGE, waiting_crises=waiting,
                     by_reason=by_reason)


@dataclass
class CallList:
    rows: list[QueueRow]
    total: int                 # more than len(rows) when the list was cut at CALL_LIST_MAX


def load_call_list(filters: QueueFilters, user: User, zone: ZoneInfo | None = None) -> CallList:
    """The queue's cases under these filters, in queue order, on one list to print or
    download; the people on it are recorded as shown."""
    total = db.session.scalar(_filtered(db.select(func.count(FollowUp.id)), filters, user))
    cases = db.session.scalars(
        _filtered(db.select(FollowUp), filters, user)
        .order_by(FollowUp.queue_rank, FollowUp.opened_at, FollowUp.id).limit(CALL_LIST_MAX)).all()
    today = utcnow().date() if zone is None else datetime.now(zone).date()
    rows = _rows(cases, today, excerpt_at=CALL_LIST_EXCERPT)
    audit_shown((r.alumnus.id for r in rows if r.alumnus is not None), "call list")
    return CallList(rows=rows, total=total)


def excerpt(body: str, limit: int) -> str:
    """The text cut to ``limit`` characters at a word's end where one is near, so a
    sentence is not stopped mid-word."""
    body = " ".join(body.split())
    if len(body) <= limit:
        return body
    cut = body[:limit - 1]
    space = cut.rfind(" ")
    if space > limit * 3 // 4:
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "…"


def _rows(cases: list[FollowUp], today: date, excerpt_at: int = EXCERPT) -> list[QueueRow]:
    if not cases:
        return []
    alumnus_ids = {c.alumnus_id for c in cases if c.alumnus_id is not None}
    alumni = {a.id: a for a in db.session.scalars(db.select(Alumnus).where(Alumnus.id.in_(alumnus_ids)))} \
        if alumnus_ids else {}
    message_ids = {c.message_id for c in cases if c.message_id}
    messages = {m.id: m for m in db.session.execute(db.select(Message.id, Message.body, Message.from_addr)
                                                     .where(Message.id.in_(message_ids)))} if message_ids else {}
    holder_ids = {c.assignee_id for c in cases if c.assignee_id}
    holders = {u.id: u.display_name for u in db.session.scalars(
        db.select(User).where(User.id.in_(holder_ids)))} if holder_ids else {}
    latest: dict[int, Contact] = {}
    if alumnus_ids:
        for contact in db.session.scalars(db.select(Contact).where(Contact.alumnus_id.in_(alumnus_ids))
                                          .order_by(Contact.at.desc())):
            latest.setdefault(contact.alumnus_id, contact)
    rows = []
    for case in cases:
        # A crisis from a number that matches no record has no alumnus: still listed.
        alumnus = _snapshot(alumni[case.alumnus_id], ALUMNUS_FIELDS) if case.alumnus_id is not None else None
        case = _snapshot(case, CASE_FIELDS)
        message = messages.get(case.message_id)
        body = (message.body if message else "") or (case.note or "")
        contact = latest.get(case.alumnus_id)
        last = (f"{CONTACT_KIND_WORDS.get(contact.kind, contact.kind)}: "
                f"{CONTACT_OUTCOME_WORDS.get(contact.outcome, contact.outcome).lower()}") if contact else ""
        rows.append(QueueRow(
            case=case, alumnus=alumnus, reason=reason_words(case.reason), excerpt=excerpt(body, excerpt_at),
            days_since_discharge=(today - alumnus.discharge_date).days if alumnus else None, last_contact=last,
            last_contact_at=contact.at if contact else None, holder=holders.get(case.assignee_id, ""),
            unacknowledged_crisis=case.queue_rank == 0,
            trigger=(case.trigger or "") if case.reason in TRIGGER_SHOWN else "",
            phone=(alumnus.phone if alumnus else (message.from_addr if message else "")) or ""))
    return rows


# Rows are plain snapshots: the audit commit below expires ORM objects, and reloading
# 50 of them one by one while the template renders would cost more than the page.
CASE_FIELDS = ("id", "alumnus_id", "reason", "priority", "queue_rank", "status", "snooze_until", "opened_at", "note",
               "assignee_id", "message_id", "trigger")
ALUMNUS_FIELDS = ("id", "first_name", "last_name", "full_name", "language", "discharge_date", "assigned_staff_id",
                  "phone")


def _snapshot(obj, names) -> SimpleNamespace:
    return SimpleNamespace(**{name: getattr(obj, name) for name in names})


def _audit_shown(rows: list[QueueRow]) -> None:
    """One read row per person shown, written in one statement."""
    if not any(r.alumnus is not None for r in rows):
        return
    template = audit("alumnus.read", detail={"what": "follow-up queue"})
    db.session.expunge(template)  # used only for who/where; the rows go in below
    db.session.execute(db.insert(AuditEvent), [
        {"at": template.at or utcnow(), "user_id": template.user_id, "actor": template.actor,
         "action": "alumnus.read", "alumnus_id": alumnus_id, "ip": template.ip,
         "detail": {"what": "follow-up queue", "followup_id": case_id}}
        for alumnus_id, case_id in {(r.alumnus.id, r.case.id) for r in rows if r.alumnus is not None}])
    db.session.commit()
