"""The daily call list: the queue under its filters on a sheet to print and as a CSV, each
number a tel: link, the people on it recorded as shown; and every phone in the app dials."""
import csv
import io
import re
from datetime import timedelta

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import AuditEvent, Contact, Direction, FollowUpReason, Message, User, utcnow
from tests.support.factories import make_alumnus

LONG = ("I went back to the old place after work and sat outside for an hour, my hands were shaking "
        "and I kept thinking about the bottle in the shop across the road, I did not go in but I am "
        "scared about tonight because my brother is away and nobody is home with me, please call me "
        "when you can because I do not want to be alone with this feeling again, it is getting worse "
        "every evening since the job went and I have not told my wife about any of it yet at all")


def _case(app, reason, first_name, phone, body=None, hours_old=1, **fields):
    with app.app_context():
        alumnus = make_alumnus(first_name=first_name, last_name="Patil", phone=phone, **fields)
        message_id = None
        if body:
            message = Message(direction=Direction.INBOUND, channel="sms", alumnus_id=alumnus.id, body=body,
                              from_addr=phone)
            db.session.add(message)
            db.session.flush()
            message_id = message.id
        case, _ = open_case(alumnus.id, reason, message_id=message_id)
        if reason == FollowUpReason.CRISIS:
            case.trigger = "a plan to drink tonight"
        case.opened_at = utcnow() - timedelta(hours=hours_old)
        db.session.commit()
        return case.id, alumnus.id


def _seed(app):
    crisis = _case(app, FollowUpReason.CRISIS, "Ravi", "+919812345601", body=LONG, hours_old=0)
    missed = _case(app, FollowUpReason.MISSED, "Sunita", "+919812345602", hours_old=30)
    return crisis, missed


def _reads(app, what):
    with app.app_context():
        return set(db.session.scalars(db.select(AuditEvent.alumnus_id).where(
            AuditEvent.action == "alumnus.read", AuditEvent.detail["what"].as_string() == what)))


def test_the_printed_list_has_each_case_to_call_and_nothing_to_click(app, login_as):
    (crisis_id, ravi), (_, sunita) = _seed(app)
    client = login_as("staff")
    with app.app_context():
        me = db.session.scalar(db.select(User).where(User.email == client.user_email))
        db.session.add(Contact(alumnus_id=sunita, staff_id=me.id, kind="call", outcome="no_answer"))
        db.session.commit()
    response = client.get("/workspace/print")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    # crisis first, then the missed check-in
    assert html.index("Ravi Patil") < html.index("Sunita Patil")
    assert '<a class="tel" href="tel:+919812345601">+91 98123 45601</a>' in html
    assert "Crisis words in a reply" in html and "a plan to drink tonight" in html
    assert "I went back to the old place" in html
    excerpt = re.search(r"<q>(.*?)</q>", html, re.S).group(1)
    assert excerpt.endswith("…") and len(excerpt) <= 400, "a long message is cut, at a word's end"
    assert excerpt[:-1].split()[-1] in LONG.split(), "the cut is not in the middle of a word"
    assert "Call: no answer" in html
    assert "2 open cases" in html
    # a sheet, not a page: no menu, no filter form, no buttons
    assert 'aria-label="Main"' not in html and "<form" not in html and "<button" not in html
    assert _reads(app, "call list") == {ravi, sunita}


def test_the_list_follows_the_queues_filters(app, login_as):
    (_, ravi), (_, sunita) = _seed(app)
    client = login_as("coordinator")
    html = client.get("/workspace/print?reason=missed").get_data(as_text=True)
    assert "Sunita Patil" in html and "Ravi Patil" not in html
    assert "1 open case matching the queue's filters" in html
    assert _reads(app, "call list") == {sunita}, "only the people listed are recorded as shown"


def test_the_csv_has_the_same_rows(app, login_as):
    (crisis_id, ravi), (missed_id, sunita) = _seed(app)
    response = login_as("admin").get("/workspace/call-list.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "call-list.csv" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"), newline="")))
    assert [r["Name"] for r in rows] == ["Ravi Patil", "Sunita Patil"]
    assert rows[0]["Phone"] == "'+919812345601", "a number starting with + is kept as text"
    assert rows[0]["Why"] == "Crisis words in a reply" and rows[0]["Trigger"] == "a plan to drink tonight"
    assert rows[0]["What they wrote"].startswith("I went back") and rows[0]["What they wrote"].endswith("…")
    assert rows[1]["Case"] == str(missed_id)
    assert _reads(app, "call list") == {ravi, sunita}
    filtered = login_as("staff").get("/workspace/call-list.csv?reason=crisis").data.decode("utf-8-sig")
    assert "Ravi Patil" in filtered and "Sunita Patil" not in filtered


def test_an_unknown_senders_crisis_is_listed_with_the_number_it_came_from(app, login_as):
    with app.app_context():
        message = Message(direction=Direction.INBOUND, channel="sms", body="help me", from_addr="+919812349999")
        db.session.add(message)
        db.session.flush()
        open_case(None, FollowUpReason.CRISIS, message_id=message.id)
        db.session.commit()
    client = login_as("coordinator")
    html = client.get("/workspace/print").get_data(as_text=True)
    assert "Unknown number" in html and 'href="tel:+919812349999"' in html
    inbox = client.get("/inbox/unknown").get_data(as_text=True)
    assert '<a class="tel" href="tel:+919812349999">+91 98123 49999</a>' in inbox


def test_an_email_sender_is_shown_as_text_not_dialled(app, login_as):
    with app.app_context():
        db.session.add(Message(direction=Direction.INBOUND, channel="email", body="hello",
                               from_addr="<b>x</b>@example.org"))
        db.session.commit()
    inbox = login_as("coordinator").get("/inbox/unknown").get_data(as_text=True)
    assert "&lt;b&gt;x&lt;/b&gt;@example.org" in inbox and "tel:&lt;" not in inbox


def test_signed_out_nobody_gets_the_list(app):
    client = app.test_client()
    for url in ("/workspace/print", "/workspace/call-list.csv"):
        response = client.get(url)
        assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_every_phone_shown_is_a_tel_link(app, login_as):
    (crisis_id, ravi), _ = _seed(app)
    client = login_as("admin")
    dial = '<a class="tel" href="tel:+919812345601">+91 98123 45601</a>'
    queue = client.get("/workspace/").get_data(as_text=True)
    assert dial in queue, "the queue shows each person's number"
    assert 'href="/workspace/print"' in queue and 'href="/workspace/call-list.csv"' in queue
    filtered = client.get("/workspace/?reason=missed").get_data(as_text=True)
    assert 'href="/workspace/print?reason=missed"' in filtered, "the list keeps the queue's filters"
    assert dial in client.get(f"/workspace/cases/{crisis_id}").get_data(as_text=True)
    assert dial in client.get(f"/alumni/{ravi}").get_data(as_text=True)
    assert dial in client.get("/alumni/").get_data(as_text=True)
