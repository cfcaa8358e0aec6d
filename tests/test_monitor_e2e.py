"""The recovery monitor end to end: a plan step sends the first question through the one
dispatcher and a real RQ worker; each answer, by a signed webhook, brings the next question
through the same path; the answers are scored and kept; danger opens cases; an unreadable
answer is asked again once; the questionnaire closes after 48 hours with what was
answered; and the answer sets are read by the API."""
import uuid
from datetime import date, timedelta

import pytest

from alumni.accounts.tokens import issue_token
from alumni.delivery.dispatcher import dispatch_due
from alumni.extensions import db
from alumni.models import (
    AuditEvent,
    CheckIn,
    CheckInStatus,
    FollowUp,
    Message,
    MonitorRound,
    RelapseEvent,
    RoundStatus,
    utcnow,
)
from alumni.plans.plans import attach_plan, ensure_default_plan
from alumni.recovery.monitor import expire_rounds
from tests.support.accounts import make_user
from tests.support.client import FormClient
from tests.support.delivery import outbound_to, run_burst_worker
from tests.support.factories import make_alumnus
from tests.support.inbound import EMAIL_TOKEN, TWILIO_TOKEN, open_checkin, post_email, post_sms

TREATMENT_WORDS = ("recover", "sober", "treatment", "rehab", "addiction", "alcohol", "drug", "drink", "sponsor",
                   "Sunrise", "शराब", "नशा", "नशे", "दारू", "उपचार", "व्यसन")


@pytest.fixture(scope="module")
def monitor_app(make_app, migrated):
    # No quiet hours, so what is sent does not depend on the hour the suite runs at.
    app = make_app(TWILIO_AUTH_TOKEN=TWILIO_TOKEN, INBOUND_EMAIL_TOKEN=EMAIL_TOKEN, QUIET_HOURS="none")
    app.test_client_class = FormClient
    return app


@pytest.fixture
def site(app, monitor_app):
    with app.app_context():
        yield monitor_app


@pytest.fixture
def run_jobs(site):
    return lambda: run_burst_worker(site)


@pytest.fixture
def send(site, run_jobs):
    """The periodic dispatcher's run, then the worker: whatever is owed goes out."""
    def run() -> None:
        with site.app_context():
            dispatch_due(utcnow())
        run_jobs()
    return run


def on_the_plan(send, **fields):
    """An alumnus on the default plan whose first monitor step has come due, and sent."""
    alumnus = make_alumnus(discharge_date=date.today() - timedelta(days=20), **fields)
    plan = ensure_default_plan()
    attach_plan(alumnus, plan)
    db.session.commit()
    step = db.session.scalar(db.select(CheckIn).where(CheckIn.alumnus_id == alumnus.id,
                                                      CheckIn.template_key == "monitor").order_by(CheckIn.due_at))
    assert step.status == CheckInStatus.SCHEDULED and step.plan_step.day_offset == 33
    step.due_at = utcnow() - timedelta(minutes=1)   # the day has come
    db.session.commit()
    send()
    return alumnus


def the_round(alumnus_id: int) -> MonitorRound:
    db.session.expire_all()
    return db.session.scalars(db.select(MonitorRound).where(MonitorRound.alumnus_id == alumnus_id)).one()


def cases(alumnus_id: int) -> dict[str, FollowUp]:
    db.session.expire_all()
    return {c.reason: c for c in db.session.scalars(db.select(FollowUp).where(FollowUp.alumnus_id == alumnus_id))}


def answer(site, send, alumnus, text: str, sender: str | None = None):
    response = post_sms(site.test_client(), text, sender or alumnus.phone)
    assert response.status_code == 200
    send()
    return response.get_data(as_text=True)


def test_the_plan_step_asks_one_question_at_a_time_and_keeps_the_scored_answers(site, send):
    asha = on_the_plan(send, first_name="Asha")
    [first] = outbound_to(asha.id)
    assert first.startswith("Hi Asha, a few short questions") and "(1/7)" in first and "drugs" in first

    for text in ("0", "२", "4", "four", "5", "8 days"):
        answer(site, send, asha, text)
    asked = outbound_to(asha.id)
    assert [f"({n}/7)" in body for n, body in enumerate(asked, start=1)] == [True] * 7, asked
    reply = answer(site, send, asha, "yes")

    assert "Thank you, that is all for this time." in reply
    assert len(outbound_to(asha.id)) == 7   # nothing after the last answer
    done = the_round(asha.id)
    assert done.status == RoundStatus.COMPLETE and len(done.answers) == 7
    assert [(a.item_key, a.value) for a in done.answers] == [
        ("use_days", 0), ("cravings", 2), ("sleep", 4), ("mood", 4), ("confidence", 5), ("support", 8), ("home", 1)]
    assert (done.use_days, done.risk, done.protection) == (0, 25, 100)
    assert cases(asha.id) == {}


