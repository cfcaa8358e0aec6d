"""Eight integrations enrol eight different people into a cohort nobody has used yet, all
at the same moment: every enrolment succeeds and the cohort exists once."""
from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest

from alumni.accounts.tokens import issue_token
from alumni.extensions import db
from alumni.models import Alumnus, Cohort
from tests.support.accounts import make_user

YESTERDAY = (date.today() - timedelta(days=1)).isoformat()
PEOPLE = 8


@pytest.fixture
def token(app):
    from alumni.plans.plans import ensure_default_plan
    with app.app_context():
        ensure_default_plan()  # a running installation has it; its own creation is not under test
        user = make_user("coordinator")
        return {"Authorization": f"Bearer {issue_token(user.email, 'test')}"}


def _enrol_together(app, token, bodies: list[dict]) -> list:
    """Each body posted from its own thread, app context and database connection, all
    released at once."""
    start = threading.Barrier(len(bodies))
    responses: list = [None] * len(bodies)

    def post(index: int) -> None:
        with app.app_context():
            client = app.test_client()
            start.wait()
            responses[index] = client.post("/api/v1/alumni", json=bodies[index], headers=token)
            db.session.remove()

    threads = [threading.Thread(target=post, args=(i,)) for i in range(len(bodies))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return responses


def _body(n: int, cohort: str, phone: str | None = None) -> dict:
    return {"first_name": f"Person{n}", "phone": phone or f"+9198123456{n:02d}", "discharge_date": YESTERDAY,
            "cohort": cohort, "programme": "Residential", "consent": {"sms": True}}


def test_eight_enrolments_at_once_into_a_new_cohort_all_succeed(app, token):
    responses = _enrol_together(app, token, [_body(n, "Batch 42") for n in range(PEOPLE)])

    statuses = [r.status_code for r in responses]
    assert statuses == [201] * PEOPLE, [r.get_json() for r in responses if r.status_code != 201]
    with app.app_context():
        assert db.session.scalars(db.select(Cohort.name)).all() == ["Batch 42"]
        cohort_id = db.session.scalar(db.select(Cohort.id))
        assert db.session.scalar(db.select(db.func.count()).select_from(Alumnus)
                                 .where(Alumnus.cohort_id == cohort_id)) == PEOPLE


def test_the_same_number_enrolled_at_once_is_still_one_duplicate_phone(app, token):
    """The phone's own unique index is still reported as a duplicate, and only it."""
    bodies = [_body(n, f"Batch {50 + n}", phone="+919812345699") for n in range(4)]
    responses = _enrol_together(app, token, bodies)

    statuses = sorted(r.status_code for r in responses)
    assert statuses == [201, 409, 409, 409]
    for response in responses:
        if response.status_code == 409:
            assert response.get_json()["error"]["code"] == "duplicate_phone"
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(Alumnus)) == 1
