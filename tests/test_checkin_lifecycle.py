"""The check-in lifecycle table (alumni/domain/checkin_lifecycle.py): which moves exist, where
each may start, and that nothing leaves an end state."""
from __future__ import annotations

import pytest

from alumni.domain import checkin_lifecycle as lifecycle
from alumni.domain.checkin_lifecycle import FINAL, IllegalMove, Move, after, allowed, may, sources, target, walk
from alumni.domain.vocabulary import CheckInStatus as S

# The forward order of architecture principle 3; the ends share the last rank.
RANK = {S.SCHEDULED: 0, S.QUEUED: 1, S.SENDING: 2, S.SENT: 3, S.DELIVERED: 4,
        S.REPLIED: 5, S.MISSED: 5, S.FAILED: 5, S.SKIPPED: 5, S.CANCELLED: 5}


def test_every_move_is_in_the_table():
    assert set(lifecycle.TRANSITIONS) == set(Move)


def test_a_check_in_goes_from_planned_to_replied_one_move_at_a_time():
    assert walk(None, [Move.CREATE, Move.QUEUE, Move.CLAIM, Move.RECORD_SENT, Move.DELIVER, Move.REPLY]) == S.REPLIED


def test_only_the_retry_and_the_resend_go_back_and_both_go_to_queued():
    backwards = {move for move in Move for start in sources(move) if RANK[target(move)] < RANK[start]}
    assert backwards == {Move.RETRY, Move.RESEND}
    assert target(Move.RETRY) == target(Move.RESEND) == S.QUEUED


def test_nothing_leaves_an_end_state():
    assert FINAL == {S.REPLIED, S.MISSED, S.FAILED, S.SKIPPED, S.CANCELLED}
    for move in Move:
        assert not sources(move) & FINAL, move


def test_every_state_can_be_reached_from_a_new_row():
    reached: set[S | None] = {None}
    while True:
        more = {target(move) for move in Move if any(may(move, state) for state in reached)} - reached
        if not more:
            break
        reached |= more
    assert reached - {None} == set(S)


def test_a_new_row_is_scheduled_or_skipped_when_its_time_had_passed():
    assert after(None, Move.CREATE) == S.SCHEDULED
    assert after(None, Move.CREATE_PASSED) == S.SKIPPED
    assert [move for move in Move if may(move, None)] == [Move.CREATE, Move.CREATE_PASSED]


def test_the_two_claims_each_take_one_state():
    assert sources(Move.QUEUE) == {S.SCHEDULED} and target(Move.QUEUE) == S.QUEUED
    assert sources(Move.CLAIM) == {S.QUEUED} and target(Move.CLAIM) == S.SENDING


def test_a_sent_check_in_is_recorded_even_after_the_sweeper_requeued_it():
    assert sources(Move.RECORD_SENT) == {S.SENDING, S.QUEUED}


def test_the_sweeper_fails_or_resends_only_an_attempt_still_sending():
    assert sources(Move.FAIL) == sources(Move.RESEND) == {S.SENDING}


def test_a_provider_report_may_overtake_the_worker_recording_the_send():
    assert sources(Move.DELIVER) == sources(Move.UNDELIVERED) == {S.SENDING, S.SENT}


def test_only_a_sent_or_delivered_check_in_is_answered_or_missed():
    assert sources(Move.REPLY) == sources(Move.MISS) == {S.SENT, S.DELIVERED}


def test_plans_cancel_only_what_is_still_scheduled_peer_texts_also_what_is_queued():
    assert sources(Move.CANCEL) == {S.SCHEDULED}
    assert sources(Move.CANCEL_UNSENT) == {S.SCHEDULED, S.QUEUED}


def test_waiting_for_a_new_time_keeps_the_state():
    assert target(Move.DEFER) == S.SCHEDULED and sources(Move.DEFER) == {S.SCHEDULED}
    assert target(Move.REQUEUE) == S.QUEUED and sources(Move.REQUEUE) == {S.QUEUED}


@pytest.mark.parametrize(("current", "move"), [
    (S.SENDING, Move.QUEUE), (S.SCHEDULED, Move.CLAIM), (S.REPLIED, Move.MISS),
    (S.MISSED, Move.REPLY), (S.SENT, Move.CANCEL_UNSENT), (S.CANCELLED, Move.CREATE), (None, Move.QUEUE),
])
def test_a_move_the_table_does_not_allow_is_refused(current, move):
    assert not may(move, current)
    with pytest.raises(IllegalMove):
        after(current, move)


def test_allowed_answers_for_any_pair_of_states():
    assert allowed(S.SCHEDULED, S.QUEUED) and allowed(S.SENDING, S.QUEUED) and allowed(None, S.SKIPPED)
    assert not allowed(S.DELIVERED, S.SENT) and not allowed(S.FAILED, S.QUEUED) and not allowed(None, S.SENT)


def test_plain_strings_from_the_database_are_understood():
    assert may(Move.CLAIM, "queued") and after("sent", Move.DELIVER) == S.DELIVERED


def test_a_loaded_check_in_refuses_a_move_from_the_wrong_state():
    from alumni.models import CheckIn
    checkin = CheckIn(status=S.SENT)
    checkin.take(Move.DELIVER)
    assert checkin.status == S.DELIVERED
    with pytest.raises(IllegalMove):
        checkin.take(Move.CLAIM)
    assert checkin.status == S.DELIVERED
