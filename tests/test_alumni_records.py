"""Edit, pause/resume, withdraw, supporters, erasure and export of alumni records."""
import csv
import io
from datetime import date, timedelta

from alumni.extensions import db
from alumni.models import Alumnus, AuditEvent, CheckIn, CheckInStatus, Contact, Direction, FollowUp, Message, Supporter
from alumni.plans.plans import attach_plan, ensure_default_plan
from tests.support.factories import make_alumnus


def _planned_alumnus(**fields) -> int:
    alumnus = make_alumnus(**fields)
    attach_plan(alumnus, ensure_default_plan())
    db.session.commit()
    return alumnus.id


def _scheduled(alumnus_id):
    return db.session.scalar(db.select(db.func.count(CheckIn.id)).where(
        CheckIn.alumnus_id == alumnus_id, CheckIn.status == CheckInStatus.SCHEDULED))


def test_editing_the_discharge_date_moves_future_check_ins_and_is_on_the_timeline(app, login_as):
    with app.app_context():
        alumnus_id = _planned_alumnus(discharge_date=date.today() - timedelta(days=2))
        before = sorted(db.session.scalars(db.select(CheckIn.due_at).where(
            CheckIn.alumnus_id == alumnus_id, CheckIn.status == CheckInStatus.SCHEDULED)))
    client = login_as("coordinator")
    form = client.get(f"/alumni/{alumnus_id}/edit")
    assert form.status_code == 200
    response = client.post(f"/alumni/{alumnus_id}/edit", data={
        "first_name": "Test", "last_name": "Renamed", "phone": "98123 45600", "email": "", "language": "hi",
        "timezone": "Asia/Kolkata", "preferred_hour": "10", "discharge_date": date.today().isoformat(),
        "preferred_channel": "sms", "consent_sms": "y"})
    assert response.status_code == 302
    with app.app_context():
        alumnus = db.session.get(Alumnus, alumnus_id)
        assert (alumnus.last_name, alumnus.phone, alumnus.language) == ("Renamed", "+919812345600", "hi")
        after = sorted(db.session.scalars(db.select(CheckIn.due_at).where(
            CheckIn.alumnus_id == alumnus_id, CheckIn.status == CheckInStatus.SCHEDULED)))
        assert after != before and after[-1] > before[-1]
    page = client.get(f"/alumni/{alumnus_id}")
    assert "Record edited" in page.text and "discharge date" in page.text


def test_an_edit_with_a_bad_field_changes_nothing(app, login_as):
    with app.app_context():
        alumnus_id = make_alumnus(last_name="Same").id
    client = login_as("coordinator")
    response = client.post(f"/alumni/{alumnus_id}/edit", data={
        "first_name": "Test", "last_name": "Other", "phone": "1", "discharge_date": "2020-01-01"})
    assert response.status_code == 422 and 'id="phone-error"' in response.text
    with app.app_context():
        assert db.session.get(Alumnus, alumnus_id).last_name == "Same"


def test_pause_stops_and_resume_restores_future_check_ins(app, login_as):
    with app.app_context():
        alumnus_id = _planned_alumnus()
        planned = _scheduled(alumnus_id)
    assert planned > 0
    client = login_as("coordinator")
    client.post(f"/alumni/{alumnus_id}/pause", data={"reason": "asked for a break"})
    with app.app_context():
        assert db.session.get(Alumnus, alumnus_id).status == "paused"
    client.post(f"/alumni/{alumnus_id}/resume", data={})
    with app.app_context():
        assert db.session.get(Alumnus, alumnus_id).status == "active"
        assert _scheduled(alumnus_id) == planned
    page = client.get(f"/alumni/{alumnus_id}")
    assert "Outreach paused" in page.text and "Outreach resumed" in page.text


def test_withdrawal_cancels_everything_scheduled(app, login_as):
    with app.app_context():
        alumnus_id = _planned_alumnus()
    client = login_as("coordinator")
    client.post(f"/alumni/{alumnus_id}/withdraw", data={"reason": "moved abroad"})
    with app.app_context():
        assert db.session.get(Alumnus, alumnus_id).status == "withdrawn"
        assert _scheduled(alumnus_id) == 0
    assert "Reason: moved abroad" in client.get(f"/alumni/{alumnus_id}").text


def test_supporters_are_shown_to_staff_with_whether_they_may_be_contacted(app, login_as):
    with app.app_context():
        alumnus_id = make_alumnus().id
    coordinator = login_as("coordinator")
    coordinator.post(f"/alumni/{alumnus_id}/supporters", data={
        "name": "Sunita", "relation": "mother", "phone": "98123 45670", "may_contact": "y"})
    coordinator.post(f"/alumni/{alumnus_id}/supporters", data={"name": "Anil", "relation": "friend",
                                                              "email": "anil@example.org"})
    page = login_as("staff").get(f"/alumni/{alumnus_id}")
    assert "Sunita" in page.text and "mother" in page.text and "+91 98123 45670" in page.text
    assert "may be contacted" in page.text and "do not contact" in page.text
    refused = coordinator.post(f"/alumni/{alumnus_id}/supporters", data={"name": "", "phone": "x"})
    assert refused.status_code == 422 and "Supporter not added" in refused.text


