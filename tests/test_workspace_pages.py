"""The "Needs follow-up" page and the case page, as staff use them."""
import re
from datetime import timedelta

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import (
    AuditEvent,
    Cohort,
    Contact,
    Direction,
    FollowUp,
    FollowUpReason,
    FollowUpStatus,
    Message,
    User,
    utcnow,
)
from tests.support.factories import make_alumnus


def _case(app, reason, first_name="Asha", body=None, hours_old=1, **fields):
    with app.app_context():
        alumnus = make_alumnus(first_name=first_name, **fields)
        message_id = None
        if body:
            message = Message(direction=Direction.INBOUND, channel="sms", alumnus_id=alumnus.id, body=body)
            db.session.add(message)
            db.session.flush()
            message_id = message.id
        case, _ = open_case(alumnus.id, reason, message_id=message_id)
        case.opened_at = utcnow() - timedelta(hours=hours_old)
        db.session.commit()
        return case.id, alumnus.id


def _names_in_order(html):
    return re.findall(r'<th scope="row" data-label="Person"><a [^>]*>([^<]+)</a>', html)


def test_crisis_is_first_then_priority_then_age(app, login_as):
    client = login_as("staff")
    _case(app, FollowUpReason.MISSED, "Old Missed", hours_old=90)
    _case(app, FollowUpReason.LOW_SCORE, "Low Score", hours_old=5)
    _case(app, FollowUpReason.CRISIS, "Crisis Now", body="I want to use again tonight", hours_old=0)
    _case(app, FollowUpReason.LOW_SCORE, "Older Low", hours_old=30)
    html = client.get("/workspace/").get_data(as_text=True)
    assert [n.split()[0] for n in _names_in_order(html)] == ["Crisis", "Older", "Low", "Old"]
    assert "1 crisis case" in html and "waiting for a person to acknowledge" in html
    assert "I want to use again tonight" in html
    assert "Crisis words in a reply" in html


def test_queue_row_shows_days_since_discharge_holder_and_last_contact(app, login_as):
    client = login_as("staff")
    case_id, alumnus_id = _case(app, FollowUpReason.CALLBACK, discharge_date=utcnow().date() - timedelta(days=12))
    with app.app_context():
        user = User.query.filter_by(email=client.user_email).one()
        db.session.add(Contact(alumnus_id=alumnus_id, staff_id=user.id, kind="call", outcome="no_answer"))
        db.session.get(FollowUp, case_id).assignee_id = user.id
        db.session.commit()
    html = client.get("/workspace/").get_data(as_text=True)
    assert re.search(r"1[123] days", html)  # 12 days in UTC; the centre's day may be ahead
    assert "Call: no answer" in html
    assert "data-label=\"Held by\">Staff<" in html  # the signed-in staff member is named "Staff"


def test_showing_the_queue_audits_a_read_of_each_person_shown(app, login_as):
    client = login_as("staff")
    _, alumnus_id = _case(app, FollowUpReason.LOW_SCORE)
    client.get("/workspace/")
    with app.app_context():
        event = db.session.scalar(db.select(AuditEvent).where(AuditEvent.action == "alumnus.read",
                                                              AuditEvent.alumnus_id == alumnus_id))
        assert event is not None and event.actor == client.user_email
        assert event.detail["what"] == "follow-up queue"


def test_filters_mine_unassigned_reason_cohort_language(app, login_as):
    client = login_as("staff")
    with app.app_context():
        cohort = Cohort(name="Spring 2026")
        db.session.add(cohort)
        db.session.commit()
        cohort_id = cohort.id
    mine, _ = _case(app, FollowUpReason.LOW_SCORE, "Mine", language="hi", cohort_id=cohort_id)
    _case(app, FollowUpReason.MISSED, "Nobodys", language="mr")
    client.post(f"/workspace/cases/{mine}/claim")

    def names(query):
        return [n.split()[0] for n in _names_in_order(client.get(f"/workspace/?{query}").get_data(as_text=True))]

    assert names("holder=mine") == ["Mine"]
    assert names("holder=unassigned") == ["Nobodys"]
    assert names("reason=missed") == ["Nobodys"]
    assert names(f"cohort={cohort_id}") == ["Mine"]
    assert names("language=mr") == ["Nobodys"]


