"""The hashed lock files that `make run`, `make test` and the production install use cover
what pyproject.toml asks for: a dependency added there without `make lock` fails here,
not on a fresh machine."""
import re
import tomllib

from tests.conftest import ROOT

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+?)(?:\s*;.*)?\s*\\?$", re.M)


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement).group()).lower()


def _pins(lock: str) -> dict[str, str]:
    text = (ROOT / lock).read_text()
    return {re.sub(r"[-_.]+", "-", name).lower(): version for name, version in PIN.findall(text)}


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def test_every_dependency_of_the_app_is_pinned_in_the_app_lock():
    pins = _pins("requirements.lock")
    missing = [r for r in _project()["dependencies"] if _name(r) not in pins]
    assert missing == [], f"run `make lock`: {missing} are not in requirements.lock"


def test_the_test_lock_pins_the_app_and_the_test_dependencies_at_the_app_locks_versions():
    app, test = _pins("requirements.lock"), _pins("requirements-test.lock")
    project = _project()
    missing = [r for r in project["dependencies"] + project["optional-dependencies"]["test"] if _name(r) not in test]
    assert missing == [], f"run `make lock`: {missing} are not in requirements-test.lock"
    assert {name: test[name] for name in app if name in test} == {name: app[name] for name in app if name in test}


def test_every_pin_carries_hashes():
    for lock in ("requirements.lock", "requirements-test.lock"):
        text = (ROOT / lock).read_text()
        blocks = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
        assert blocks and all("--hash=sha256:" in block for block in blocks if "==" in block), lock
