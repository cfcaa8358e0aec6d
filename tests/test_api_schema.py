"""Property-based: schemathesis generates requests from /api/v1/openapi.json and sends them
through the WSGI app with a coordinator's token. No 5xx, and every response (status, content
type, body) conforms to the document."""
from datetime import date, timedelta

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from alumni.accounts.tokens import issue_token
from alumni.api.openapi import build_document
from alumni.domain.event_rules import EventDraft
from alumni.extensions import db
from alumni.models import utcnow
from alumni.peer.events import create_event, invite_occurrence
from alumni.peer.mentors import confirm_match, save_mentor_profile
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture
def bearer(app):
    """A coordinator's token, and a few records so ids 1-3 exist (on both databases): alumni,
    a meeting with its invitations, a mentor and a match, so answers with a body are fuzzed too."""
    with app.app_context():
        user = make_user("coordinator", email="fuzzer@example.org")
        for _ in range(3):
            make_alumnus(sobriety_date=date.today() - timedelta(days=800))
        db.session.commit()
        event = create_event(EventDraft(title="Circle", starts_at=utcnow() + timedelta(days=3), place="Hall"),
                             by_id=user.id)
        invite_occurrence(event.occurrences[0].id)
        save_mentor_profile(1, consent=True, trained_on=date.today(), capacity=2, languages=["en"], area="")
        confirm_match(2, 1, nudge_days=[], by_id=user.id)
        return {"Authorization": f"Bearer {issue_token(user.email, 'schemathesis')}"}


# The document the app serves at /api/v1/openapi.json (built from the same registry; a test
# below checks they are identical). Loaded at import because schemathesis's fixture loader
# does not work with this pytest version.
schema = schemathesis.openapi.from_dict(build_document())


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_fails_and_matches_its_document(case, app, bearer):
    case.call_and_validate(app=app, headers=bearer, checks=CHECKS)


def test_the_fuzzed_document_is_the_one_served(app):
    assert app.test_client().get("/api/v1/openapi.json").get_json() == build_document()
