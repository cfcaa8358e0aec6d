"""Configuration comes from the environment; a start that cannot work says why in one line."""
import os
import socket
import subprocess
import sys

import pytest

from config import Config, ConfigError
from tests.conftest import ROOT

# Every test here builds its settings from nothing (clean_env, or Config.from_env of a dict):
# the database and Redis the suite runs on never reach them.
pytestmark = pytest.mark.own_services


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def clean_env(tmp_path):
    """The caller's environment without any of our settings, and a fresh instance folder."""
    names = {f for f in Config.__dataclass_fields__} | {"FLASK_APP"}
    env = {k: v for k, v in os.environ.items() if k not in names}
    env.update(INSTANCE_PATH=str(tmp_path / "instance"), FLASK_APP="wsgi", PYTHONUNBUFFERED="1")
    return env


def _run(args, env, timeout=90):
    return subprocess.run(args, env=env, cwd=str(ROOT), capture_output=True, text=True,
                          timeout=timeout)


def _one_clear_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line, got:\n{stderr}"
    assert "Traceback" not in stderr
    assert lines[0].startswith("error: ")
    return lines[0]


@pytest.mark.parametrize("command", [
    [sys.executable, "-c", "import wsgi"],
    [sys.executable, "-m", "flask", "routes"],
])
def test_production_start_without_secret_key_refuses_in_one_line(clean_env, command):
    result = _run(command, {**clean_env, "ALUMNI_ENV": "production"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in _one_clear_line(result.stderr)


def test_production_start_with_a_secret_key_boots(clean_env):
    result = _run([sys.executable, "-c", "import wsgi; print(wsgi.app.config['SESSION_COOKIE_SECURE'])"],
                  {**clean_env, "ALUMNI_ENV": "production", "SECRET_KEY": "k" * 64})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"  # production cookies are always Secure


@pytest.mark.parametrize("setting, value, words", [
    ("DATABASE_URL", "nosuchdb://x", "DATABASE_URL is not usable"),
    ("DATABASE_URL", "not a url", "DATABASE_URL is not usable"),
    ("DATABASE_URL", "postgresql://someone:hunter2secret@127.0.0.1:{port}/x", "cannot reach the database"),
    ("REDIS_URL", "redis://:hunter2secret@127.0.0.1:{port}/0", "cannot reach Redis"),
    ("REDIS_URL", "nosuchscheme://x", "REDIS_URL is not usable"),
])
def test_check_services_gives_one_clear_line_for_a_bad_url(clean_env, setting, value, words):
    env = {**clean_env, setting: value.format(port=_closed_port())}
    result = _run([sys.executable, "-m", "flask", "check-services"], env)
    assert result.returncode != 0
    line = _one_clear_line(result.stderr)
    assert words in line
    assert "hunter2secret" not in line  # passwords stay out of logs


@pytest.mark.parametrize("setting, value, words", [
    ("DATABASE_URL", "nosuchdb://x", "DATABASE_URL is not usable"),
    ("REDIS_URL", "redis://127.0.0.1:{port}/0", "cannot reach Redis"),
])
def test_make_run_stops_with_one_clear_line_for_a_bad_url(clean_env, setting, value, words):
    env = {**clean_env, setting: value.format(port=_closed_port()), "PORT": str(_closed_port())}
    result = _run([sys.executable, "-m", "alumni.devserver"], env)
    assert result.returncode != 0
    assert words in _one_clear_line(result.stderr)
    assert "running at" not in result.stdout


def test_the_development_secret_is_random_per_install_and_kept_under_instance(tmp_path):
    first = Config.from_env({"INSTANCE_PATH": str(tmp_path / "a")})
    again = Config.from_env({"INSTANCE_PATH": str(tmp_path / "a")})
    other = Config.from_env({"INSTANCE_PATH": str(tmp_path / "b")})
    assert len(first.SECRET_KEY) >= 32
    assert first.SECRET_KEY == again.SECRET_KEY != other.SECRET_KEY
    assert (tmp_path / "a" / "secret_key").stat().st_mode & 0o077 == 0


def test_every_setting_is_read_from_the_environment(tmp_path):
    config = Config.from_env({
        "INSTANCE_PATH": str(tmp_path), "SECRET_KEY": "s", "TWILIO_ACCOUNT_SID": "AC1",
        "TWILIO_AUTH_TOKEN": "tok", "TRUSTED_PROXIES": "2", "MAX_CONTENT_LENGTH": "1024",
        "QUIET_HOURS": "22:00-08:00", "CRISIS_ACK_MINUTES": "10", "TWILIO_MAX_MPS": "2.5",
        "DATABASE_URL": "postgresql://u@h/db"})
    assert config.SECRET_KEY == "s" and config.TWILIO_AUTH_TOKEN == "tok"
    assert config.OUTBOUND_TRANSPORT == "twilio"  # credentials present, so real sending
    assert config.TRUSTED_PROXIES == 2 and config.MAX_CONTENT_LENGTH == 1024
    assert config.QUIET_HOURS == "22:00-08:00" and config.CRISIS_ACK_MINUTES == 10
    assert config.TWILIO_MAX_MPS == 2.5
    assert config.SQLALCHEMY_DATABASE_URI == "postgresql+psycopg://u@h/db"


def test_without_twilio_credentials_messages_go_to_the_console(tmp_path):
    assert Config.from_env({"INSTANCE_PATH": str(tmp_path)}).OUTBOUND_TRANSPORT == "console"


@pytest.mark.parametrize("env, words", [
    ({"TRUSTED_PROXIES": "one"}, "TRUSTED_PROXIES must be a whole number"),
    ({"ALUMNI_ENV": "staging"}, "ALUMNI_ENV must be development or production"),
    ({"OUTBOUND_TRANSPORT": "twilio"}, "needs TWILIO_ACCOUNT_SID"),
    ({"OUTBOUND_TRANSPORT": "pigeon"}, "OUTBOUND_TRANSPORT must be twilio or console"),
    ({"PASSWORD_HASH_PROFILE": "MD5"}, "PASSWORD_HASH_PROFILE must be one of RFC_9106_LOW_MEMORY"),
    ({"PASSWORD_HASH_PROFILE": "CHEAPEST", "ALUMNI_ENV": "production", "SECRET_KEY": "s"},
     "PASSWORD_HASH_PROFILE=CHEAPEST is for tests only"),
])
def test_a_bad_setting_is_named_in_the_error(tmp_path, env, words):
    with pytest.raises(ConfigError, match=words):
        Config.from_env({"INSTANCE_PATH": str(tmp_path), **env})


# Flask's own settings and derived values are not for operators to set.
NOT_OPERATOR_SETTINGS = {"TESTING", "WTF_CSRF_ENABLED", "SESSION_COOKIE_HTTPONLY", "SESSION_COOKIE_SAMESITE",
                         "SESSION_COOKIE_SECURE", "REMEMBER_COOKIE_HTTPONLY", "SQLALCHEMY_DATABASE_URI",
                         "SQLALCHEMY_ENGINE_OPTIONS"}


def test_the_operations_manual_documents_every_setting():
    manual = (ROOT / "docs" / "operations.md").read_text()
    section = manual.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    missing = [name for name in Config.__dataclass_fields__
               if name not in NOT_OPERATOR_SETTINGS and f"`{name}`" not in section]
    assert missing == [], f"add these to the configuration table in docs/operations.md: {missing}"
