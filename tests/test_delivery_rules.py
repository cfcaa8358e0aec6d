"""The delivery decisions as plain functions, and the account-wide rate cap in Redis."""
from __future__ import annotations

import pytest

from alumni.delivery.rate_limit import RateLimitBusy, RateLimiter
from alumni.domain.message_status import moves_forward
from alumni.domain.provider_errors import (
    FailureKind,
    backoff_seconds,
    classify_network_error,
    classify_twilio_error,
    describe_delivery_error,
)


@pytest.mark.parametrize("status, code, kind", [
    (429, 20429, FailureKind.TRANSIENT), (500, None, FailureKind.TRANSIENT), (503, 20503, FailureKind.TRANSIENT),
    (400, 21211, FailureKind.RECIPIENT), (400, 21614, FailureKind.RECIPIENT), (400, 21610, FailureKind.RECIPIENT),
    (400, 21408, FailureKind.RECIPIENT), (400, 21612, FailureKind.RECIPIENT), (400, 63016, FailureKind.RECIPIENT),
    (401, 20003, FailureKind.ACCOUNT), (400, 21606, FailureKind.ACCOUNT), (400, 99999, FailureKind.ACCOUNT),
])
def test_twilio_errors_are_sorted_into_retry_recipient_or_account(status, code, kind):
    failure = classify_twilio_error(status, code)
    assert failure.kind == kind
    assert failure.permanent == (kind != FailureKind.TRANSIENT)
    assert "+" not in failure.reason and failure.reason


def test_only_errors_that_may_hide_an_accepted_message_ask_the_provider_first():
    assert classify_twilio_error(500, None).ambiguous
    assert classify_network_error("read").ambiguous
    assert not classify_twilio_error(429, 20429).ambiguous
    assert not classify_network_error("connect").ambiguous


def test_delivery_error_codes_read_as_plain_words():
    assert "unreachable" in describe_delivery_error("30003")
    assert "landline" in describe_delivery_error(30006)
    assert "error 12345" in describe_delivery_error("12345")
    assert describe_delivery_error(None) == "the carrier could not deliver the message"


def test_backoff_grows_exponentially_with_jitter_and_honours_retry_after():
    assert [backoff_seconds(n, base=5, jitter=0.5) for n in (1, 2, 3)] == [5, 10, 20]
    assert backoff_seconds(1, base=5, jitter=0.0) == 2.5 and backoff_seconds(1, base=5, jitter=0.99) < 7.5
    assert backoff_seconds(20, base=5, cap=600, jitter=0.5) == 600
    assert backoff_seconds(1, base=5, jitter=0.5, retry_after=30) == 30


def test_a_status_only_moves_forward():
    assert moves_forward("queued", "sent") and moves_forward("sent", "delivered")
    assert moves_forward("sent", "undelivered") and moves_forward("delivered", "read")
    assert not moves_forward("delivered", "sent") and not moves_forward("delivered", "undelivered")
    assert not moves_forward("sent", "sent") and not moves_forward("sent", "something-new")


def test_the_rate_cap_is_shared_by_every_limiter_on_the_same_redis(app_context):
    from alumni.redis_conn import get_redis
    redis = get_redis()
    # Two limiters stand for two worker hosts: together they book slots 1/5 s apart, so ten
    # messages book two seconds of the cap, not one (which two private caps would give).
    host_a, host_b = RateLimiter(redis, 5, key="test:cap"), RateLimiter(redis, 5, key="test:cap")
    seconds, micros = redis.time()
    started_us = seconds * 1_000_000 + micros
    waits = [limiter.reserve() for limiter in (host_a, host_b) * 5]
    booked_until_us = int(redis.get("test:cap"))
    assert waits[0] == 0 and all(w >= 0 for w in waits)
    assert booked_until_us - started_us >= 10 * 200_000


def test_a_cap_booked_too_far_ahead_says_so(app_context):
    from alumni.redis_conn import get_redis
    limiter = RateLimiter(get_redis(), 1, key="test:busy", max_wait=2)
    for _ in range(3):
        limiter.reserve()
    with pytest.raises(RateLimitBusy):
        limiter.reserve()
