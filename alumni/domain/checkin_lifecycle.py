"""A check-in's life: every state it can be in and every move between them, each move named
for what happens. Every status write asks this table, so "can this move happen?" has one
answer.

    (new) --CREATE--> scheduled --QUEUE--> queued --CLAIM--> sending --RECORD_SENT--> sent
    sent --DELIVER--> delivered;  sent | delivered --REPLY--> replied | --MISS--> missed

and to the ends failed, skipped and cancelled. Two moves go back, both to `queued`: RETRY
(a send failed for a passing reason: try again after a backoff) and RESEND (the sweeper
found an attempt interrupted and the provider has no record of it). DEFER and REQUEUE keep
the state and give the row a new time. Nothing leaves replied, missed, failed, skipped or
cancelled.

The writers: conditional UPDATEs take their WHERE states from `sources(move)` and their new
status from `target(move)` (alumni/models/checkin.py `may_move`); an ORM write calls
`CheckIn.take(move)`, which refuses a move the table does not allow.
"""
from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from alumni.domain.vocabulary import CheckInStatus

_S = CheckInStatus


class Move(StrEnum):
    # A new row.
    CREATE = "create"                    # planned, invited, or asked for by staff
    CREATE_PASSED = "create_passed"      # a plan step whose time had passed when it was planned
    # The dispatcher, on a due scheduled row.
    QUEUE = "queue"                      # it may go: handed to the send job
    DEFER = "defer"                      # quiet hours: due again when they end
    SKIP = "skip"                        # it must not go (status, consent, no address), or its
    #                                      plan step moved into the past
    # Before it is sent.
    CANCEL = "cancel"                    # plan changed, step removed, withdrawal or erasure
    CANCEL_UNSENT = "cancel_unsent"      # a peer text nobody needs any more, even if queued
    # The sender.
    CLAIM = "claim"                      # this job sends it; no other can
    REQUEUE = "requeue"                  # not yet (quiet hours, provider paused, a lost job): a new time
    SKIP_AT_SEND = "skip_at_send"        # asked again at send time: it must not go
    FAIL_TO_PREPARE = "fail_to_prepare"  # the message could not be rendered
    RECORD_SENT = "record_sent"          # the provider took it (or had it already)
    RETRY = "retry"                      # a passing failure: back to the queue after a backoff
    RESEND = "resend"                    # the sweeper: an interrupted attempt the provider never saw
    FAIL = "fail"                        # a permanent refusal, or retries exhausted
    # After it is sent.
    DELIVER = "deliver"                  # the provider reports it delivered (or read)
    UNDELIVERED = "undelivered"          # the carrier reports it undelivered or failed
    REPLY = "reply"                      # the alumnus answered
    MISS = "miss"                        # the reply window closed unanswered


# move -> (the states it may start from, None for a row not yet written; the state it ends in)
TRANSITIONS: dict[Move, tuple[frozenset[CheckInStatus | None], CheckInStatus]] = {
    Move.CREATE: (frozenset({None}), _S.SCHEDULED),
    Move.CREATE_PASSED: (frozenset({None}), _S.SKIPPED),
    Move.QUEUE: (frozenset({_S.SCHEDULED}), _S.QUEUED),
    Move.DEFER: (frozenset({_S.SCHEDULED}), _S.SCHEDULED),
    Move.SKIP: (frozenset({_S.SCHEDULED}), _S.SKIPPED),
    Move.CANCEL: (frozenset({_S.SCHEDULED}), _S.CANCELLED),
    Move.CANCEL_UNSENT: (frozenset({_S.SCHEDULED, _S.QUEUED}), _S.CANCELLED),
    Move.CLAIM: (frozenset({_S.QUEUED}), _S.SENDING),
    Move.REQUEUE: (frozenset({_S.QUEUED}), _S.QUEUED),
    Move.SKIP_AT_SEND: (frozenset({_S.QUEUED}), _S.SKIPPED),
    Move.FAIL_TO_PREPARE: (frozenset({_S.QUEUED}), _S.FAILED),
    # From queued too: the sweeper may have put the row back while the attempt it gave up
    # on was in fact accepted; marking it sent stops a second text.
    Move.RECORD_SENT: (frozenset({_S.SENDING, _S.QUEUED}), _S.SENT),
    Move.RETRY: (frozenset({_S.SENDING}), _S.QUEUED),
    Move.RESEND: (frozenset({_S.SENDING}), _S.QUEUED),
    Move.FAIL: (frozenset({_S.SENDING}), _S.FAILED),
    # From sending too: a provider's callback can overtake the worker recording the send.
    Move.DELIVER: (frozenset({_S.SENDING, _S.SENT}), _S.DELIVERED),
    Move.UNDELIVERED: (frozenset({_S.SENDING, _S.SENT}), _S.FAILED),
    Move.REPLY: (frozenset({_S.SENT, _S.DELIVERED}), _S.REPLIED),
    Move.MISS: (frozenset({_S.SENT, _S.DELIVERED}), _S.MISSED),
}

FINAL: frozenset[CheckInStatus] = frozenset({_S.REPLIED, _S.MISSED, _S.FAILED, _S.SKIPPED, _S.CANCELLED})


class IllegalMove(ValueError):
    """A status write the table does not allow: a bug in the caller, never a user's error."""


def sources(move: Move) -> frozenset[CheckInStatus]:
    """The states `move` may start from (a conditional UPDATE's WHERE)."""
    return frozenset(state for state in TRANSITIONS[move][0] if state is not None)


def target(move: Move) -> CheckInStatus:
    """The state `move` ends in."""
    return TRANSITIONS[move][1]


def may(move: Move, current: str | None) -> bool:
    """Whether `move` may start from `current` (None: a row not yet written)."""
    starts = TRANSITIONS[move][0]
    if current is None:
        return None in starts
    return current in starts


def after(current: str | None, move: Move) -> CheckInStatus:
    """The state after `move` from `current`; IllegalMove when the table does not allow it."""
    if not may(move, current):
        raise IllegalMove(f"a check-in cannot {move.value.replace('_', ' ')} from {current or 'nothing'}")
    return target(move)


def walk(current: str | None, moves: Iterable[Move]) -> CheckInStatus:
    """The state after `moves` in turn from `current`; IllegalMove at the first one the table
    does not allow. (The demo seed writes a past check-in's whole life this way.)"""
    state: str | None = current
    for move in moves:
        state = after(state, move)
    if state is None:
        raise IllegalMove("no move given")
    return CheckInStatus(state)


def allowed(current: str | None, new: str) -> bool:
    """Whether any move goes from `current` to `new`."""
    return any(may(move, current) and target(move) == new for move in Move)
