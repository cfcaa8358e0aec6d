"""The inbound safety net through the real signed webhooks, a real RQ worker and the real
database: every path by which a person in danger could have gone unheard."""
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from alumni.core.timeline import build_timeline
from alumni.delivery.dispatcher import dispatch_checkins
from alumni.delivery.transports.console import recorded_messages
from alumni.domain.crisis import Category, Finding
from alumni.extensions import db
from alumni.models import (
    AuditEvent,
    CheckIn,
    CheckInStatus,
    Consent,
    FollowUp,
    FollowUpReason,
    FollowUpStatus,
    Message,
    PlanOffer,
    RelapseEvent,
    utcnow,
)
from alumni.redis_conn import get_redis
from alumni.replies.relapse import record_relapse
from alumni.workspace import followups
from tests.support.accounts import make_user
from tests.support.delivery import run_jobs_in
from tests.support.factories import make_alumnus
from tests.support.inbound import EMAIL_TOKEN, open_checkin, post_email, post_sms
from tests.test_transports_email import smtp_server  # noqa: F401  (the real local SMTP server)

UNKNOWN = "+919876500011"


def cases(reason=None):
    db.session.expire_all()
    query = db.select(FollowUp).order_by(FollowUp.id)
    if reason:
        query = query.where(FollowUp.reason == reason)
    return db.session.scalars(query).all()


def alerts_sent():
    """(channel, to) of each alert the console transport recorded, oldest first."""
    return [(m["channel"], m["to"]) for m in reversed(recorded_messages(get_redis()))]


def local_today(zone="Asia/Kolkata"):
    return datetime.now(ZoneInfo(zone)).date()


# --- the detector's explanation, craving ---------------------------------------------------------

def test_a_crisis_case_says_why_the_detector_raised_it(sms):
    alumnus = make_alumnus()
    post_sms(sms, "I want to die", alumnus.phone)
    [case] = cases(FollowUpReason.CRISIS)
    assert "suicide" in case.trigger


def test_a_craving_opens_an_urgent_case_with_a_kind_answer_no_helpline_and_no_alert(sms, run_jobs):
    make_user("staff", on_call=True, phone="+919811111111")
    alumnus = make_alumnus()
    body = post_sms(sms, "the craving is really bad tonight", alumnus.phone).get_data(as_text=True)
    [case] = cases()
    assert case.reason == FollowUpReason.URGENT and case.priority == 1
    assert "contact you today" in body and "14416" not in body
    run_jobs()
    assert alerts_sent() == []


# --- relapse -------------------------------------------------------------------------------------------

def test_a_relapse_is_recorded_on_the_timeline_with_a_closer_plan_offered_to_coordinators(sms, login_as):
    alumnus = make_alumnus(first_name="Ravi")
    post_sms(sms, "I relapsed last night", alumnus.phone)
    [case] = cases(FollowUpReason.CRISIS)
    [event] = db.session.scalars(db.select(RelapseEvent)).all()
    message = db.session.scalar(db.select(Message))
    assert (event.alumnus_id, event.message_id, event.followup_id) == (alumnus.id, message.id, case.id)
    assert event.occurred_on == local_today() and event.plan_offer == PlanOffer.OFFERED
    assert "relapse recorded" in message.handling
    [entry] = [e for e in build_timeline(alumnus) if e.kind == "relapse"]
    assert entry.title == "Relapse reported" and "Closer plan offered" in entry.detail

    coordinator_page = login_as("coordinator").get(f"/alumni/{alumnus.id}").get_data(as_text=True)
    assert "Apply closer plan" in coordinator_page and "Not now" in coordinator_page
    staff_page = login_as("staff").get(f"/alumni/{alumnus.id}").get_data(as_text=True)
    assert "Relapse reported" in staff_page and "Apply closer plan" not in staff_page


