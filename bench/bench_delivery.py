"""Delivery throughput and the fault drill, against the in-process Twilio double.

0. make run: the single worker `make run` starts, by alumni.devserver's own command (plain
   `flask worker`, no options), 400 check-ins, 200 ms provider, TWILIO_MAX_MPS=50. Target
   >= 45 messages/s (0.9 of the cap).

1. Throughput: the double answers every request after 200 ms, TWILIO_MAX_MPS=50; 2,000
   queued check-ins are sent by two `flask worker --threads 16` processes. Target >= 45
   messages/s, zero duplicates.
2. The same with naive workers (two plain `flask worker`: one blocking request per worker
   at a time), on 200 check-ins, for the ratio.
4. Outage drill: 400 check-ins, 15% 500s, the provider down for 30 s, make run's worker
   SIGKILLed once, default retry and pause settings: nothing lost, sent twice, or given up.
3. Fault drill: 2,000 check-ins while the double fails 20% of requests with 500/429 and a
   worker is SIGKILLed twice (the sweeper runs every few seconds, as cron would run it);
   counted in the double's log: every check-in accepted exactly once.

    python -m bench bench_delivery                    (all three)
    python -m bench.bench_delivery make_run           (one part: make_run | throughput | ceiling | naive
                                                       | drill | outage)
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from bench.common import Figure, print_figures, scratch_app

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.twilio_double import Behaviour, TwilioDouble, twilio_settings  # noqa: E402

COUNT = int(os.environ.get("BENCH_DELIVERY_COUNT", "2000"))
NAIVE_COUNT = int(os.environ.get("BENCH_DELIVERY_NAIVE_COUNT", "200"))
MPS = 50


def _make_checkins(app, count: int) -> list[int]:
    from alumni.models import CheckInStatus, utcnow
    from alumni.plans.plans import ensure_default_plan
    from bench.common import seed_sms_alumni_with_checkins
    with app.app_context():
        ensure_default_plan()
        now = utcnow()
        checkins = seed_sms_alumni_with_checkins(count, "+9180", status=CheckInStatus.QUEUED, queued_at=now)
        ids = [c.id for c in checkins]
        from alumni.delivery.send_jobs import enqueue_send_jobs
        enqueue_send_jobs(ids, claimed=True)
        return ids


def _sweep(app) -> None:
    """One run of the cron's stale-send sweeper, as `flask scheduler` runs it."""
    from alumni.delivery.reconcile import reconcile_stale_sending
    from alumni.extensions import db
    with app.app_context():
        reconcile_stale_sending()
        db.session.remove()


def _sent_count(app) -> int:
    from alumni.extensions import db
    from alumni.models import CheckIn, CheckInStatus
    with app.app_context():
        n = db.session.scalar(db.select(db.func.count()).select_from(CheckIn).where(
            CheckIn.status.in_([CheckInStatus.SENT, CheckInStatus.DELIVERED])))
        db.session.remove()
        return n


def _worker_env(app, double, **settings) -> dict:
    env = dict(os.environ)
    env.update({"FLASK_APP": "wsgi", "PYTHONUNBUFFERED": "1", "SECRET_KEY": "bench",
                "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"], "REDIS_URL": app.config["REDIS_URL"],
                "INSTANCE_PATH": app.config["INSTANCE_PATH"], "PUBLIC_BASE_URL": "http://127.0.0.1:9",
                "RQ_FAILURE_TTL": "600", "RQ_RESULT_TTL": "60"})
    env.update(twilio_settings(double, **settings))
    env["QUIET_HOURS"] = "none"  # the bench's alumni live in Asia/Kolkata, whatever the hour there
    return env


def _start_worker(env, threads: int, log, args: list[str] | None = None):
    args = args or [sys.executable, "-m", "flask", "worker", "-q", "outreach", "--threads", str(threads)]
    return subprocess.Popen(args, env=env, cwd=str(ROOT), stdout=log, stderr=log, start_new_session=True)


def _stop(process, sig=signal.SIGTERM) -> None:
    if process.poll() is None:
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            pass
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def _rate(double) -> float:
    """Messages per second between the first and the last accepted message."""
    stamps = sorted(r.at for r in double.requests if r.method == "POST" and r.answered == 201)
    if len(stamps) < 2:
        return 0.0
    return (len(stamps) - 1) / (stamps[-1] - stamps[0])


def _run_send(count: int, threads: int, workers: int = 2, timeout: float = 900,
              latency: float = 0.2, command: list[str] | None = None) -> tuple[float, float, int, int]:
    """(accepted msg/s, wall seconds, sent, duplicate texts). `command` replaces the worker
    command line (the same for every worker)."""
    with TwilioDouble(Behaviour(latency=latency)) as double, \
            scratch_app(**twilio_settings(double, TWILIO_MAX_MPS=MPS), QUIET_HOURS="none") as app:
        _make_checkins(app, count)
        env = _worker_env(app, double, TWILIO_MAX_MPS=MPS)
        with open(Path(app.config["INSTANCE_PATH"]) / "workers.log", "ab") as log:
            started = time.perf_counter()
            procs = [_start_worker(env, threads, log, command) for _ in range(workers)]
            try:
                deadline = time.monotonic() + timeout
                while _sent_count(app) < count and time.monotonic() < deadline:
                    time.sleep(0.5)
            finally:
                for p in procs:
                    _stop(p)
        wall = time.perf_counter() - started
        duplicates = sum(n - 1 for n in double.duplicates().values())
        return _rate(double), wall, _sent_count(app), duplicates


