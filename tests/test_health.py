"""/healthz tells a load balancer or an operator whether every part of the service is alive."""
import socket
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens once the socket is closed


def _wait_for_health(client, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while True:
        response = client.get("/healthz")
        if response.status_code == 200 or time.monotonic() > deadline:
            return response
        time.sleep(0.5)


@pytest.fixture
def worker_and_scheduler(subprocess_env):
    """A real `flask worker` and `flask scheduler`, stopped (and waited for) afterwards."""
    started = []

    def start():
        for command in ("worker", "scheduler"):
            started.append(subprocess.Popen([sys.executable, "-m", "flask", command], cwd=str(ROOT),
                                            env=subprocess_env, stdout=subprocess.DEVNULL,
                                            stderr=subprocess.DEVNULL))
    yield start
    for process in started:
        process.terminate()
    for process in started:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_health_reports_each_part_and_is_503_without_a_worker(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    report = response.json
    assert report["ok"] is False
    assert report["database"]["ok"] is True
    assert report["redis"]["ok"] is True
    assert report["worker"] == {"ok": False, "count": 0}
    assert report["scheduler"]["ok"] is False


def test_health_is_200_while_a_real_worker_and_scheduler_run(client, worker_and_scheduler):
    worker_and_scheduler()
    response = _wait_for_health(client)
    assert response.status_code == 200, response.json
    report = response.json
    assert report["ok"] is True
    assert report["worker"]["count"] >= 1
    assert report["scheduler"]["ok"] is True


def test_health_is_503_and_names_redis_when_redis_is_unreachable(app, make_app):
    down = make_app(REDIS_URL=f"redis://127.0.0.1:{_closed_port()}/0")
    response = down.test_client().get("/healthz")
    assert response.status_code == 503
    report = response.json
    assert report["redis"]["ok"] is False and report["redis"]["error"]
    assert report["database"]["ok"] is True
    assert report["worker"]["ok"] is False and report["scheduler"]["ok"] is False


def test_health_is_503_and_names_the_database_when_it_is_unreachable(app, make_app):
    down = make_app(DATABASE_URL=f"postgresql+psycopg://nobody@127.0.0.1:{_closed_port()}/none")
    response = down.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.json["database"]["ok"] is False
    assert response.json["redis"]["ok"] is True


def test_health_needs_no_sign_in_and_reveals_no_connection_details(client):
    body = client.get("/healthz").text
    assert "redis://" not in body and "unix://" not in body and "sqlite" not in body
