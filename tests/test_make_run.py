"""`make run` end to end: the dev supervisor serves the login page, the printed admin login
works over real HTTP, the worker and scheduler are alive, and Ctrl-C leaves nothing running."""
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time

import psutil
import pytest
import requests

from tests.conftest import ROOT
from tests.support.client import FormClient

# The promise is a login page within 60 s on an ordinary machine (13 s measured once
# installed, migrations and seeding included); the wait here is far longer, so a busy CI
# host fails only a start that hangs, never a slow one.
STARTUP_LIMIT = 240
LOGIN_LINE = re.compile(r"Sign in as (\S+) with password (\S+)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Output:
    """Collects the supervisor's output in a thread so its pipe never fills up."""

    def __init__(self, stream):
        self.lines: list[str] = []
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream):
        for line in stream:
            self.lines.append(line)

    def text(self) -> str:
        return "".join(self.lines)

    def wait_for(self, pattern: re.Pattern, deadline: float):
        while time.monotonic() < deadline:
            match = pattern.search(self.text())
            if match:
                return match
            time.sleep(0.2)
        return None


def _wait_for_status(url: str, status: int, deadline: float) -> requests.Response | None:
    last = None
    while time.monotonic() < deadline:
        try:
            last = requests.get(url, timeout=5, allow_redirects=False)
            if last.status_code == status:
                return last
        except requests.ConnectionError:
            pass
        time.sleep(0.3)
    return last


def _embedded_redis_servers(children: list[psutil.Process]) -> list[psutil.Process]:
    socket_path = children[0].environ()["REDIS_URL"].removeprefix("unix://")
    return [proc for proc in psutil.process_iter(["name", "cmdline"])
            if "redis-server" in (proc.info["name"] or "")
            and any(socket_path in part for part in proc.info["cmdline"] or [])]


@pytest.fixture
def dev_supervisor(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DATABASE_URL", "REDIS_URL", "SECRET_KEY", "FLASK_APP", "ALUMNI_ENV")}
    port = _free_port()
    env.update(INSTANCE_PATH=str(tmp_path / "instance"), PORT=str(port), PYTHONUNBUFFERED="1")
    # Its own process group, so a group SIGINT is exactly what Ctrl-C in a terminal sends.
    process = subprocess.Popen([sys.executable, "-m", "alumni.devserver"], cwd=str(ROOT), env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               start_new_session=True)
    output = Output(process.stdout)
    yield process, output, f"http://127.0.0.1:{port}", tmp_path / "instance"
    if process.poll() is None:  # the test failed before stopping it: leave nothing behind
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            for child in psutil.Process(process.pid).children(recursive=True):
                child.kill()
            process.kill()
            process.wait()


@pytest.mark.own_services     # the embedded default, whatever the suite runs on
def test_make_run_serves_signs_in_the_printed_admin_and_stops_everything(dev_supervisor):
    process, output, base, instance = dev_supervisor
    deadline = time.monotonic() + STARTUP_LIMIT

    login_page = _wait_for_status(f"{base}/login", 200, deadline)
    assert login_page is not None and login_page.status_code == 200, output.text()
    match = output.wait_for(LOGIN_LINE, deadline)
    assert match, f"no admin login printed:\n{output.text()}"
    email, password = match.groups()

    # Sign in as a browser would: the form's CSRF token, the session cookie, a redirect home.
    browser = requests.Session()
    form = browser.get(f"{base}/login", timeout=10).text
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', form).group(1)
    signed_in = browser.post(f"{base}/login", data={"email": email, "password": password,
                                                    "csrf_token": token}, timeout=10)
    assert signed_in.status_code == 200 and signed_in.url.rstrip("/") == base
    assert "Sign out" in signed_in.text and "Demo Admin" in signed_in.text

    health = _wait_for_status(f"{base}/healthz", 200, time.monotonic() + STARTUP_LIMIT)
    assert health is not None and health.status_code == 200, health.text if health else output.text()
    assert health.json()["worker"]["ok"] and health.json()["scheduler"]["ok"]

    # Everything the supervisor started, including the embedded redis-server (which
    # daemonises, so it is found by the socket the children were told to use).
    children = psutil.Process(process.pid).children(recursive=True)
    names = " ".join(" ".join(child.cmdline()) for child in children)
    assert "flask run" in names and "flask worker" in names and "flask scheduler" in names
    children += _embedded_redis_servers(children)
    assert any("redis-server" in " ".join(p.cmdline()) for p in children)
    assert (instance / "alumni.db").exists()

    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C
    assert process.wait(timeout=60) == 0, output.text()
    gone, alive = psutil.wait_procs(children, timeout=15)
    assert alive == [], f"still running after Ctrl-C: {[p.cmdline() for p in alive]}"
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{base}/login", timeout=5)


def test_make_run_a_second_time_keeps_the_data_and_seeds_nothing_new(app, make_app, tmp_path):
    from flask_migrate import upgrade
    fresh = make_app(DATABASE_URL=f"sqlite:///{tmp_path / 'fresh.db'}", INSTANCE_PATH=str(tmp_path))
    with fresh.app_context():
        upgrade(directory=str(ROOT / "migrations"))
        first = fresh.test_cli_runner().invoke(args=["seed-demo"])
        again = fresh.test_cli_runner().invoke(args=["seed-demo"])
    assert first.exit_code == 0 and "Sign in as admin@example.org with password" in first.output
    assert again.exit_code == 0 and "nothing seeded" in again.output
    assert "with password" not in again.output
    assert not list(tmp_path.glob("*login*")), "no password is left lying on disk"


def test_each_demo_login_is_printed_once_and_signs_in_to_its_role(make_app, migrated, tmp_path):
    from flask_migrate import upgrade
    fresh = make_app(DATABASE_URL=f"sqlite:///{tmp_path / 'fresh.db'}", INSTANCE_PATH=str(tmp_path))
    with fresh.app_context():
        upgrade(directory=str(ROOT / "migrations"))
        output = fresh.test_cli_runner().invoke(args=["seed-demo"]).output
    fresh.test_client_class = FormClient
    logins = LOGIN_LINE.findall(output)
    assert [email for email, _ in logins] == ["admin@example.org", "coordinator@example.org", "staff@example.org"]
    assert "flask users reset-password --email" in output
    for email, password in logins:
        client = fresh.test_client()
        response = client.post("/login", data={"email": email, "password": password})
        assert response.status_code == 302, email


def test_the_banner_shows_the_logins_only_on_the_run_that_created_them():
    from alumni.devserver import banner_logins
    created = banner_logins(["Sign in as admin@example.org with password s3cret-once"])
    assert any("s3cret-once" in line for line in created)
    later = "\n".join(banner_logins([]))
    assert "password " not in later.replace("reset-password", "")
    assert "users reset-password --email admin@example.org" in later
