"""Redis restarted without persistence (flushdb stands in for it) forgets every worker's
registration while the workers keep running: a real `flask worker` puts itself back and
/healthz counts it again within a few heartbeats."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from tests.conftest import ROOT

HEARTBEAT = 1


def _worker_health(client) -> dict:
    return client.get("/healthz").get_json()["worker"]


def _wait_for(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_a_running_worker_is_counted_again_after_redis_forgets_it(app, subprocess_env):
    command = [sys.executable, "-m", "flask", "worker", "-q", "outreach", "--heartbeat", str(HEARTBEAT)]
    worker = subprocess.Popen(command,
                              env=subprocess_env, cwd=str(ROOT), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        client = app.test_client()
        assert _wait_for(lambda: _worker_health(client).get("count") == 1, 60), "the worker never registered"
        # Frozen, the worker cannot put itself back between the flush and the look: on a
        # slow machine a one-second heartbeat otherwise can, and the empty count is never seen.
        os.killpg(worker.pid, signal.SIGSTOP)
        try:
            with app.app_context():
                from alumni.redis_conn import get_redis
                get_redis().flushdb()
            assert _worker_health(client) == {"ok": False, "count": 0}
        finally:
            os.killpg(worker.pid, signal.SIGCONT)

        assert _wait_for(lambda: _worker_health(client).get("count") == 1, 5 * HEARTBEAT + 5), \
            "the worker did not register again within a few heartbeats"
        assert _worker_health(client)["ok"] is True
        assert worker.poll() is None  # the same worker, still running
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=30)
