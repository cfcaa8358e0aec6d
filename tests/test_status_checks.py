"""The database itself refuses a status, kind, channel, case reason or role outside the
vocabulary (CHECK constraints from migration 0015), on SQLite and on PostgreSQL alike, so
a stray string written past the services never becomes a row nobody's code understands."""
from datetime import datetime

import pytest
from sqlalchemy.exc import IntegrityError

from alumni.domain.vocabulary import PREFERRED_CHANNEL, AlumnusStatus, Channel, CheckInStatus, FollowUpReason
from alumni.extensions import db
from alumni.models import Alumnus, CheckIn, FollowUp, PlanStep, User
from alumni.plans.plans import ensure_default_plan
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus

NOW = datetime(2025, 1, 10, 6, 0)


@pytest.fixture(autouse=True)
def _database(db_session):
    return db_session


def _checkin(alumnus_id: int, **fields) -> int:
    checkin = CheckIn(**{"alumnus_id": alumnus_id, "channel": Channel.SMS, "due_at": NOW, **fields})
    db.session.add(checkin)
    db.session.commit()
    return checkin.id


def _refused(statement) -> None:
    with pytest.raises(IntegrityError, match=r"(?i)check"):
        db.session.execute(statement)
        db.session.flush()
    db.session.rollback()


def test_a_check_in_status_outside_the_lifecycle_is_refused():
    checkin_id = _checkin(make_alumnus().id)
    _refused(db.update(CheckIn).where(CheckIn.id == checkin_id).values(status="posted"))
    assert db.session.get(CheckIn, checkin_id).status == CheckInStatus.SCHEDULED


def test_every_status_of_the_lifecycle_is_accepted():
    checkin_id = _checkin(make_alumnus().id)
    for status in CheckInStatus:
        db.session.execute(db.update(CheckIn).where(CheckIn.id == checkin_id).values(status=status))
    db.session.commit()


def test_a_check_in_kind_or_channel_outside_the_vocabulary_is_refused():
    alumnus_id = make_alumnus().id
    checkin_id = _checkin(alumnus_id)
    _refused(db.update(CheckIn).where(CheckIn.id == checkin_id).values(kind="postcard"))
    _refused(db.update(CheckIn).where(CheckIn.id == checkin_id).values(channel="SMS"))
    assert _checkin(alumnus_id, kind="nudge", channel=PREFERRED_CHANNEL)


def test_an_alumnus_status_or_preferred_channel_outside_the_vocabulary_is_refused():
    alumnus = make_alumnus()
    _refused(db.update(Alumnus).where(Alumnus.id == alumnus.id).values(status="deleted"))
    _refused(db.update(Alumnus).where(Alumnus.id == alumnus.id).values(preferred_channel="preferred"))
    db.session.execute(db.update(Alumnus).where(Alumnus.id == alumnus.id)
                       .values(status=AlumnusStatus.PAUSED, preferred_channel=Channel.WHATSAPP))
    db.session.commit()


def test_a_case_reason_or_status_outside_the_vocabulary_is_refused():
    alumnus = make_alumnus()
    case = FollowUp(alumnus_id=alumnus.id, reason=FollowUpReason.CALLBACK, priority=1, queue_rank=2)
    db.session.add(case)
    db.session.commit()
    _refused(db.update(FollowUp).where(FollowUp.id == case.id).values(reason="gossip"))
    _refused(db.update(FollowUp).where(FollowUp.id == case.id).values(status="closed"))


def test_a_role_outside_the_vocabulary_is_refused():
    user = make_user("staff")
    _refused(db.update(User).where(User.id == user.id).values(role="superuser"))


def test_a_plan_step_channel_outside_the_vocabulary_is_refused():
    plan = ensure_default_plan()
    step = plan.steps[0]
    _refused(db.update(PlanStep).where(PlanStep.id == step.id).values(channel="fax"))