def test_the_substance_named_is_on_the_timeline(app_context):
    alumnus = make_alumnus()
    finding = Finding(Category.RELAPSE, ("substance", "again"), ("daru", "phir se"), substance="alcohol")
    record_relapse(alumnus, finding, message_id=None, followup_id=None, now=utcnow())
    db.session.commit()
    [entry] = [e for e in build_timeline(alumnus) if e.kind == "relapse"]
    assert entry.title == "Relapse reported (alcohol)" and "daru + phir se" in entry.detail


def test_a_bet_placed_again_is_a_relapse_recorded_as_gambling(sms):
    # Recovery centres treat gambling too: for that alumnus a bet placed is the relapse to act on.
    alumnus = make_alumnus()
    post_sms(sms, "kal raat phir matka lagaya, 6 hazaar haar gaya. sorry sir", alumnus.phone)
    [case] = cases(FollowUpReason.CRISIS)
    [event] = db.session.scalars(db.select(RelapseEvent)).all()
    assert (event.alumnus_id, event.followup_id, event.substance) == (alumnus.id, case.id, "gambling")
    [entry] = [e for e in build_timeline(alumnus) if e.kind == "relapse"]
    assert entry.title == "Relapse reported (gambling)"


def _relapse(sms, alumnus):
    post_sms(sms, "I relapsed last night", alumnus.phone)
    return db.session.scalar(db.select(RelapseEvent)).id


def test_a_coordinator_applies_the_closer_plan_every_two_days_for_two_weeks_at_their_hour(sms, login_as):
    alumnus = make_alumnus(preferred_hour=18, timezone="Asia/Kolkata")
    event_id = _relapse(sms, alumnus)
    coordinator = login_as("coordinator")
    url = f"/alumni/{alumnus.id}/relapses/{event_id}/closer-plan/apply"
    assert coordinator.post(url).status_code == 302
    added = db.session.scalars(db.select(CheckIn).where(CheckIn.alumnus_id == alumnus.id,
                                                        CheckIn.status == CheckInStatus.SCHEDULED)
                               .order_by(CheckIn.due_at)).all()
    zone = ZoneInfo("Asia/Kolkata")
    local = [c.due_at.replace(tzinfo=ZoneInfo("UTC")).astimezone(zone) for c in added]
    assert [d.date() for d in local] == [local_today() + timedelta(days=n) for n in range(2, 15, 2)]
    assert {(d.hour, d.minute) for d in local} == {(18, 0)}
    db.session.expire_all()
    assert db.session.get(RelapseEvent, event_id).plan_offer == PlanOffer.APPLIED
    assert db.session.scalar(db.select(AuditEvent).where(AuditEvent.action == "relapse.closer_plan_applied")
                             ).actor == coordinator.user_email
    again = coordinator.post(url, follow_redirects=True).get_data(as_text=True)
    assert "already been decided" in again
    assert db.session.scalar(db.select(db.func.count(CheckIn.id)).where(
        CheckIn.status == CheckInStatus.SCHEDULED)) == 7
    assert "Apply closer plan" not in coordinator.get(f"/alumni/{alumnus.id}").get_data(as_text=True)


def test_the_closer_plans_checkins_go_through_the_dispatchers_consent_rule(sms, login_as):
    alumnus = make_alumnus()
    event_id = _relapse(sms, alumnus)
    login_as("admin").post(f"/alumni/{alumnus.id}/relapses/{event_id}/closer-plan/apply")
    first = db.session.scalar(db.select(CheckIn).where(CheckIn.status == CheckInStatus.SCHEDULED)
                              .order_by(CheckIn.due_at))
    db.session.add(Consent(alumnus_id=alumnus.id, channel="sms", granted=False, source="keyword"))
    db.session.commit()
    dispatch_checkins([first.id], first.due_at)
    db.session.expire_all()
    assert db.session.get(CheckIn, first.id).status == CheckInStatus.SKIPPED


