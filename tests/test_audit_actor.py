"""The audit trail names who did a thing and from which address, whether the row is written
by the page itself, by a service the page called, or in bulk by a CSV import."""
import io
from datetime import date, timedelta

from alumni.core.audit import audit
from alumni.extensions import db
from alumni.models import AuditEvent, User
from tests.support.factories import make_alumnus

ADDRESS = "203.0.113.7"
YESTERDAY = (date.today() - timedelta(days=1)).isoformat()


def _from_address(app):
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = ADDRESS
    return client


def _rows(action: str) -> list[tuple]:
    return list(db.session.execute(db.select(AuditEvent.user_id, AuditEvent.actor, AuditEvent.ip)
                                   .where(AuditEvent.action == action)))


def test_pausing_outreach_on_a_page_is_audited_as_the_coordinator_from_their_address(app, login_as):
    coordinator = login_as("coordinator", client=_from_address(app))
    with app.app_context():
        alumnus_id = make_alumnus().id
    response = coordinator.post(f"/alumni/{alumnus_id}/pause", data={"reason": "travelling"})
    assert response.status_code == 302
    with app.app_context():
        user_id = db.session.scalar(db.select(User.id).where(User.email == coordinator.user_email))
        assert _rows("alumnus.paused") == [(user_id, coordinator.user_email, ADDRESS)]


def test_every_row_of_a_csv_import_names_the_uploader_and_their_address(app, login_as):
    coordinator = login_as("coordinator", client=_from_address(app))
    text = ("first_name,last_name,phone,discharge_date,consent_sms\n"
            f"Asha,Rao,98123 45621,{YESTERDAY},yes\nRavi,Kale,98123 45622,{YESTERDAY},yes\n")
    upload = coordinator.post("/alumni/import", data={"file": (io.BytesIO(text.encode()), "alumni.csv")},
                              content_type="multipart/form-data")
    coordinator.post(upload.headers["Location"] + "/confirm", data={})
    with app.app_context():
        user_id = db.session.scalar(db.select(User.id).where(User.email == coordinator.user_email))
        expected = (user_id, coordinator.user_email, ADDRESS)
        assert _rows("alumnus.enrolled") == [expected, expected]
        assert _rows("consent.granted") == [expected, expected]
        assert _rows("alumni.imported") == [expected]


def test_outside_a_request_the_row_names_the_system_part_and_no_address(app_context):
    audit("checkin.swept", actor="sweeper")
    audit("checkin.swept")
    db.session.commit()
    assert _rows("checkin.swept") == [(None, "sweeper", None), (None, "system", None)]
