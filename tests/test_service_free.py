"""`.ci/run`'s second run (PostgreSQL and a Redis server) leaves out the tests marked
service_free: only those that cannot reach either may carry the mark."""
from __future__ import annotations

from pathlib import Path

from tests.support.service_free import MARKED, imports_only_pure_code

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
