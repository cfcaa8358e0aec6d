"""The crisis case page as the person on call opens it from the alert on a phone, cases
from unknown numbers, and what the queue row says about crisis and urgent cases."""
from __future__ import annotations

import re

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import Direction, FollowUp, FollowUpReason, Message, Supporter
from tests.support.factories import make_alumnus

WORDS = "jeena nahi chahta ab"
TRIGGER = "suicide (matched: jeena + nahi)"


def _message(alumnus_id, body=WORDS, sender="+919876500000"):
    message = Message(direction=Direction.INBOUND, channel="sms", alumnus_id=alumnus_id, from_addr=sender, body=body)
    db.session.add(message)
    db.session.flush()
    return message


def _crisis_case(app, supporters=()):
    with app.app_context():
        alumnus = make_alumnus(first_name="Asha", last_name="Kulkarni")
        db.session.add_all([Supporter(alumnus_id=alumnus.id, **fields) for fields in supporters])
        message = _message(alumnus.id, sender=alumnus.phone)
        case, _ = open_case(alumnus.id, FollowUpReason.CRISIS, message_id=message.id)
        case.trigger = TRIGGER
        db.session.commit()
        return case.id, alumnus.phone


def _unknown_sender_case(app):
    with app.app_context():
        message = _message(None, body="who is this, I want to die")
        case = FollowUp(alumnus_id=None, reason=FollowUpReason.CRISIS, priority=0, message_id=message.id,
                        trigger="suicide (matched: want + die)")
        db.session.add(case)
        db.session.commit()
        return case.id


def test_the_crisis_page_opens_with_acknowledge_call_words_trigger_and_helpline(app, login_as):
    client = login_as("staff")
    case_id, phone = _crisis_case(app)
    html = client.get(f"/workspace/cases/{case_id}").get_data(as_text=True)
    panel = html[html.index('class="crisis-panel"'):html.index('class="grid-2"')]
    assert "nobody has acknowledged this yet" in panel
    assert f'href="tel:{phone}"' in panel
    assert WORDS in panel and TRIGGER in panel and "Tele-MANAS 14416" in panel
    # Acknowledge comes first, before claiming, assigning or resolving; and only once.
    acknowledge = html.index(f"/workspace/cases/{case_id}/acknowledge")
    assert acknowledge < html.index(f"/workspace/cases/{case_id}/claim")
    assert acknowledge < html.index(f"/workspace/cases/{case_id}/resolve")
    assert html.count(f"/workspace/cases/{case_id}/acknowledge") == 1


def test_acknowledging_from_the_top_of_the_page_stops_the_alerts_and_returns_to_the_case(app, login_as):
    client = login_as("staff")
    case_id, phone = _crisis_case(app)
    response = client.post(f"/workspace/cases/{case_id}/acknowledge", data={"next": f"/workspace/cases/{case_id}"})
    assert response.headers["Location"].endswith(f"/workspace/cases/{case_id}")
    html = client.get(f"/workspace/cases/{case_id}").get_data(as_text=True)
    assert "Crisis acknowledged" in html and "nobody has acknowledged" not in html
    assert f'href="tel:{phone}"' in html and WORDS in html  # still at the top while they call
    with app.app_context():
        assert db.session.get(FollowUp, case_id).acknowledged_at is not None


def test_a_crisis_case_shows_the_supporters_the_alumnus_consented_to_with_their_numbers(app, login_as):
    client = login_as("staff")
    case_id, _ = _crisis_case(app, supporters=[
        {"name": "Sunita", "relation": "sister", "phone": "+919811111111", "may_contact": True},
        {"name": "Neighbour Ram", "phone": "+919822222222", "may_contact": False}])
    html = client.get(f"/workspace/cases/{case_id}").get_data(as_text=True)
    assert "Sunita" in html and 'href="tel:+919811111111"' in html
    assert "Neighbour Ram" not in html and "+919822222222" not in html


def test_a_crisis_from_an_unknown_number_has_its_own_case_page(app, login_as):
    client = login_as("staff")
    case_id = _unknown_sender_case(app)
    response = client.get(f"/workspace/cases/{case_id}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert 'href="tel:+919876500000"' in html
    assert "who is this, I want to die" in html and "suicide (matched: want + die)" in html
    assert 'href="/inbox/unknown"' in html
    assert "Log a contact" not in html  # a contact needs a record: link the message first


def test_a_contact_cannot_be_logged_on_a_case_with_no_record_and_the_page_says_why(app, login_as):
    client = login_as("staff")
    case_id = _unknown_sender_case(app)
    response = client.post(f"/workspace/cases/{case_id}/contact", data={"kind": "call", "outcome": "reached"},
                           follow_redirects=True)
    assert "link the message to one under Unknown senders" in response.get_data(as_text=True)


def test_the_queue_lists_an_unknown_number_crisis_at_the_top(app, login_as):
    client = login_as("staff")
    with app.app_context():
        open_case(make_alumnus(first_name="Ravi").id, FollowUpReason.LOW_SCORE)
        db.session.commit()
    case_id = _unknown_sender_case(app)
    html = client.get("/workspace/").get_data(as_text=True)
    first = re.search(r'<th scope="row" data-label="Person"><a href="([^"]+)">([^<]+)</a>', html)
    assert first.groups() == (f"/workspace/cases/{case_id}", "Unknown number")
    assert "1 crisis case" in html


def test_queue_rows_show_what_the_detector_matched_for_crisis_and_urgent_cases(app, login_as):
    client = login_as("staff")
    with app.app_context():
        urgent, _ = open_case(make_alumnus().id, FollowUpReason.URGENT)
        urgent.trigger = "craving (matched: daru + chahiye)"
        low, _ = open_case(make_alumnus().id, FollowUpReason.LOW_SCORE)
        low.trigger = "score 2"
        declining, _ = open_case(make_alumnus().id, FollowUpReason.DECLINING)
        db.session.commit()
    _crisis_case(app)
    html = client.get("/workspace/").get_data(as_text=True)
    assert TRIGGER in html and "craving (matched: daru + chahiye)" in html
    assert "score 2" not in html
    assert "Urgent: call them today" in html and "Wellbeing scores sliding" in html
