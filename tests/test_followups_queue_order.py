"""Who is called first: the queue's order as a pure rule."""
from datetime import datetime, timedelta

from alumni.domain.queue_order import QueueItem, order_queue, queue_rank

T0 = datetime(2026, 1, 1, 9, 0)


def test_unacknowledged_crisis_comes_before_an_older_low_score():
    old_low = QueueItem("low_score", 1, False, T0)
    new_crisis = QueueItem("crisis", 0, False, T0 + timedelta(days=3))
    assert order_queue([old_low, new_crisis])[0] is new_crisis


def test_within_a_priority_the_oldest_case_comes_first():
    a = QueueItem("missed", 3, False, T0 + timedelta(hours=5))
    b = QueueItem("missed", 3, False, T0)
    assert order_queue([a, b]) == [b, a]


def test_higher_priority_beats_age():
    missed_old = QueueItem("missed", 3, False, T0)
    callback_new = QueueItem("callback", 1, False, T0 + timedelta(days=9))
    assert order_queue([missed_old, callback_new])[0] is callback_new


def test_acknowledged_crisis_leaves_the_very_top_but_sorts_by_its_priority():
    assert queue_rank("crisis", 0, acknowledged=False) == 0
    assert queue_rank("crisis", 0, acknowledged=True) == 1
    assert queue_rank("low_score", 1, acknowledged=False) == 2
    fresh_crisis = QueueItem("crisis", 0, False, T0 + timedelta(days=1))
    acked_crisis = QueueItem("crisis", 0, True, T0)
    assert order_queue([acked_crisis, fresh_crisis]) == [fresh_crisis, acked_crisis]