MAKE_RUN_COUNT = int(os.environ.get("BENCH_DELIVERY_MAKE_RUN_COUNT", "400"))


def make_run() -> list[Figure]:
    """The one worker `make run` starts, started by the very command alumni.devserver uses
    (no options: its defaults must reach the cap), 200 ms provider, TWILIO_MAX_MPS=50."""
    from alumni.devserver import worker_command
    rate, wall, sent, dupes = _run_send(MAKE_RUN_COUNT, threads=0, workers=1, command=worker_command())
    return [Figure(f"make run's worker ({' '.join(worker_command()[1:])}), {MAKE_RUN_COUNT} check-ins, "
                   "200 ms provider", rate, "msg/s", ">= 45", rate >= 45),
            Figure("  sent of queued (make run)", sent, "msgs", f"= {MAKE_RUN_COUNT}", sent == MAKE_RUN_COUNT),
            Figure("  duplicate texts (make run)", dupes, "msgs", "= 0", dupes == 0)]


def throughput() -> list[Figure]:
    rate, wall, sent, dupes = _run_send(COUNT, threads=16)
    return [Figure(f"{COUNT} check-ins, 2 threaded workers, 200 ms provider", rate, "msg/s", ">= 45", rate >= 45),
            Figure("  sent of queued", sent, "msgs", f"= {COUNT}", sent == COUNT),
            Figure("  duplicate texts", dupes, "msgs", "= 0", dupes == 0),
            Figure("  wall time incl. worker start-up", wall, "s")]


