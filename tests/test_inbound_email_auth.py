"""Inbound email acts as an alumnus only when the relay's SPF or DKIM verdict vouches for the
From address's domain: a spoofed email changes nothing of theirs and waits in the
unknown-senders inbox, marked unverified, yet a crisis in it is still answered and alerted.
Through the real webhook (Basic auth), the real database and a real RQ worker."""
import json

import pytest

from alumni.core.consent import has_consent
from alumni.delivery.transports.console import recorded_messages
from alumni.domain.email_authenticity import judge_email
from alumni.extensions import db
from alumni.models import CheckIn, CheckInStatus, Consent, FollowUp, FollowUpReason, Message
from alumni.redis_conn import get_redis
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus
from tests.support.inbound import EMAIL_TOKEN, open_checkin, post_email

# --- the decision, on its own ---------------------------------------------------------------

@pytest.mark.parametrize("from_addr,spf,dkim,envelope,verified", [
    ("a@example.org", "", "{@example.org : pass}", "", True),
    ("a@example.org", "", "{@Example.ORG. : pass}", "", True),
    ("a@example.org", "", "{@evil.example : pass, @example.org : pass}", "", True),
    ("a@mail.example.org", "", "{@example.org : pass}", "", True),          # signed by the parent
    ("a@example.org", "", "{@news.example.org : pass}", "", True),          # by a subdomain
    ("a@example.org", "pass", "", "a@example.org", True),
    ("a@example.org", "pass", "", "bounces@bounce.example.org", True),
    ("a@example.org", "", '{"@example.org": "pass"}', "", True),
    ("a@example.org", "fail", "", "a@example.org", False),
    ("a@example.org", "softfail", "{@example.org : fail}", "a@example.org", False),
    ("a@example.org", "neutral", "{@example.org : none}", "", False),
    ("a@example.org", "", "{@evil.example : pass}", "", False),              # another domain
    ("a@example.org", "", "{@notexample.org : pass}", "", False),            # a suffix, not a parent
    ("a@bank.co.uk", "", "{@evil.co.uk : pass}", "", False),                 # siblings
    ("a@example.org", "", "{@org : pass}", "", False),                       # a bare top-level domain
    ("a@example.org", "pass", "", "x@evil.example", False),                 # SPF for someone else
    ("a@example.org", "pass", "", "", False),                               # null sender
    ("a@example.org", None, None, None, False),
    ("a@example.org", "", "{@example.org : passed}", "", False),
    ("no-domain", "pass", "{@example.org : pass}", "", False),
])
def test_only_a_pass_aligned_with_the_from_domain_verifies(from_addr, spf, dkim, envelope, verified):
    assert judge_email(from_addr, spf, dkim, envelope).verified is verified


def test_the_reason_says_which_check_vouched_or_that_neither_did():
    assert judge_email("a@example.org", "", "{@example.org : pass}", "").reason == "DKIM passed for example.org"
    assert judge_email("a@example.org", "pass", "", "b@example.org").reason == "SPF passed for example.org"
    assert judge_email("a@example.org", "fail", "", "").reason == "DKIM and SPF did not pass for example.org"
    assert judge_email("a@example.org", None, None, None).reason == "no DKIM or SPF result for example.org"


# --- through the webhook ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def email_app(make_app, migrated):
    return make_app(INBOUND_EMAIL_TOKEN=EMAIL_TOKEN)


@pytest.fixture
def relay(app, email_app):
    with email_app.app_context():
        yield email_app.test_client()


def relayed(sender, text, *, spf=None, dkim=None, envelope_from=None, message_id="<x1@mail.example>",
            subject="Re: How are you this week?"):
    """An Inbound Parse form carrying only the verdicts given (None: the field is absent)."""
    form = {"from": f"Asha Patil <{sender}>", "to": "replies@centre.example", "subject": subject,
            "text": text, "headers": f"Message-ID: {message_id}\n"}
    if envelope_from is not None:
        form["envelope"] = json.dumps({"to": ["replies@centre.example"], "from": envelope_from})
    if spf is not None:
        form["SPF"] = spf
    if dkim is not None:
        form["dkim"] = dkim
    return form


def only_message():
    [message] = db.session.scalars(db.select(Message)).all()
    return message


def email_consent_changes(alumnus_id):
    return db.session.scalars(db.select(Consent).where(Consent.alumnus_id == alumnus_id,
                                                       Consent.channel == "email", Consent.source == "keyword")).all()


def test_a_spoofed_stop_changes_no_consent_and_waits_in_the_inbox_marked_unverified(relay, login_as):
    alumnus = make_alumnus(consent=("email",))
    response = post_email(relay, relayed(alumnus.email, "STOP", spf="fail", envelope_from="x@spoofer.example"),
                          signed=False)
    assert response.status_code == 200
    assert has_consent(alumnus.id, "email") and email_consent_changes(alumnus.id) == []
    message = only_message()
    assert message.alumnus_id is None and message.from_addr == alumnus.email
    assert message.handling.startswith("Unverified email (DKIM and SPF did not pass for example.org)")
    assert "STOP not acted on" in message.handling and message.reply_body is None
    page = login_as("staff").get("/inbox/unknown").get_data(as_text=True)
    assert alumnus.email in page and "STOP" in page