def test_a_day_of_use_is_handled_as_a_relapse_reply_and_the_questions_go_on(site, send):
    ravi = on_the_plan(send, first_name="Ravi", language="hi")
    reply = answer(site, send, ravi, "3")

    assert "Tele-MANAS 14416" in reply
    crisis = cases(ravi.id)["crisis"]
    assert "recovery monitor: 3 day(s) of use" in crisis.trigger
    [relapse] = db.session.scalars(db.select(RelapseEvent).where(RelapseEvent.alumnus_id == ravi.id)).all()
    assert relapse.followup_id == crisis.id and relapse.plan_offer == "offered"
    assert "(2/7)" in outbound_to(ravi.id)[-1] and "इच्छा" in outbound_to(ravi.id)[-1]
    assert the_round(ravi.id).use_days == 3


def test_high_risk_with_low_protection_opens_a_declining_case_when_the_set_is_finished(site, send):
    sunil = on_the_plan(send, first_name="Sunil", language="mr")
    for text in ("नाही", "5", "1", "१", "1", "0"):
        answer(site, send, sunil, text)
    assert "declining" not in cases(sunil.id)
    answer(site, send, sunil, "3")

    declining = cases(sunil.id)["declining"]
    assert "risk 100/100 with protection 0/100" in declining.note
    assert (the_round(sunil.id).risk, the_round(sunil.id).protection) == (100, 0)


def test_an_unreadable_answer_is_asked_again_once_then_a_person_reads_it(site, send):
    meera = on_the_plan(send, first_name="Meera")
    answer(site, send, meera, "0")
    answer(site, send, meera, "not sure really")

    again = outbound_to(meera.id)[-1]
    assert again.startswith("Sorry, we could not read that answer. (2/7)")
    assert cases(meera.id) == {}
    reply = answer(site, send, meera, "still not sure")

    assert "unread_text" in cases(meera.id)
    assert "read your message" in reply
    assert len(outbound_to(meera.id)) == 3   # the first question, the second, and it once more
    # A readable answer later still counts: the questionnaire stays open.
    answer(site, send, meera, "2")
    assert "(3/7)" in outbound_to(meera.id)[-1]
    assert [a.item_key for a in the_round(meera.id).answers] == ["use_days", "cravings"]


def test_a_crisis_word_inside_an_answer_is_a_crisis_and_not_an_answer(site, send):
    dev = on_the_plan(send, first_name="Dev")
    reply = answer(site, send, dev, "2, I want to end my life")

    assert "Tele-MANAS 14416" in reply
    assert "crisis" in cases(dev.id)
    assert db.session.scalar(db.select(MonitorRound).where(MonitorRound.alumnus_id == dev.id)) is None


def test_a_digit_answers_the_newest_open_question_check_in_or_monitor(site, send):
    kiran = on_the_plan(send, first_name="Kiran")
    checkin = open_checkin(kiran, hours_ago=2)   # asked before the monitor's question
    answer(site, send, kiran, "4")
    assert [a.value for a in the_round(kiran.id).answers] == [4]
    db.session.refresh(checkin)
    assert checkin.score is None

    later = open_checkin(kiran, hours_ago=0)     # asked after the monitor's question 2
    later.sent_at = utcnow() + timedelta(minutes=1)
    db.session.commit()
    answer(site, send, kiran, "3")
    db.session.refresh(later)
    assert later.score == 3 and len(the_round(kiran.id).answers) == 1


def test_discreet_questions_name_no_treatment_in_any_language(site, send):
    for language in ("en", "hi", "mr"):
        person = on_the_plan(send, first_name=f"D{language}", language=language, discreet=True)
        for text in ("0", "1", "5", "5", "5", "4"):
            answer(site, send, person, text)
        asked = outbound_to(person.id)
        assert len(asked) == 7
        for body in asked:
            assert not [w for w in TREATMENT_WORDS if w.lower() in body.lower()], body


def test_answers_by_email_bring_the_next_question_by_email(site, send):
    nisha = on_the_plan(send, first_name="Nisha", consent=("sms", "email"))
    form = {"from": f"<{nisha.email}>", "to": "replies@centre.example", "subject": "Re: A few questions",
            "text": "0", "headers": f"Message-ID: <{uuid.uuid4().hex}@mail.example>\n", "SPF": "pass"}
    assert post_email(site.test_client(), form).status_code == 200
    send()
    db.session.expire_all()
    last = db.session.scalars(db.select(Message).where(Message.alumnus_id == nisha.id,
                                                       Message.direction == "outbound")
                              .order_by(Message.id.desc())).first()
    assert last.channel == "email" and "(2/7)" in last.body


def test_whatsapp_answers_bring_the_next_question_by_whatsapp(site, send):
    arun = on_the_plan(send, first_name="Arun", consent=("sms", "whatsapp"))
    response = post_sms(site.test_client(), "0", f"whatsapp:{arun.phone}", To="whatsapp:+15005550006")
    assert response.status_code == 200
    send()
    db.session.expire_all()
    last = db.session.scalars(db.select(Message).where(Message.alumnus_id == arun.id,
                                                       Message.direction == "outbound")
                              .order_by(Message.id.desc())).first()
    assert last.channel == "whatsapp" and "(2/7)" in last.body