def test_staff_cannot_apply_a_closer_plan_and_not_now_adds_nothing(sms, login_as):
    alumnus = make_alumnus()
    event_id = _relapse(sms, alumnus)
    base = f"/alumni/{alumnus.id}/relapses/{event_id}/closer-plan"
    assert login_as("staff").post(f"{base}/apply").status_code == 403
    assert login_as("coordinator").post(f"{base}/apply", with_csrf=False).status_code in (302, 400)
    db.session.expire_all()
    assert db.session.get(RelapseEvent, event_id).plan_offer == PlanOffer.OFFERED   # no CSRF, no change
    login_as("coordinator").post(f"{base}/decline")
    db.session.expire_all()
    assert db.session.get(RelapseEvent, event_id).plan_offer == PlanOffer.DECLINED
    assert db.session.scalar(db.select(db.func.count(CheckIn.id)).where(
        CheckIn.status == CheckInStatus.SCHEDULED)) == 0


# --- a new crisis on a case someone already holds --------------------------------------------------

@pytest.mark.parametrize("held", ["acknowledged", "claimed", "snoozed"])
def test_a_new_crisis_on_a_held_case_alerts_on_call_and_the_holder_and_goes_back_to_the_top(
        sms, run_jobs, held):
    on_call = make_user("staff", on_call=True, phone="+919811111111")
    holder = make_user("staff", phone="+919833333333")
    alumnus = make_alumnus()
    post_sms(sms, "I want to die", alumnus.phone)
    run_jobs()
    [case] = cases(FollowUpReason.CRISIS)
    if held == "claimed":
        followups.claim(case.id, holder)
    else:
        followups.acknowledge(case.id, holder)
    if held == "snoozed":
        followups.snooze(case.id, local_today() + timedelta(days=3), holder)
    before = len(alerts_sent())

    post_sms(sms, "I took too many pills", alumnus.phone)
    [case] = cases(FollowUpReason.CRISIS)
    assert case.status == FollowUpStatus.OPEN and case.snooze_until is None
    assert case.acknowledged_at is None and case.queue_rank == 0
    run_jobs()
    again = alerts_sent()[before:]
    assert ("sms", on_call.phone) in again and ("sms", holder.phone) in again


# --- a crisis from a number we do not know -----------------------------------------------------------

def test_a_crisis_from_an_unknown_number_gets_the_helpline_in_its_language_a_case_and_the_alert(
        sms, run_jobs, login_as):
    on_call = make_user("staff", on_call=True, phone="+919811111111")
    body = post_sms(sms, "मैं मरना चाहता हूँ", UNKNOWN).get_data(as_text=True)
    assert "14416" in body and "अकेले नहीं" in body
    [case] = cases(FollowUpReason.CRISIS)
    message = db.session.scalar(db.select(Message))
    assert case.alumnus_id is None and case.message_id == message.id and case.queue_rank == 0
    assert "suicide" in case.trigger and message.alumnus_id is None
    run_jobs()
    assert ("sms", on_call.phone) in alerts_sent()

    post_sms(sms, "who is this?", "+919876500099")        # newer, not a crisis
    page = login_as("staff").get("/inbox/unknown").get_data(as_text=True)
    assert f"Crisis: case #{case.id}" in page
    assert page.index("मैं मरना चाहता हूँ") < page.index("who is this?")


def test_an_unknown_senders_english_crisis_is_answered_in_english(sms):
    body = post_sms(sms, "my brother overdosed, please help", UNKNOWN).get_data(as_text=True)
    assert "You are not alone" in body and "14416" in body


def test_a_second_crisis_from_the_same_unknown_number_joins_its_case_and_alerts_again(sms, run_jobs):
    on_call = make_user("staff", on_call=True, phone="+919811111111")
    post_sms(sms, "I want to die", UNKNOWN)
    run_jobs()
    [case] = cases()
    followups.acknowledge(case.id, on_call)
    post_sms(sms, "I want to die tonight", UNKNOWN)
    post_sms(sms, "I want to die", "+919876500022")       # someone else: a case of their own
    unknown_cases = cases(FollowUpReason.CRISIS)
    assert len(unknown_cases) == 2
    assert unknown_cases[0].id == case.id and unknown_cases[0].acknowledged_at is None
    run_jobs()
    assert alerts_sent().count(("sms", on_call.phone)) == 3