def _erasable(app) -> int:
    with app.app_context():
        alumnus_id = _planned_alumnus(first_name="Asha", last_name="Kulkarni", phone="+919812345688",
                                      notes="Lives with her sister")
        db.session.add(Supporter(alumnus_id=alumnus_id, name="Sunita", phone="+919812345689", may_contact=True))
        checkin = db.session.scalar(db.select(CheckIn).filter_by(alumnus_id=alumnus_id).limit(1))
        checkin.status, checkin.score = CheckInStatus.REPLIED, 2
        db.session.add_all([
            Message(direction=Direction.OUTBOUND, channel="sms", alumnus_id=alumnus_id, to_addr="+919812345688",
                    body="Hi Asha, how are things?"),
            Message(direction=Direction.INBOUND, channel="sms", alumnus_id=alumnus_id, from_addr="+919812345688",
                    body="2 rough week", handling="score 2: case opened"),
            FollowUp(alumnus_id=alumnus_id, reason="low_score", note="Asha said her sister drinks"),
            Contact(alumnus_id=alumnus_id, kind="call", outcome="reached", note="Talked to Asha"),
        ])
        db.session.commit()
        return alumnus_id


def test_erasure_needs_an_admin_and_the_typed_word(app, login_as):
    alumnus_id = _erasable(app)
    assert login_as("coordinator").get(f"/alumni/{alumnus_id}/erase").status_code == 403
    admin = login_as("admin")
    wrong = admin.post(f"/alumni/{alumnus_id}/erase", data={"confirmation": "erase"})
    assert wrong.status_code == 422 and "Type ERASE in capitals" in wrong.text
    with app.app_context():
        assert db.session.get(Alumnus, alumnus_id).first_name == "Asha"


def test_erasure_wipes_identity_and_words_but_keeps_anonymous_outcomes(app, login_as):
    alumnus_id = _erasable(app)
    admin = login_as("admin")
    response = admin.post(f"/alumni/{alumnus_id}/erase", data={"confirmation": "ERASE"})
    assert response.status_code == 302
    with app.app_context():
        alumnus = db.session.get(Alumnus, alumnus_id)
        assert alumnus.status == "erased" and alumnus.erased_at is not None
        assert (alumnus.first_name, alumnus.last_name, alumnus.phone, alumnus.email, alumnus.notes) == \
            ("Erased", "", None, None, None)
        assert db.session.scalar(db.select(db.func.count(Supporter.id))) == 0
        messages = db.session.scalars(db.select(Message).filter_by(alumnus_id=alumnus_id)).all()
        assert len(messages) == 2, "counts stay"
        assert all(m.body == "" and m.to_addr == "" and m.from_addr == "" for m in messages)
        case = db.session.scalar(db.select(FollowUp))
        assert case.reason == "low_score" and case.note is None
        assert db.session.scalar(db.select(Contact.note)) is None
        replied = db.session.scalar(db.select(CheckIn).filter_by(alumnus_id=alumnus_id, status="replied"))
        assert replied.score == 2, "anonymous outcomes stay"
        assert _scheduled(alumnus_id) == 0
        assert db.session.scalar(db.select(AuditEvent).filter_by(action="alumnus.erased",
                                                                alumnus_id=alumnus_id)) is not None
        everything = " ".join(str(v) for row in db.session.execute(db.select(Alumnus, Message)
                              .join(Message, Message.alumnus_id == Alumnus.id)).all() for v in row)
    page = admin.get(f"/alumni/{alumnus_id}")
    for secret in ("Asha", "Kulkarni", "98123", "sister", "rough week"):
        assert secret not in page.text, secret
    assert "Personal data erased" in page.text and "Follow-up opened: Low wellbeing score" in page.text
    assert admin.get(f"/alumni/{alumnus_id}/erase").status_code == 302, "cannot erase twice"
    assert admin.get(f"/alumni/{alumnus_id}/edit").status_code == 302, "an erased record cannot be edited"
    assert "Asha" not in everything


def test_export_escapes_formulas_and_keeps_devanagari(app, login_as):
    with app.app_context():
        make_alumnus(first_name="=HYPERLINK(\"http://evil\")", last_name="@SUM(A1)", phone="+919812345691")
        make_alumnus(first_name="राहुल", last_name="वर्मा", phone="+919812345692", programme="-2+3",
                     notes="\tx")
        make_alumnus(first_name="Tab", last_name="\tlead", phone="+919812345693", programme="\rcr")
    client = login_as("coordinator")
    response = client.get("/alumni/export.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    by_phone = {row["phone"]: row for row in rows}
    evil = by_phone["'+919812345691"]
    assert evil["first_name"] == "'=HYPERLINK(\"http://evil\")" and evil["last_name"] == "'@SUM(A1)"
    rahul = by_phone["'+919812345692"]
    assert (rahul["first_name"], rahul["last_name"], rahul["programme"]) == ("राहुल", "वर्मा", "'-2+3")
    tab = by_phone["'+919812345693"]
    assert tab["last_name"] == "'\tlead" and tab["programme"] == "'\rcr"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_export_follows_the_list_filter_and_is_audited_per_person(app, login_as):
    with app.app_context():
        keep = make_alumnus(first_name="Keep", language="mr").id
        make_alumnus(first_name="Skip", language="en")
    client = login_as("admin")
    response = client.get("/alumni/export.csv", query_string={"language": "mr"})
    text = response.data.decode("utf-8-sig")
    assert "Keep" in text and "Skip" not in text
    with app.app_context():
        reads = db.session.scalars(db.select(AuditEvent).filter_by(action="alumnus.read")).all()
        assert [(e.alumnus_id, e.detail["what"]) for e in reads] == [(keep, "export")]
        assert db.session.scalar(db.select(AuditEvent).filter_by(action="alumni.exported")).detail["count"] == 1


def test_reading_a_profile_is_audited_with_the_reader(app, login_as):
    with app.app_context():
        alumnus_id = make_alumnus().id
    client = login_as("staff", email="nurse@example.org")
    client.get(f"/alumni/{alumnus_id}")
    with app.app_context():
        event = db.session.scalar(db.select(AuditEvent).filter_by(action="alumnus.read", alumnus_id=alumnus_id))
    assert event.actor == "nurse@example.org" and event.detail == {"what": "profile"}