def test_claim_log_call_and_resolve_from_the_pages(app, login_as):
    client = login_as("staff")
    case_id, _ = _case(app, FollowUpReason.CRISIS, body="help")
    response = client.post(f"/workspace/cases/{case_id}/claim", data={"next": "/workspace/"})
    assert response.status_code == 302 and response.headers["Location"].endswith("/workspace/")
    page = client.get(f"/workspace/cases/{case_id}").get_data(as_text=True)
    assert "Log a contact" in page and "nobody has acknowledged" not in page
    client.post(f"/workspace/cases/{case_id}/contact",
                data={"kind": "call", "outcome": "reached", "note": "Talked 20 min"})
    response = client.post(f"/workspace/cases/{case_id}/resolve", data={"outcome": "support_arranged"},
                           follow_redirects=True)
    assert "Case resolved." in response.get_data(as_text=True)
    with app.app_context():
        case = db.session.get(FollowUp, case_id)
        assert case.status == FollowUpStatus.RESOLVED and case.acknowledged_at is not None
        assert db.session.scalar(db.select(Contact)).note == "Talked 20 min"
        actions = set(db.session.scalars(db.select(AuditEvent.action).where(AuditEvent.alumnus_id == case.alumnus_id)))
        assert {"alumnus.read", "followup.claimed", "followup.contact_logged", "followup.resolved"} <= actions
    assert "Nobody needs follow-up" in client.get("/workspace/").get_data(as_text=True)


def test_a_mistake_is_explained_and_changes_nothing(app, login_as):
    client = login_as("staff")
    case_id, _ = _case(app, FollowUpReason.LOW_SCORE)
    response = client.post(f"/workspace/cases/{case_id}/snooze", data={"until": "2001-01-01"}, follow_redirects=True)
    assert "Choose a day after today." in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(FollowUp, case_id).status == FollowUpStatus.OPEN


def test_staff_cannot_reassign_but_a_coordinator_can(app, login_as):
    case_id, _ = _case(app, FollowUpReason.LOW_SCORE)
    staff = login_as("staff")
    assert staff.post(f"/workspace/cases/{case_id}/assign", data={"assignee": ""}).status_code == 403
    coordinator = login_as("coordinator")
    with app.app_context():
        target = User.query.filter_by(email=staff.user_email).one().id
    coordinator.post(f"/workspace/cases/{case_id}/assign", data={"assignee": str(target)})
    with app.app_context():
        assert db.session.get(FollowUp, case_id).assignee_id == target


def test_case_page_suggests_consenting_supporters_when_unreachable(app, login_as):
    client = login_as("staff")
    case_id, alumnus_id = _case(app, FollowUpReason.MISSED)
    with app.app_context():
        from alumni.models import Supporter
        db.session.add_all([Supporter(alumnus_id=alumnus_id, name="Sunita", relation="sister", phone="+919811111111",
                                      may_contact=True),
                            Supporter(alumnus_id=alumnus_id, name="Neighbour Ram", may_contact=False)])
        db.session.commit()
    html = client.get(f"/workspace/cases/{case_id}").get_data(as_text=True)
    assert "Sunita" in html and "Neighbour Ram" not in html


def test_mine_holds_the_cases_of_the_people_assigned_to_me_without_claiming_and_home_counts_them(app, login_as):
    client = login_as("staff")
    with app.app_context():
        me = User.query.filter_by(email=client.user_email).one().id
        colleague = User(email="colleague@example.org", name="Ravi", role="staff", password_hash="x")
        db.session.add(colleague)
        db.session.commit()
        colleague = colleague.id
    _case(app, FollowUpReason.LOW_SCORE, "Assigned", assigned_staff_id=me, hours_old=3)
    held_by_colleague, _ = _case(app, FollowUpReason.MISSED, "Shared", assigned_staff_id=me, hours_old=2)
    claimed, _ = _case(app, FollowUpReason.CALLBACK, "Claimed", hours_old=1)
    _case(app, FollowUpReason.LOW_SCORE, "Theirs", assigned_staff_id=colleague)
    resolved, _ = _case(app, FollowUpReason.LOW_SCORE, "Resolved", assigned_staff_id=me)
    with app.app_context():
        db.session.get(FollowUp, held_by_colleague).assignee_id = colleague
        db.session.get(FollowUp, claimed).assignee_id = me
        db.session.get(FollowUp, resolved).status = FollowUpStatus.RESOLVED
        db.session.commit()
    html = client.get("/workspace/?holder=mine").get_data(as_text=True)
    assert sorted(n.split()[0] for n in _names_in_order(html)) == ["Assigned", "Claimed", "Shared"]
    assert "3 open cases match these filters" in html
    assert html.count('<span class="sub">your person</span>') == 2
    home = client.get("/").get_data(as_text=True)
    assert re.search(r'href="/workspace/\?holder=mine">3 open cases for you</a>', home)
    other = login_as("staff", email="third@example.org").get("/").get_data(as_text=True)
    assert "No open cases for you" in other