def test_linking_the_unknown_sender_moves_their_case_to_the_alumnus_without_a_second_alert(
        sms, run_jobs, login_as):
    on_call = make_user("staff", on_call=True, phone="+919811111111")
    alumnus = make_alumnus()
    post_sms(sms, "new number. I relapsed", UNKNOWN)
    run_jobs()
    [case] = cases()
    trigger = case.trigger
    followups.acknowledge(case.id, on_call)
    message = db.session.scalar(db.select(Message))
    staff = login_as("staff")
    staff.post(f"/inbox/unknown/{message.id}/link", data={"alumnus": f"#{alumnus.id}"})
    [moved] = cases()
    assert moved.id == case.id and moved.alumnus_id == alumnus.id and moved.trigger == trigger
    assert moved.acknowledged_at is not None                      # linking is not a new crisis
    assert db.session.scalar(db.select(RelapseEvent)).alumnus_id == alumnus.id
    run_jobs()
    assert alerts_sent().count(("sms", on_call.phone)) == 1


def test_linking_merges_into_the_alumnus_open_crisis_case(sms, login_as):
    alumnus = make_alumnus()
    post_sms(sms, "I want to die", alumnus.phone)
    post_sms(sms, "it's me from my sister's phone, I overdosed", UNKNOWN)
    own, unknown = cases(FollowUpReason.CRISIS)
    unknown_message = db.session.get(Message, unknown.message_id)
    login_as("staff").post(f"/inbox/unknown/{unknown_message.id}/link", data={"alumnus": alumnus.phone})
    own, unknown = cases(FollowUpReason.CRISIS)
    assert unknown.status == FollowUpStatus.RESOLVED and f"#{own.id}" in unknown.outcome
    assert own.status == FollowUpStatus.OPEN and own.alumnus_id == alumnus.id and own.trigger


# --- a crisis written below the quoted text of an email -----------------------------------------------

def _email(client, sender, text, subject="Re: How are you this week?"):
    form = {"from": f"<{sender}>", "to": "replies@centre.example", "subject": subject, "text": text,
            "headers": "Message-ID: <bottom-1@mail.example>\n"}
    return post_email(client, form)


def test_a_crisis_below_the_quote_is_answered_with_the_helpline_by_email(app, make_app, smtp_server):  # noqa: F811
    from tests.support.twilio_double import ACCOUNT_SID
    relay_app = make_app(INBOUND_EMAIL_TOKEN=EMAIL_TOKEN, OUTBOUND_TRANSPORT="twilio",
                         TWILIO_ACCOUNT_SID=ACCOUNT_SID, TWILIO_AUTH_TOKEN="x", SMTP_URL=smtp_server.url,
                         MAIL_FROM="Sunrise <care@sunrise.example>", SEND_RETRY_BASE_SECONDS=0)
    with relay_app.app_context():
        on_call = make_user("staff", on_call=True, phone=None, email="oncall@centre.example")
        alumnus = make_alumnus(consent=("email",), language="hi")
        text = ("On Mon, 5 May 2025 at 09:00, Sunrise <care@sunrise.example> wrote:\n"
                "> How are you feeling this week? Reply 1 (bad) to 5 (great).\n\n"
                "I relapsed on Saturday and I am scared\n")
        assert _email(relay_app.test_client(), alumnus.email, text).status_code == 200
        [case] = cases(FollowUpReason.CRISIS)
        assert case.alumnus_id == alumnus.id
        address, staff_address = alumnus.email, on_call.email
    run_jobs_in(relay_app)
    sent = {m["To"]: m for m in smtp_server.messages}
    answer = sent[address].get_body(("plain",)).get_content()
    assert "14416" in answer and "अकेले नहीं" in answer
    assert "URGENT" in sent[staff_address]["Subject"]
    with relay_app.app_context():
        [outbound] = db.session.scalars(db.select(Message).where(Message.direction == "outbound")).all()
        assert outbound.alumnus_id == alumnus.id and outbound.provider_status == "sent"
        assert any(e.title == "Message sent by email" and "14416" in e.detail
                   for e in build_timeline(outbound.alumnus))
    run_jobs_in(relay_app)
    assert len(smtp_server.messages) == 2                      # answered once


