"""Who is called first: the "Needs follow-up" queue as staff see it (load_queue over real
cases), and the rank it is ordered by."""
from datetime import timedelta

from alumni.core.cases import insert_case
from alumni.domain.queue_order import queue_rank
from alumni.extensions import db
from alumni.models import FollowUpReason, utcnow
from alumni.workspace.followups import acknowledge
from alumni.workspace.queue import QueueFilters, load_queue
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus


def _case(reason: str, days_old: float, acknowledged: bool = False) -> int:
    case, _ = insert_case(make_alumnus().id, reason, opened_at=utcnow() - timedelta(days=days_old))
    db.session.commit()
    if acknowledged:
        acknowledge(case.id, make_user("staff"))
    return case.id


def _queue() -> list[int]:
    return [row.case.id for row in load_queue(QueueFilters(), make_user("staff")).rows]


def test_unacknowledged_crisis_comes_before_an_older_low_score(db_session):
    old_low = _case(FollowUpReason.LOW_SCORE, days_old=3)
    new_crisis = _case(FollowUpReason.CRISIS, days_old=0)
    assert _queue() == [new_crisis, old_low]


def test_within_a_priority_the_oldest_case_comes_first(db_session):
    newer = _case(FollowUpReason.MISSED, days_old=1)
    older = _case(FollowUpReason.MISSED, days_old=2)
    assert _queue() == [older, newer]


def test_higher_priority_beats_age(db_session):
    missed_old = _case(FollowUpReason.MISSED, days_old=9)
    callback_new = _case(FollowUpReason.CALLBACK, days_old=0)
    assert _queue() == [callback_new, missed_old]


def test_acknowledged_crisis_leaves_the_very_top_but_sorts_by_its_priority(db_session):
    assert queue_rank("crisis", 0, acknowledged=False) == 0
    assert queue_rank("crisis", 0, acknowledged=True) == 1
    assert queue_rank("low_score", 1, acknowledged=False) == 2
    acked_crisis = _case(FollowUpReason.CRISIS, days_old=2, acknowledged=True)
    low_score = _case(FollowUpReason.LOW_SCORE, days_old=3)
    fresh_crisis = _case(FollowUpReason.CRISIS, days_old=1)
    assert _queue() == [fresh_crisis, acked_crisis, low_score]