def ceiling() -> list[Figure]:
    """The same threaded run against a double that answers at once: what this machine's CPU
    allows. Close to the 200 ms figure means the provider's latency is hidden, and the
    remaining limit is CPU (or the cap), not waiting."""
    rate, _, sent, dupes = _run_send(COUNT // 2, threads=16, latency=0.0)
    return [Figure(f"{COUNT // 2} check-ins, 2 threaded workers, instant provider", rate, "msg/s"),
            Figure("  duplicate texts (instant provider)", dupes, "msgs", "= 0", dupes == 0)]


def naive() -> list[Figure]:
    rate, wall, sent, dupes = _run_send(NAIVE_COUNT, threads=1)
    return [Figure(f"{NAIVE_COUNT} check-ins, 2 naive workers (one job at a time)", rate, "msg/s"),
            Figure("  sent of queued (naive)", sent, "msgs", f"= {NAIVE_COUNT}", sent == NAIVE_COUNT),
            Figure("  duplicate texts (naive)", dupes, "msgs", "= 0", dupes == 0)]


def drill(count: int = COUNT, kills: tuple[float, ...] = (0.25, 0.6), timeout: float = 1200) -> list[Figure]:
    """20% of creates fail (500 or 429); a worker is SIGKILLed when 25% and 60% are out."""
    behaviour = Behaviour(latency=0.2, fail_rate=0.2, fail_statuses=(500, 429), seed=2024)
    settings = dict(TWILIO_MAX_MPS=MPS, SEND_MAX_ATTEMPTS=12, SEND_RETRY_BASE_SECONDS=1,
                    TWILIO_TIMEOUT_SECONDS=5, SENDING_STALE_SECONDS=15, SEND_BREAKER_PROBE_SECONDS=5)
    with TwilioDouble(behaviour) as double, \
            scratch_app(**twilio_settings(double, **settings), QUIET_HOURS="none") as app:
        ids = _make_checkins(app, count)
        env = _worker_env(app, double, **settings)
        killed = 0
        started = time.perf_counter()
        with open(Path(app.config["INSTANCE_PATH"]) / "workers.log", "ab") as log:
            procs = [_start_worker(env, 16, log) for _ in range(2)]
            pending_kills = [int(count * share) for share in kills]
            deadline = time.monotonic() + timeout
            last_sweep = 0.0
            try:
                while time.monotonic() < deadline:
                    if pending_kills and len(double.created) >= pending_kills[0]:
                        pending_kills.pop(0)
                        _stop(procs[0], signal.SIGKILL)  # mid-send: requests in flight are lost
                        killed += 1
                        procs[0] = _start_worker(env, 16, log)
                    if time.monotonic() - last_sweep > 3:  # what the cron sweeper does every minute
                        last_sweep = time.monotonic()
                        _sweep(app)
                    if _sent_count(app) >= count:
                        break
                    time.sleep(0.5)
            finally:
                for p in procs:
                    _stop(p)
        wall = time.perf_counter() - started
        per_number: dict[str, int] = {}
        for m in double.created:
            per_number[m.to] = per_number.get(m.to, 0) + 1
        lost = count - len(per_number)
        duplicates = sum(n - 1 for n in per_number.values())
        failures = sum(1 for r in double.requests if r.method == "POST" and r.answered in (500, 429))
        sent = _sent_count(app)
        return [Figure(f"drill: {count} check-ins, 20% 500/429, {killed} SIGKILLs: lost", lost, "msgs", "= 0",
                       lost == 0),
                Figure("  drill: duplicate texts (double's log)", duplicates, "msgs", "= 0", duplicates == 0),
                Figure("  drill: check-ins marked sent", sent, "msgs", f"= {len(ids)}", sent == len(ids)),
                Figure("  drill: provider failures injected", failures, "reqs"),
                Figure("  drill: wall time", wall, "s")]


OUTAGE_COUNT = int(os.environ.get("BENCH_DELIVERY_OUTAGE_COUNT", "400"))


def outage(count: int = OUTAGE_COUNT, outage_seconds: float = 30, timeout: float = 900) -> list[Figure]:
    """The drill that once gave a check-in up in silence: 15% of creates fail with 500, the
    provider is down (every create 500) for 30 s once a quarter is out, and make run's worker
    is SIGKILLed and restarted once half is out; default retry and pause settings. Counted:
    lost, duplicates, check-ins given up, and provider calls made during the outage."""
    from alumni.devserver import worker_command
    behaviour = Behaviour(latency=0.2, fail_rate=0.15, fail_statuses=(500,), seed=77)
    settings = dict(TWILIO_MAX_MPS=MPS, TWILIO_TIMEOUT_SECONDS=5, SENDING_STALE_SECONDS=15)
    with TwilioDouble(behaviour) as double, \
            scratch_app(**twilio_settings(double, **settings), QUIET_HOURS="none") as app:
        _make_checkins(app, count)
        env = _worker_env(app, double, **settings)
        started = time.perf_counter()
        outage_window: list[float] = []
        killed = False
        with open(Path(app.config["INSTANCE_PATH"]) / "workers.log", "ab") as log:
            proc = _start_worker(env, 0, log, worker_command())
            deadline = time.monotonic() + timeout
            last_sweep = 0.0
            try:
                while time.monotonic() < deadline:
                    out = len(double.created)
                    if not outage_window and out >= count // 4:
                        behaviour.fail_rate = 1.0
                        outage_window.append(time.time())
                    if len(outage_window) == 1 and time.time() - outage_window[0] >= outage_seconds:
                        behaviour.fail_rate = 0.15
                        outage_window.append(time.time())
                    if not killed and out >= count // 2:
                        _stop(proc, signal.SIGKILL)
                        killed = True
                        proc = _start_worker(env, 0, log, worker_command())
                    if time.monotonic() - last_sweep > 3:  # what the cron sweeper does every minute
                        last_sweep = time.monotonic()
                        _sweep(app)
                    if _finished_count(app) >= count:
                        break
                    time.sleep(0.5)
            finally:
                _stop(proc)
        wall = time.perf_counter() - started
        per_number: dict[str, int] = {}
        for m in double.created:
            per_number[m.to] = per_number.get(m.to, 0) + 1
        lost = count - len(per_number)
        duplicates = sum(n - 1 for n in per_number.values())
        failed = _failed_count(app)
        during = [r for r in double.requests if r.method == "POST" and len(outage_window) == 2
                  and outage_window[0] <= r.at <= outage_window[1]]
        return [Figure(f"outage drill: {count} check-ins, 15% 500s, {outage_seconds:.0f} s down, 1 SIGKILL: lost",
                       lost, "msgs", "= 0", lost == 0),
                Figure("  outage drill: duplicate texts", duplicates, "msgs", "= 0", duplicates == 0),
                Figure("  outage drill: check-ins given up (failed)", failed, "msgs", "= 0", failed == 0),
                Figure("  outage drill: provider calls while it was down", len(during), "reqs"),
                Figure("  outage drill: wall time", wall, "s")]


def _finished_count(app) -> int:
    from alumni.extensions import db
    from alumni.models import CheckIn, CheckInStatus
    with app.app_context():
        n = db.session.scalar(db.select(db.func.count()).select_from(CheckIn).where(CheckIn.status.in_(
            [CheckInStatus.SENT, CheckInStatus.DELIVERED, CheckInStatus.FAILED])))
        db.session.remove()
        return n


def _failed_count(app) -> int:
    from alumni.extensions import db
    from alumni.models import CheckIn, CheckInStatus
    with app.app_context():
        n = db.session.scalar(db.select(db.func.count()).select_from(CheckIn).where(
            CheckIn.status == CheckInStatus.FAILED))
        db.session.remove()
        return n


def run() -> list[Figure]:
    figures = throughput() + naive()
    fast = figures[0].value
    slow = figures[4].value
    figures.append(Figure("  threaded / naive throughput", fast / slow if slow else 0.0, "x"))
    return make_run() + figures + drill() + outage()


if __name__ == "__main__":
    parts = sys.argv[1:] or ["make_run", "throughput", "ceiling", "naive", "drill", "outage"]
    for part in parts:
        print(f"== {part}", flush=True)
        print_figures(globals()[part]())
