"""may_send and the retry rules as plain functions: one answer for the dispatcher, check-in
now and the sender."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from alumni.domain.provider_errors import classify_network_error, classify_twilio_error, provider_seems_down
from alumni.domain.schedule import QuietHours
from alumni.domain.send_rules import DEFER, QUEUE, SKIP, may_send, retries_exhausted, retry_time
from alumni.domain.smart_encoding import same_text, smart_encode

QUIET = QuietHours.parse("21:00-09:00")
NOON_IST = datetime(2026, 3, 2, 6, 30)      # 12:00 in Asia/Kolkata
NIGHT_IST = datetime(2026, 3, 2, 17, 30)    # 23:00 in Asia/Kolkata


def _may_send(**facts):
    values = dict(alumnus_status="active", channel="sms", has_consent=True, has_address=True,
                  now=NOON_IST, tz="Asia/Kolkata", quiet=QUIET)
    values.update(facts)
    return may_send(**values)


@pytest.mark.parametrize("status", ["paused", "withdrawn", "erased"])
def test_a_paused_withdrawn_or_erased_alumnus_is_never_sent_to(status):
    decision = _may_send(alumnus_status=status)
    assert (decision.action, decision.reason, decision.code) == (SKIP, status, status)


def test_no_consent_and_no_address_skip_with_the_reason_a_coordinator_reads():
    assert _may_send(has_consent=False).reason == "no current consent for sms"
    assert _may_send(channel="email", has_address=False).reason == "no email address for email"


def test_quiet_hours_defer_to_their_end_and_a_hard_no_beats_waiting():
    decision = _may_send(now=NIGHT_IST)
    assert decision.action == DEFER and decision.until == datetime(2026, 3, 3, 3, 30)  # 09:00 IST
    assert _may_send(now=NIGHT_IST, alumnus_status="paused").action == SKIP
    assert _may_send().action == QUEUE


def test_a_retry_that_would_land_in_quiet_hours_waits_for_morning():
    failed_at = datetime(2026, 3, 2, 15, 25)  # 20:55 IST
    assert retry_time(failed_at, 60, "Asia/Kolkata", QUIET) == datetime(2026, 3, 2, 15, 26)
    assert retry_time(failed_at, 600, "Asia/Kolkata", QUIET) == datetime(2026, 3, 3, 3, 30)


def test_passing_failures_are_retried_for_a_time_not_a_count():
    queued = datetime(2026, 3, 2, 6, 0)
    assert retries_exhausted(first_queued=queued, now=queued + timedelta(hours=5), retry_for_seconds=6 * 3600,
                             attempts=40, max_attempts=0) is None
    assert retries_exhausted(first_queued=queued, now=queued + timedelta(hours=6), retry_for_seconds=6 * 3600,
                             attempts=41, max_attempts=0) == "gave up after 41 attempts over 6.0 h"
    assert retries_exhausted(first_queued=queued, now=queued + timedelta(minutes=1), retry_for_seconds=6 * 3600,
                             attempts=3, max_attempts=3) == "gave up after 3 attempts"


def test_only_an_unreachable_or_broken_provider_counts_towards_pausing_sends():
    assert provider_seems_down(classify_twilio_error(500, 20500))
    assert provider_seems_down(classify_twilio_error(502, None))
    assert provider_seems_down(classify_network_error("connect"))
    assert provider_seems_down(classify_network_error("read"))
    assert not provider_seems_down(classify_twilio_error(429, 20429))
    assert not provider_seems_down(classify_twilio_error(400, 21211))


def test_smart_encoding_folds_what_a_messaging_service_replaces():
    assert smart_encode("It\u2019s \u201cfine\u201d \u2014 really\u2026") == "It's \"fine\" - really..."
    assert same_text("Hi D\u2019Souza,\u00a0reply 1\u20135 ", "Hi D'Souza, reply 1-5")
    assert not same_text("Hi Asha, reply 1-5", "Hi Ravi, reply 1-5")
    assert same_text("नमस्ते अनिता", "नमस्ते अनिता")  # text outside the fold compares as is
