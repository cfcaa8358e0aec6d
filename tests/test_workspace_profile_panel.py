"""The follow-up panel on the alumnus page: their wellbeing chart, next check-in,
consents, open cases, and logging a contact in one step."""
from datetime import timedelta

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import Channel, CheckIn, CheckInStatus, Contact, FollowUpReason, utcnow
from tests.support.factories import make_alumnus


def _alumnus(app):
    with app.app_context():
        alumnus = make_alumnus(first_name="Meera", consent=(Channel.SMS, Channel.EMAIL))
        now = utcnow()
        for days, score in ((20, 2), (10, 3), (3, 5)):
            db.session.add(CheckIn(alumnus_id=alumnus.id, channel="sms", due_at=now - timedelta(days=days),
                                   status=CheckInStatus.REPLIED, score=score, replied_at=now - timedelta(days=days)))
        db.session.add(CheckIn(alumnus_id=alumnus.id, channel="sms", due_at=now + timedelta(days=4),
                               status=CheckInStatus.SCHEDULED))
        open_case(alumnus.id, FollowUpReason.CALLBACK)
        db.session.commit()
        return alumnus.id


def test_profile_shows_wellbeing_chart_next_checkin_consents_and_cases(app, login_as):
    alumnus_id = _alumnus(app)
    html = login_as("staff").get(f"/alumni/{alumnus_id}").get_data(as_text=True)
    assert "<title id=\"wellbeing-" in html and "Wellbeing scores of Meera" in html
    assert "latest 5" in html
    assert "Next check-in" in html and "None scheduled" not in html
    assert "SMS: yes" in html and "WhatsApp: no" in html and "Email: yes" in html
    assert "Asked for a call" in html


def test_contact_logged_from_the_profile_is_kept_and_audited(app, login_as):
    alumnus_id = _alumnus(app)
    client = login_as("staff")
    response = client.post(f"/workspace/alumni/{alumnus_id}/contact",
                           data={"kind": "visit", "outcome": "reached", "note": "Home visit"})
    assert response.status_code == 302 and f"/alumni/{alumnus_id}" in response.headers["Location"]
    with app.app_context():
        contact = db.session.scalar(db.select(Contact))
        assert (contact.kind, contact.note, contact.followup_id) == ("visit", "Home visit", None)
        from alumni.models import AuditEvent
        assert db.session.scalar(db.select(AuditEvent).where(AuditEvent.action == "contact.logged"))
