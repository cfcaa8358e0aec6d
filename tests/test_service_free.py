"""`.ci/run`'s second run (PostgreSQL and a Redis server) leaves out the tests marked
service_free (and those marked own_services): only those that cannot reach either, or that
bring settings of their own, may carry a mark."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.service_free import MARKED, OWN_MARKED, OWN_SERVICES, imports_only_pure_code, mark_service_free

TESTS = Path(__file__).resolve().parent


def test_the_crisis_detectors_tests_are_left_out_of_the_second_run(request):
    marked = request.config.stash[MARKED]
    assert any(node.startswith("tests/test_crisis_detector.py::") for node in marked)
    assert not any(node.startswith("tests/test_health.py::") for node in marked)


def test_no_test_with_the_app_a_client_or_a_subprocess_environment_is_left_out(request):
    for item in request.session.items:
        if {"app", "client", "make_app", "subprocess_env", "sms"} & set(item.fixturenames):
            assert item.get_closest_marker("service_free") is None, item.nodeid


def test_a_module_that_builds_on_the_web_layer_is_not_pure():
    assert not imports_only_pure_code(TESTS / "test_crisis_model_words.py")     # flask_babel, alumni.web
    assert not imports_only_pure_code(TESTS / "test_health.py")
    assert imports_only_pure_code(TESTS / "test_crisis_detector.py")


def test_this_check_runs_in_both_runs(request):
    assert request.node.nodeid not in request.config.stash[MARKED]


def test_the_tests_with_settings_of_their_own_are_marked_and_the_others_not(request):
    own = request.config.stash[OWN_MARKED]
    assert "tests/test_make_run.py::test_make_run_serves_signs_in_the_printed_admin_and_stops_everything" in own
    assert any(node.startswith("tests/test_config.py::test_check_services_gives_one_clear_line") for node in own)
    assert not any(node.startswith(("tests/test_health.py::", "tests/test_cli.py::")) for node in own)


class _Collected:
    """What the check reads of a collected test: its marks and its fixtures."""

    def __init__(self, nodeid: str, fixturenames: list[str], marks: set[str]):
        self.nodeid, self.fixturenames, self._marks = nodeid, fixturenames, marks

    def get_closest_marker(self, name: str):
        return name if name in self._marks else None


def test_a_test_marked_with_its_own_services_that_uses_the_suites_is_refused(request):
    items = [_Collected("tests/test_x.py::test_mine", ["tmp_path"], {OWN_SERVICES}),
             _Collected("tests/test_x.py::test_on_the_database", ["app", "database_url"], {OWN_SERVICES})]
    with pytest.raises(pytest.UsageError, match="test_on_the_database"):
        mark_service_free(request.config, items)