def test_a_stop_with_a_passing_dkim_signature_for_the_sender_revokes_email_consent(relay):
    alumnus = make_alumnus(consent=("sms", "email"))
    post_email(relay, relayed(alumnus.email, "STOP", spf="softfail", dkim="{@example.org : pass}"), signed=False)
    assert not has_consent(alumnus.id, "email") and has_consent(alumnus.id, "sms")
    assert only_message().alumnus_id == alumnus.id


def test_an_spf_pass_for_an_aligned_envelope_sender_records_the_score(relay):
    alumnus = make_alumnus(consent=("email",))
    checkin = open_checkin(alumnus)
    post_email(relay, relayed(alumnus.email, "4", spf="pass", envelope_from=alumnus.email), signed=False)
    checkin = db.session.get(CheckIn, checkin.id)
    assert (checkin.status, checkin.score) == (CheckInStatus.REPLIED, 4)
    assert only_message().alumnus_id == alumnus.id


@pytest.mark.parametrize("verdicts", [
    {"dkim": "{@spoofer.example : pass}"},                                    # signed, by someone else
    {"spf": "pass", "envelope_from": "bounce@spoofer.example"},              # SPF passed, for someone else
    {"spf": "pass", "envelope_from": "x@notexample.org", "dkim": "{@notexample.org : pass}"},
    {},                                                                       # no SPF or DKIM field at all
], ids=["dkim-other-domain", "spf-other-envelope", "look-alike-domain", "no-verdicts"])
def test_an_email_not_vouched_for_its_from_domain_acts_as_nobody(relay, verdicts):
    alumnus = make_alumnus(consent=("email",))
    checkin = open_checkin(alumnus)
    post_email(relay, relayed(alumnus.email, "1", **verdicts), signed=False)
    assert db.session.get(CheckIn, checkin.id).status == CheckInStatus.SENT      # no score recorded
    assert db.session.scalars(db.select(FollowUp)).all() == []                   # no low-score case
    message = only_message()
    assert message.alumnus_id is None and message.handling.startswith("Unverified email (")
    assert message.handling.endswith("waiting in the unknown-senders inbox")


def test_a_spoofed_crisis_still_opens_a_case_with_no_alumnus_alerts_on_call_and_answers_by_email(
        relay, run_jobs):
    on_call = make_user("staff", on_call=True, phone="+919811111111")
    alumnus = make_alumnus(consent=("email",))
    response = post_email(relay, relayed(alumnus.email, "I took an overdose", spf="fail"), signed=False)
    assert response.status_code == 200
    [case] = db.session.scalars(db.select(FollowUp)).all()
    message = only_message()
    assert case.reason == FollowUpReason.CRISIS and case.alumnus_id is None and case.message_id == message.id
    assert message.alumnus_id is None
    assert message.handling.startswith("Unverified email (DKIM and SPF did not pass for example.org), crisis")
    assert "14416" in message.reply_body
    run_jobs()
    sent = [(m["channel"], m["to"]) for m in recorded_messages(get_redis())]
    assert ("sms", on_call.phone) in sent                  # the on-call alert
    assert ("email", alumnus.email) in sent                # the helpline, by email


def test_a_second_spoofed_crisis_joins_the_case_and_still_says_unverified(relay):
    alumnus = make_alumnus(consent=("email",))
    post_email(relay, relayed(alumnus.email, "I want to die", spf="fail"), signed=False)
    post_email(relay, relayed(alumnus.email, "I want to die tonight", spf="fail", message_id="<x2@mail.example>"),
               signed=False)
    [case] = db.session.scalars(db.select(FollowUp)).all()
    second = db.session.scalars(db.select(Message).order_by(Message.id.desc())).first()
    assert case.alumnus_id is None
    assert second.handling.startswith("Unverified email (") and "added to the open crisis case" in second.handling


def test_staff_linking_an_unverified_stop_vouch_for_it(relay, login_as):
    alumnus = make_alumnus(consent=("email",))
    post_email(relay, relayed(alumnus.email, "STOP", spf="fail"), signed=False)
    message = only_message()
    assert has_consent(alumnus.id, "email")
    response = login_as("staff").post(f"/inbox/unknown/{message.id}/link", data={"alumnus": f"#{alumnus.id}"})
    assert response.status_code == 302
    assert not has_consent(alumnus.id, "email")
    db.session.expire_all()
    assert only_message().alumnus_id == alumnus.id


def test_an_email_kept_in_the_spool_is_judged_on_replay_by_the_verdicts_it_arrived_with(app):
    from alumni.replies.inbound_replay import inbound_message
    from alumni.replies.inbound_spool import EMAIL, SpooledRequest, new_request
    spoofed = relayed("alumnus1@example.org", "STOP", spf="fail")
    signed = relayed("alumnus1@example.org", "STOP", dkim="{@example.org : pass}")
    for form, verified in ((spoofed, False), (signed, True)):
        kept = SpooledRequest.from_json(new_request(EMAIL, "/webhooks/email/inbound", form).to_json())
        assert inbound_message(kept, "IN").verified is verified
