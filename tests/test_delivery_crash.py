"""A worker killed with SIGKILL mid-send: the sweeper asks the provider before resending,
so the alumnus gets the check-in exactly once. Real `flask worker` subprocesses."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta

import pytest

from alumni.extensions import db
from alumni.models import Channel, CheckIn, CheckInStatus, Message, utcnow
from tests.conftest import ROOT
from tests.support.delivery import build_sending_app, queued_checkin, run_jobs_in
from tests.support.factories import make_alumnus
from tests.support.twilio_double import Behaviour, TwilioDouble, twilio_double, twilio_settings  # noqa: F401


def start_worker(subprocess_env, double, *args):
    env = {**subprocess_env, **twilio_settings(double, SEND_RETRY_BASE_SECONDS=0.05, QUIET_HOURS="none")}
    return subprocess.Popen([sys.executable, "-m", "flask", "worker", "-q", "outreach", *args], env=env,
                            cwd=str(ROOT), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def kill_hard(process) -> None:
    os.killpg(process.pid, signal.SIGKILL)  # the worker and its scheduler child, no goodbyes
    process.wait(timeout=30)


def reconcile_later(app):
    """The sweeper, run as if the stale-send grace time had passed."""
    with app.app_context():
        from alumni.delivery.reconcile import reconcile_stale_sending
        return reconcile_stale_sending(now=utcnow() + timedelta(hours=1))


def _status(app, checkin_id):
    with app.app_context():
        return db.session.get(CheckIn, checkin_id).status


@pytest.mark.parametrize("accepted", [True, False], ids=["provider-had-accepted", "provider-had-not"])
def test_a_send_killed_mid_request_is_reconciled_with_the_provider(app, make_app, subprocess_env, accepted,
                                                                   twilio_double):  # noqa: F811
    sending_app = build_sending_app(make_app, twilio_double)
    twilio_double.hold_requests(accept_before_hold=accepted)
    with sending_app.app_context():
        checkin_id = queued_checkin(make_alumnus(consent=(Channel.SMS,))).id
    worker = start_worker(subprocess_env, twilio_double, "--burst")
    try:
        assert twilio_double.wait_for_held_request(timeout=60), "the worker never reached the provider"
    finally:
        kill_hard(worker)
    assert _status(sending_app, checkin_id) == CheckInStatus.SENDING
    twilio_double.release()

    report = reconcile_later(sending_app)
    if accepted:
        assert report.found_sent == 1
    else:
        assert report.requeued == 1
        run_jobs_in(sending_app)
    assert _status(sending_app, checkin_id) == CheckInStatus.SENT
    assert len(twilio_double.created) == 1
    with sending_app.app_context():
        message = db.session.scalar(db.select(Message).where(Message.checkin_id == checkin_id))
        assert message.provider_id == twilio_double.created[0].sid


def test_fault_drill_small_every_checkin_sent_exactly_once(app, make_app, subprocess_env):
    """The bench drill in miniature: 20% of requests fail with 500/429, the threaded worker
    is SIGKILLed twice; afterwards every check-in went out exactly once."""
    count = 40
    with TwilioDouble(Behaviour(latency=0.05, fail_rate=0.2, seed=7)) as double:
        sending_app = build_sending_app(make_app, double, SEND_MAX_ATTEMPTS=20)
        with sending_app.app_context():
            alumni = [make_alumnus(consent=(Channel.SMS,)) for _ in range(count)]
            phones = sorted(a.phone for a in alumni)
            ids = [queued_checkin(a).id for a in alumni]
        for target in (8, 20):
            worker = start_worker(subprocess_env, double, "--threads", "4")
            deadline = time.monotonic() + 60
            while len(double.created) < target and time.monotonic() < deadline:
                time.sleep(0.02)
            kill_hard(worker)
        # The sweeper's grace time is minutes, so by the time it runs the provider has
        # finished the requests the dead worker left in flight; here that is waited for.
        assert double.wait_until_answered(), "the double never finished the dead worker's requests"
        for _ in range(30):
            reconcile_later(sending_app)
            run_jobs_in(sending_app, rounds=50)
            statuses = {_status(sending_app, i) for i in ids}
            if statuses == {CheckInStatus.SENT}:
                break
            time.sleep(0.5)  # a retry's backoff (next_attempt_at) must pass before it may send
        assert statuses == {CheckInStatus.SENT}
        assert sorted(m.to for m in double.created) == phones  # each alumnus, once
        assert double.duplicates() == {}
        assert any(r.answered in (429, 500) for r in double.creates())