def test_after_48_hours_the_questionnaire_closes_keeping_what_was_answered(site, send):
    lata = on_the_plan(send, first_name="Lata")
    answer(site, send, lata, "0")
    post_sms(site.test_client(), "5", lata.phone)   # question 3 is owed, not sent yet
    assert expire_rounds(utcnow()) == 0
    owed = db.session.get(CheckIn, the_round(lata.id).question_checkin_id)

    assert expire_rounds(utcnow() + timedelta(hours=49)) == 1
    assert expire_rounds(utcnow() + timedelta(hours=50)) == 0
    closed = the_round(lata.id)
    assert closed.status == RoundStatus.EXPIRED and [a.value for a in closed.answers] == [0, 5]
    db.session.refresh(owed)
    assert owed.status == CheckInStatus.CANCELLED
    send()
    assert len(outbound_to(lata.id)) == 2   # the withdrawn question never went


def test_the_api_reads_the_answer_sets_and_the_read_is_audited(site, send):
    gita = on_the_plan(send, first_name="Gita")
    answer(site, send, gita, "0")
    answer(site, send, gita, "3")
    user = make_user("staff", email="reader@example.org")
    headers = {"Authorization": f"Bearer {issue_token(user.email, 'monitor')}"}
    client = site.test_client()

    body = client.get(f"/api/v1/alumni/{gita.id}/monitor", headers=headers).get_json()

    [answer_set] = body["items"]
    assert answer_set["status"] == "open" and answer_set["answered"] == 2 and answer_set["of"] == 7
    assert answer_set["scores"] == {"use_days": 0, "risk": 50, "protection": None}
    assert [a["item"] for a in answer_set["answers"]] == ["use_days", "cravings"]
    assert client.get("/api/v1/alumni/999999/monitor", headers=headers).status_code == 404
    assert client.get(f"/api/v1/alumni/{gita.id}/monitor").status_code == 401
    [read] = db.session.scalars(db.select(AuditEvent).where(AuditEvent.alumnus_id == gita.id,
                                                            AuditEvent.action == "alumnus.read")).all()
    assert read.detail == {"what": "api recovery monitor"}


def test_a_question_owed_in_quiet_hours_waits_for_the_morning_and_the_questionnaire_resumes(
        site, send, make_app, run_jobs):
    from alumni.domain.schedule import utc_to_local, zone
    priya = on_the_plan(send, first_name="Priya")
    # Quiet hours around this very minute where Priya lives: the night has fallen.
    local = utc_to_local(utcnow(), zone("Asia/Kolkata"))
    quiet = f"{(local - timedelta(hours=1)):%H:%M}-{(local + timedelta(hours=1)):%H:%M}"
    night = make_app(TWILIO_AUTH_TOKEN=TWILIO_TOKEN, QUIET_HOURS=quiet)
    with night.app_context():
        assert post_sms(night.test_client(), "0", priya.phone).status_code == 200
        dispatch_due(utcnow())
    owed = db.session.get(CheckIn, the_round(priya.id).question_checkin_id)
    assert owed.status == CheckInStatus.SCHEDULED and owed.due_at > utcnow() + timedelta(minutes=30)
    assert len(outbound_to(priya.id)) == 1

    # Morning (the monitor app keeps no quiet hours): it goes, and the answers go on.
    with site.app_context():
        dispatch_due(owed.due_at)
    run_jobs()
    assert "(2/7)" in outbound_to(priya.id)[-1]
    answer(site, send, priya, "1")
    assert "(3/7)" in outbound_to(priya.id)[-1]
    assert [a.value for a in the_round(priya.id).answers] == [0, 1]


def test_an_unanswered_monitor_climbs_the_ladder_and_its_nudge_asks_question_one_afresh(site, send):
    from alumni.workspace.followup_sweeps import sweep_replies
    omar = on_the_plan(send, first_name="Omar", consent=("sms", "whatsapp"))
    opening = db.session.scalar(db.select(CheckIn).where(CheckIn.alumnus_id == omar.id,
                                                         CheckIn.template_key == "monitor",
                                                         CheckIn.status == CheckInStatus.SENT))
    opening.sent_at -= timedelta(hours=49)   # two days pass without a word
    opening.due_at -= timedelta(hours=49)
    db.session.commit()
    with site.app_context():   # the monitor app's hours: no quiet hours hold the nudge
        report = sweep_replies(utcnow())

    assert report.missed == 1 and report.nudges == 1
    send()
    assert "(1/7)" in outbound_to(omar.id)[-1] and len(outbound_to(omar.id)) == 2   # by WhatsApp, the next rung
    response = post_sms(site.test_client(), "0", f"whatsapp:{omar.phone}", To="whatsapp:+15005550006")
    assert response.status_code == 200
    send()
    nudge = db.session.get(CheckIn, the_round(omar.id).opening_checkin_id)
    assert nudge.kind == "nudge" and "(2/7)" in outbound_to(omar.id)[-1]