# --- scores -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["1", "2", "one", "एक"])
def test_a_lone_low_score_with_no_checkin_open_opens_a_low_score_case(sms, text):
    alumnus = make_alumnus()
    post_sms(sms, text, alumnus.phone)
    assert [c.reason for c in cases()] == [FollowUpReason.LOW_SCORE]


def _scored(alumnus, scores):
    start = utcnow() - timedelta(days=len(scores) * 7)
    for n, score in enumerate(scores):
        at = start + timedelta(days=7 * n)
        db.session.add(CheckIn(alumnus_id=alumnus.id, channel="sms", due_at=at, sent_at=at, replied_at=at,
                               status=CheckInStatus.REPLIED, score=score, reply_window_hours=48))
    db.session.commit()


@pytest.mark.parametrize("earlier,now", [([5, 4], "3"), ([5, 5, 5], "3")])
def test_falling_scores_open_a_declining_case_before_any_is_low(sms, earlier, now):
    alumnus = make_alumnus()
    _scored(alumnus, earlier)
    open_checkin(alumnus)
    post_sms(sms, now, alumnus.phone)
    [case] = cases()
    assert case.reason == FollowUpReason.DECLINING and case.trigger
    assert "declining-scores case" in db.session.scalar(db.select(Message)).handling


def test_steady_scores_open_nothing(sms):
    alumnus = make_alumnus()
    _scored(alumnus, [4, 4, 4])
    open_checkin(alumnus)
    post_sms(sms, "3", alumnus.phone)
    assert cases() == []


# --- bad input ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("body,reason", [
    ("", FollowUpReason.UNREAD_TEXT),
    ("😀🙏🏽", FollowUpReason.UNREAD_TEXT),
    ("a" * 1600, FollowUpReason.UNREAD_TEXT),
    ("aaj मन ठीक nahi hai", FollowUpReason.UNREAD_TEXT),
    ("I want to d\u200bie", FollowUpReason.CRISIS),
    ("I tооk an оverdose", FollowUpReason.CRISIS),               # Cyrillic о
    ("<script>alert(1)</script> I relapsed", FollowUpReason.CRISIS),
    ("I want to die " + "x" * 1600, FollowUpReason.CRISIS),
])
def test_bad_input_gets_a_clear_decision_and_is_stored_as_received(sms, body, reason):
    alumnus = make_alumnus()
    response = post_sms(sms, body, alumnus.phone)
    assert response.status_code == 200
    [message] = db.session.scalars(db.select(Message)).all()
    assert message.body == body and message.handling
    assert reason in [c.reason for c in cases()]


def test_a_nul_in_a_text_is_the_only_thing_removed(sms):
    alumnus = make_alumnus()
    post_sms(sms, "I want\x00 to die", alumnus.phone)
    assert db.session.scalar(db.select(Message)).body == "I want to die"
    assert [c.reason for c in cases()] == [FollowUpReason.CRISIS]


def test_html_in_an_email_is_read_as_its_text(app, make_app):
    relay_app = make_app(INBOUND_EMAIL_TOKEN=EMAIL_TOKEN)
    with relay_app.app_context():
        alumnus = make_alumnus(consent=("email",))
        form = {"from": f"<{alumnus.email}>", "subject": "Re: hi", "text": "",
                "html": "<div>I&#39;m <b>using again</b></div><blockquote>Reply 1-5</blockquote>",
                "headers": "Message-ID: <html-1@mail.example>\n"}
        response = post_email(relay_app.test_client(), form)
        assert response.status_code == 200
        assert db.session.scalar(db.select(Message)).body == "I'm using again"
        assert [c.reason for c in cases()] == [FollowUpReason.CRISIS]


