"""Message templates are admin-written code that a worker runs for every check-in: one that
would loop for hours or build gigabytes is refused when saved, and one already saved fails
its check-in with the reason instead of holding the worker."""
import time

import pytest

from alumni.delivery.transports.console import recorded_messages
from alumni.domain.message_templates import (
    MAX_RENDER_CHARS,
    MAX_RENDER_STEPS,
    SAMPLE_VALUES,
    TemplateProblem,
    render_text,
    template_problem,
)
from alumni.extensions import db
from alumni.models import CheckIn, CheckInStatus, MessageTemplate
from alumni.redis_conn import get_redis
from tests.support.delivery import queued_checkin, run_jobs_in
from tests.support.factories import make_alumnus

# 30 million loop steps and 100,000 characters: seconds of a worker per render, unbounded.
NESTED_LOOPS = "{% for i in range(10000) %}{% for j in range(3000) %}{% endfor %}.{% endfor %}"


def test_saving_a_template_that_loops_a_billion_times_is_refused_with_the_reason(app, login_as):
    started = time.monotonic()
    response = login_as("admin").post("/plans/templates/new", data={
        "key": "runaway", "language": "en", "subject": "",
        "body": "{% for i in range(10**9) %}x{% endfor %}", "action": "save"})
    assert time.monotonic() - started < 5
    assert response.status_code == 422
    assert f"a template may loop at most {MAX_RENDER_STEPS:,} times" in response.text \
        or "too large for a message template" in response.text
    with app.app_context():
        assert db.session.scalar(db.select(MessageTemplate).filter_by(key="runaway")) is None


def test_saving_nested_loops_is_refused_at_the_step_bound_not_after_running_them(app, login_as):
    started = time.monotonic()
    response = login_as("admin").post("/plans/templates/new", data={
        "key": "nested", "language": "en", "subject": "", "body": NESTED_LOOPS, "action": "save"})
    assert time.monotonic() - started < 5
    assert response.status_code == 422
    assert f"more than {MAX_RENDER_STEPS:,} steps" in response.text
    with app.app_context():
        assert db.session.scalar(db.select(MessageTemplate).filter_by(key="nested")) is None


def test_a_saved_runaway_template_fails_its_checkin_with_the_reason_and_sends_nothing(app, make_app):
    sending = make_app(QUIET_HOURS="none")
    with sending.app_context():
        # Saved before the bounds existed (or straight into the database): the send job
        # meets it first.
        db.session.add(MessageTemplate(key="runaway", language="en", subject="", body=NESTED_LOOPS))
        db.session.commit()
        checkin_id = queued_checkin(make_alumnus(), template_key="runaway").id
        started = time.monotonic()
    run_jobs_in(sending)
    assert time.monotonic() - started < 10
    with sending.app_context():
        checkin = db.session.get(CheckIn, checkin_id)
        assert checkin.status == CheckInStatus.FAILED
        assert "'runaway'" in checkin.last_error and f"more than {MAX_RENDER_STEPS:,} steps" in checkin.last_error
        assert recorded_messages(get_redis()) == []


@pytest.mark.parametrize("body, reason", [
    ("{% for i in range(5000) %}xy{% endfor %}", f"writes more than {MAX_RENDER_CHARS:,} characters"),
    ("{{ 'x' * 10**9 }}", f"longer than {MAX_RENDER_CHARS:,} characters"),
    ("{{ [0] * 10**9 }}", f"longer than {MAX_RENDER_CHARS:,} characters"),
    ("{% set a = 'x' * 4000 %}{% set a = a ~ a %}{{ a }}", f"longer than {MAX_RENDER_CHARS:,} characters"),
    ("{{ 'x'|center(10**9) }}", "too large for a message template"),
    ("{{ first_name.ljust(10**9) }}", "too large for a message template"),
    ("{{ '%0999999d' % 1 }}", "formatted value"),
    ("{{ '{:>99999999}'.format(1) }}", "formatted value"),
    ("{{ (9 ** 999) ** 999 }}", "bits"),
    ("{{ 'xxxx'" + "|replace('x', 'xxxx')" * 12 + " }}", f"longer than {MAX_RENDER_CHARS:,} characters"),
    ("{% macro twice(n) %}{% if n %}{{ twice(n - 1) }}{{ twice(n - 1) }}{% endif %}{% endmacro %}{{ twice(60) }}",
     f"more than {MAX_RENDER_STEPS:,} steps"),
    ("{% for a in range(1000) %}{% for b in range(1000) %}{% for c in range(1000) %}"
     "{% endfor %}{% endfor %}{% endfor %}",
     f"more than {MAX_RENDER_STEPS:,} steps"),
    ("x" * 5001, "the limit is 5,000"),
])
def test_each_way_to_spend_time_or_memory_stops_at_its_bound_with_a_reason(body, reason):
    started = time.monotonic()
    with pytest.raises(TemplateProblem, match=reason.replace("(", r"\(")):
        render_text(body, SAMPLE_VALUES)
    assert time.monotonic() - started < 2
    assert reason.split(" (")[0] in (template_problem(body) or "")


def test_ordinary_loops_filters_and_macros_still_render():
    body = ("{% macro greet(name) %}Hi {{ name|title }}{% endmacro %}{{ greet(first_name) }}, "
            "{% for word in ['one', 'two'] %}{{ loop.index }}:{{ word|upper }}{{ ', ' if not loop.last }}{% endfor %}"
            " ~ {{ first_name ~ '!' }} {{ '%03d' % days_since_discharge }} {{ range(0, 10000, 2500)|list|length }}")
    assert render_text(body, SAMPLE_VALUES) == "Hi Asha, 1:ONE, 2:TWO ~ Asha! 030 4"
    assert template_problem(body) is None
