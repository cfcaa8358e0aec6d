"""The unknown-senders inbox: staff link a message to an alumnus (it joins their
timeline and is acted on) or dismiss it; both are audited."""
from alumni.extensions import db
from alumni.models import AuditEvent, FollowUp, FollowUpReason, Message
from alumni.replies.inbound import InboundMessage, handle_inbound
from tests.support.factories import make_alumnus
from tests.support.inbound import new_sid


def unknown_message(body, sender="+919876543210"):
    result = handle_inbound(InboundMessage("sms", new_sid(), sender, "+15005550006", body))
    return result.message_id


def test_staff_see_unknown_senders_and_link_one_to_an_alumnus(app, login_as):
    staff = login_as("staff")
    with app.app_context():
        alumnus = make_alumnus()
        message_id = unknown_message("new phone, it's Ravi. honestly I relapsed")
        page = staff.get("/inbox/unknown").get_data(as_text=True)
        assert "+919876543210" in page and "I relapsed" in page
        response = staff.post(f"/inbox/unknown/{message_id}/link", data={"alumnus": alumnus.phone})
        assert response.status_code == 302
        db.session.expire_all()
        message = db.session.get(Message, message_id)
        assert message.alumnus_id == alumnus.id and "crisis" in message.handling
        [case] = db.session.scalars(db.select(FollowUp)).all()
        assert case.reason == FollowUpReason.CRISIS and case.alumnus_id == alumnus.id
        linked = db.session.scalar(db.select(AuditEvent).where(AuditEvent.action == "message.linked"))
        assert linked.alumnus_id == alumnus.id and linked.actor == staff.user_email
        assert "+919876543210" not in staff.get("/inbox/unknown").get_data(as_text=True)


def test_linking_by_record_number_or_email(app, login_as):
    staff = login_as("coordinator")
    with app.app_context():
        alumnus = make_alumnus()
        first, second = unknown_message("3"), unknown_message("who is this")
        staff.post(f"/inbox/unknown/{first}/link", data={"alumnus": f"#{alumnus.id}"})
        staff.post(f"/inbox/unknown/{second}/link", data={"alumnus": alumnus.email})
        db.session.expire_all()
        assert {m.alumnus_id for m in db.session.scalars(db.select(Message))} == {alumnus.id}


def test_an_unknown_reference_changes_nothing_and_says_why(app, login_as):
    staff = login_as("staff")
    with app.app_context():
        message_id = unknown_message("hello")
        page = staff.post(f"/inbox/unknown/{message_id}/link", data={"alumnus": "#424242"},
                          follow_redirects=True).get_data(as_text=True)
        assert "No alumnus found" in page
        db.session.expire_all()
        assert db.session.get(Message, message_id).alumnus_id is None


def test_dismissing_removes_it_from_the_inbox_and_is_audited(app, login_as):
    staff = login_as("staff")
    with app.app_context():
        message_id = unknown_message("WIN A PRIZE click here")
        staff.post(f"/inbox/unknown/{message_id}/dismiss")
        assert "WIN A PRIZE" not in staff.get("/inbox/unknown").get_data(as_text=True)
        db.session.expire_all()
        assert db.session.get(Message, message_id).dismissed is True
        assert db.session.scalar(db.select(AuditEvent).where(AuditEvent.action == "message.dismissed"))


def test_staff_find_the_sender_by_name_and_link_with_one_click(app, login_as):
    from alumni.models import Cohort
    staff = login_as("staff")
    with app.app_context():
        cohort = Cohort(name="Spring 2026")
        ravi = make_alumnus(first_name="Ravi", last_name="Menon", phone="+919812345678", cohort=cohort)
        make_alumnus(first_name="Ravindra", last_name="Shah")
        make_alumnus(first_name="Asha", last_name="Kulkarni")
        message_id = unknown_message("new phone, it's Ravi")
        page = staff.get(f"/inbox/unknown?find={message_id}&q=ravi").get_data(as_text=True)
        assert "Ravi Menon" in page and "Ravindra Shah" in page and "Asha Kulkarni" not in page
        assert f"#{ravi.id}" in page and "•••• 5678" in page and "Spring 2026" in page
        assert "+919812345678" not in page and "98123 45678" not in page, "the match's phone is masked"
        shown = db.session.scalars(db.select(AuditEvent.alumnus_id).where(
            AuditEvent.action == "alumnus.read", AuditEvent.actor == staff.user_email)).all()
        assert len(shown) == 2 and ravi.id in shown
        staff.post(f"/inbox/unknown/{message_id}/link", data={"alumnus": f"#{ravi.id}"})
        db.session.expire_all()
        assert db.session.get(Message, message_id).alumnus_id == ravi.id


def test_finding_by_phone_or_email_and_saying_when_nobody_matches(app, login_as):
    staff = login_as("coordinator")
    with app.app_context():
        make_alumnus(first_name="Asha", last_name="Kulkarni", phone="+919811112222",
                            email="asha.k@example.org")
        message_id = unknown_message("hi its me")
        by_phone = staff.get(f"/inbox/unknown?find={message_id}&q=98111 12222").get_data(as_text=True)
        by_email = staff.get(f"/inbox/unknown?find={message_id}&q=asha.k@").get_data(as_text=True)
        assert "Asha Kulkarni" in by_phone and "Asha Kulkarni" in by_email
        nobody = staff.get(f"/inbox/unknown?find={message_id}&q=Zebedee").get_data(as_text=True)
        assert "Nobody matches" in nobody and "Asha Kulkarni" not in nobody
        erased = make_alumnus(first_name="Erin", last_name="Gone", status="erased")
        assert f"#{erased.id}" not in staff.get(f"/inbox/unknown?find={message_id}&q=Erin").get_data(as_text=True)
