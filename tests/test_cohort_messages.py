"""A message to a group, end to end: a coordinator previews it (who gets it, who is skipped
and why, SMS segments per language), confirms (twice, by a double click), and the one
dispatcher and a real RQ worker send it through the real `twilio` client to the Twilio
double, once per person, each in their language; the send is audited and on each timeline."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest

from alumni.core.timeline import build_timeline
from alumni.extensions import db
from alumni.models import (
    Alumnus,
    AuditEvent,
    CheckIn,
    Cohort,
    CohortMessage,
    Event,
    EventOccurrence,
    Invitation,
    utcnow,
)
from tests.support.accounts import PASSWORD, make_user
from tests.support.delivery import build_sending_app, run_jobs_in
from tests.support.factories import make_alumnus
from tests.support.twilio_double import twilio_double  # noqa: F401  (fixture)

TEXTS = {"text_en": "Sunday's meeting moves to the community hall.",
         "text_hi": "", "text_mr": "रविवारची बैठक सभागृहात होईल."}


@pytest.fixture
def sending_app(app, make_app, twilio_double):  # noqa: F811
    return build_sending_app(make_app, twilio_double)


def _cohort_of_seven(name="June 2025") -> dict[str, Alumnus]:
    cohort = Cohort(name=name)
    db.session.add(cohort)
    db.session.commit()
    people = {
        "asha": make_alumnus(first_name="Asha", cohort_id=cohort.id),
        "meera": make_alumnus(first_name="Meera", language="mr", cohort_id=cohort.id),
        "sunil": make_alumnus(first_name="Sunil", language="hi", cohort_id=cohort.id),
        "leela": make_alumnus(first_name="Leela", discreet=True, cohort_id=cohort.id),
        "ravi": make_alumnus(first_name="Ravi", consent=(), cohort_id=cohort.id),
        "kiran": make_alumnus(first_name="Kiran", status="paused", cohort_id=cohort.id),
        "dev": make_alumnus(first_name="Dev", phone=None, cohort_id=cohort.id),
        "gone": make_alumnus(first_name="Gone", status="withdrawn", cohort_id=cohort.id),
    }
    make_alumnus(first_name="Other")   # in no cohort: not written to
    return people


def _coordinator(sending_app):
    with sending_app.app_context():
        make_user("coordinator", email="lead@example.org", name="Lead")
    client = sending_app.test_client()
    assert client.post("/login", data={"email": "lead@example.org", "password": PASSWORD}).status_code == 302
    return client


def _preview(client, cohort_id):
    response = client.post("/messages/preview", data={"audience": f"cohort:{cohort_id}", **TEXTS})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    token = re.search(r'name="token" type="hidden" value="([^"]+)"', html) or \
        re.search(r'id="token" name="token" type="hidden" value="([^"]+)"', html)
    return html, token.group(1)


def test_preview_counts_recipients_skips_with_reasons_and_segments_per_language(app, sending_app):
    with app.app_context():
        people = _cohort_of_seven()
        cohort_id = people["asha"].cohort_id
    html, token = _preview(_coordinator(sending_app), cohort_id)
    assert "<strong>4</strong> people get this message." in html
    assert "3 people are skipped" in html
    for words in ("1: follow-up paused", "1: no consent for their channel",
                  "1: no number (or email address) for their channel"):
        assert words in html
    assert "Gone" not in html and "Send to 4 people" in html
    english = re.search(r'<tr data-language="en">.*?</tr>', html, re.S).group(0)
    assert "<td>3 (of them 1 reading Hindi: no text in their language)</td>" in english
    assert "<td>1 (GSM-7)</td>" in english
    marathi = re.search(r'<tr data-language="mr">.*?</tr>', html, re.S).group(0)
    assert "(UCS-2)" in marathi and "<td>1</td>" in marathi
    assert "1 in discreet mode" in html
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(CheckIn)) == 0   # nothing sent yet


def test_confirm_sends_once_in_each_language_through_the_dispatcher_and_a_worker(app, sending_app,
                                                                                  twilio_double):  # noqa: F811
    with app.app_context():
        people = _cohort_of_seven()
        ids = {name: a.id for name, a in people.items()}
        phones = {name: a.phone for name, a in people.items()}
        cohort_id = people["asha"].cohort_id
    client = _coordinator(sending_app)
    _, token = _preview(client, cohort_id)
    form = {"audience": f"cohort:{cohort_id}", "token": token, **TEXTS}
    first = client.post("/messages/send", data=form)
    again = client.post("/messages/send", data=form)     # a double click, a resubmitted page
    assert first.status_code == again.status_code == 303
    assert first.headers["Location"] == again.headers["Location"]
    run_jobs_in(sending_app)

    sent = {name: [m.body for m in twilio_double.messages_to(phones[name])] for name in ("asha", "meera",
                                                                                         "sunil", "leela")}
    centre = "Sunrise Recovery Centre"
    assert sent["asha"] == [f"Sunday's meeting moves to the community hall. - {centre}"]
    assert sent["meera"] == [f"रविवारची बैठक सभागृहात होईल. - {centre}"]
    assert sent["sunil"] == [f"Sunday's meeting moves to the community hall. - {centre}"]   # no Hindi text
    assert sent["leela"] == ["Sunday's meeting moves to the community hall."]               # discreet
    assert len(twilio_double.created) == 4 and not twilio_double.duplicates()

    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(CohortMessage)) == 1
        assert db.session.scalar(db.select(db.func.count()).select_from(CheckIn)) == 4
        [event] = db.session.scalars(db.select(AuditEvent).where(AuditEvent.action == "group_message.sent"))
        assert event.detail["recipients"] == 4 and event.actor == "lead@example.org"
        assert event.detail["skipped"] == {"paused": 1, "no_consent": 1, "no_address": 1}
        meera = build_timeline(db.session.get(Alumnus, ids["meera"]))
        assert any(e.title == "Message to a group: Cohort June 2025" and "रविवारची" in e.detail for e in meera)
        ravi = build_timeline(db.session.get(Alumnus, ids["ravi"]))
        assert any(e.title.startswith("Message to a group not sent to them: no consent") for e in ravi)

    page = client.get(first.headers["Location"]).get_data(as_text=True)
    assert "<strong>4</strong> people were written to; 3 skipped." in page


def test_a_meetings_invitees_and_a_language_group_are_audiences_too(app, sending_app):
    with app.app_context():
        people = _cohort_of_seven()
        event = Event(title="Sunday circle", place="Community hall", starts_at=utcnow() + timedelta(days=3))
        db.session.add(event)
        db.session.flush()
        meeting = EventOccurrence(event_id=event.id, starts_at=event.starts_at, invited_at=utcnow())
        db.session.add(meeting)
        db.session.flush()
        for name in ("asha", "ravi"):
            db.session.add(Invitation(occurrence_id=meeting.id, alumnus_id=people[name].id))
        db.session.commit()
        meeting_id = meeting.id
    client = _coordinator(sending_app)
    assert "Sunday circle" in client.get("/messages/new").get_data(as_text=True)
    page = client.post("/messages/preview", data={"audience": f"meeting:{meeting_id}", **TEXTS}).get_data(as_text=True)
    assert "Invited to Sunday circle" in page and "<strong>1</strong> person gets this message." in page
    assert "1: no consent for their channel" in page
    page = client.post("/messages/preview", data={"audience": "language:mr", **TEXTS}).get_data(as_text=True)
    assert "Everyone reading Marathi" in page and "<strong>1</strong> person gets this message." in page


def test_the_english_text_is_required_and_staff_cannot_send(app, sending_app, login_as):
    with app.app_context():
        cohort_id = _cohort_of_seven()["asha"].cohort_id
    client = _coordinator(sending_app)
    response = client.post("/messages/preview", data={"audience": f"cohort:{cohort_id}", "text_en": " ",
                                                      "text_hi": "नमस्ते", "text_mr": ""})
    assert response.status_code == 422
    assert "Write the English text" in response.get_data(as_text=True)
    staff = login_as("staff")
    assert staff.get("/messages/new").status_code == 403
    assert staff.post("/messages/send", data={"audience": f"cohort:{cohort_id}", "token": "t",
                                              "text_en": "Hi"}).status_code == 403
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(CheckIn)) == 0
