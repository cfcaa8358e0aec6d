"""Email replies through the SendGrid Inbound Parse webhook: the secret in HTTP Basic auth
(and, deprecated, in the path), matching by sender, quoted history stripped, retries stored
once, then the same pipeline."""
import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alumni.core.consent import has_consent
from alumni.extensions import db
from alumni.models import CheckIn, CheckInStatus, Consent, FollowUp, FollowUpReason, Message
from tests.support.factories import make_alumnus
from tests.support.inbound import EMAIL_PATH, EMAIL_TOKEN, email_auth, open_checkin, post_email


@pytest.fixture(scope="module")
def email_app(make_app, migrated):
    return make_app(INBOUND_EMAIL_TOKEN=EMAIL_TOKEN)


@pytest.fixture
def relay(app, email_app):
    with email_app.app_context():
        yield email_app.test_client()


def parse_post(client, sender, text, *, subject="Re: How are you this week?", message_id="<a1@mail.example>",
               url=EMAIL_PATH, password=EMAIL_TOKEN, html=""):
    form = {"from": f"Asha Patil <{sender}>", "to": "replies@centre.example", "subject": subject,
            "text": text, "html": html, "envelope": f'{{"to":["replies@centre.example"],"from":"{sender}"}}',
            "headers": f"Message-ID: {message_id}\nDate: Mon, 5 May 2025 10:00:00 +0530\n",
            "charsets": '{"text":"UTF-8"}', "SPF": "pass"}
    return post_email(client, form, password=password, path=url)


def messages():
    return db.session.scalars(db.select(Message)).all()


@pytest.mark.parametrize("password", [None, "", "guess", EMAIL_TOKEN[:-1], EMAIL_TOKEN + "x"])
def test_a_missing_or_wrong_password_gets_a_401_challenge_and_stores_nothing(relay, password):
    alumnus = make_alumnus(consent=("email",))
    response = parse_post(relay, alumnus.email, "STOP", password=password)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == 'Basic realm="inbound-email"'
    assert messages() == []
    assert has_consent(alumnus.id, "email")


def test_the_secret_as_a_user_name_or_a_bearer_token_is_refused(relay):
    alumnus = make_alumnus(consent=("email",))
    form = {"from": f"<{alumnus.email}>", "text": "3", "dkim": f"{{@{alumnus.email.split('@')[1]} : pass}}"}
    for headers in (email_auth(password="x", user=EMAIL_TOKEN), {"Authorization": f"Bearer {EMAIL_TOKEN}"}):
        response = relay.post(EMAIL_PATH, data=form, headers=headers, content_type="multipart/form-data")
        assert response.status_code == 401
    assert messages() == []


def test_any_user_name_with_the_right_password_is_let_in(relay):
    alumnus = make_alumnus(consent=("email",))
    form = {"from": f"<{alumnus.email}>", "text": "not sure, rough week",
            "dkim": f"{{@{alumnus.email.split('@')[1]} : pass}}"}
    response = relay.post(EMAIL_PATH, data=form, headers=email_auth(user="anything"),
                          content_type="multipart/form-data")
    assert response.status_code == 200
    [message] = messages()
    assert message.alumnus_id == alumnus.id


def test_no_configured_token_refuses_every_post(app, client):
    with app.app_context():
        alumnus = make_alumnus(consent=("email",))
        assert parse_post(client, alumnus.email, "3").status_code == 403
        assert parse_post(client, alumnus.email, "3", password="", url=f"{EMAIL_PATH}/x").status_code == 403
        assert messages() == []


def test_a_wrong_token_in_the_old_path_gets_403_and_stores_nothing(relay):
    alumnus = make_alumnus(consent=("email",))
    assert parse_post(relay, alumnus.email, "STOP", url=f"{EMAIL_PATH}/guess", password=None).status_code == 403
    assert messages() == []


def test_the_old_path_token_still_works_and_warns_once_without_the_token(relay, caplog):
    # Alembic's fileConfig (the session's migrations) disables loggers that existed then.
    logging.getLogger("alumni.webhooks.email_inbound").disabled = False
    alumnus = make_alumnus(consent=("sms", "email"))
    with caplog.at_level(logging.WARNING, logger="alumni.webhooks.email_inbound"):
        first = parse_post(relay, alumnus.email, "STOP", url=f"{EMAIL_PATH}/{EMAIL_TOKEN}", password=None)
        again = parse_post(relay, alumnus.email, "START", message_id="<a2@mail.example>",
                           url=f"{EMAIL_PATH}/{EMAIL_TOKEN}", password=None)
    assert first.status_code == again.status_code == 200
    assert [m.alumnus_id for m in messages()] == [alumnus.id, alumnus.id]
    warnings = [r.getMessage() for r in caplog.records if r.name == "alumni.webhooks.email_inbound"]
    assert len(warnings) == 1 and "Basic auth" in warnings[0] and EMAIL_TOKEN not in warnings[0]


def test_a_score_typed_above_the_quoted_checkin_is_recorded(relay):
    alumnus = make_alumnus(consent=("email",))
    checkin = open_checkin(alumnus)
    text = ("3\r\n\r\nOn Mon, 5 May 2025 at 09:00, Sunrise Recovery Centre <care@centre.example>\r\nwrote:\r\n"
            "> How are you feeling this week? Reply 1 (bad) to 5 (great). I want to die is a test phrase\r\n")
    response = parse_post(relay, alumnus.email.upper(), text)
    assert response.status_code == 200
    checkin = db.session.get(CheckIn, checkin.id)
    assert checkin.status == CheckInStatus.REPLIED and checkin.score == 3
    [message] = messages()
    assert message.channel == "email" and message.body == "3" and message.alumnus_id == alumnus.id
    assert db.session.scalars(db.select(FollowUp)).all() == []


def test_stop_as_the_subject_of_an_empty_email_revokes_email_consent(relay):
    alumnus = make_alumnus(consent=("sms", "email"))
    parse_post(relay, alumnus.email, "", subject="Re: STOP")
    latest = db.session.scalars(db.select(Consent).where(Consent.alumnus_id == alumnus.id)
                                .order_by(Consent.id.desc())).first()
    assert (latest.channel, latest.granted, latest.source) == ("email", False, "keyword")


def test_an_html_only_reply_is_read_without_its_quoted_block(relay):
    alumnus = make_alumnus(consent=("email",))
    open_checkin(alumnus)
    parse_post(relay, alumnus.email, "", html="<div>I relapsed</div><blockquote>Reply 1-5</blockquote>")
    [case] = db.session.scalars(db.select(FollowUp)).all()
    assert case.reason == FollowUpReason.CRISIS


def test_a_relay_retry_is_stored_once(relay):
    alumnus = make_alumnus(consent=("email",))
    first = parse_post(relay, alumnus.email, "not sure, rough week")
    again = parse_post(relay, alumnus.email, "not sure, rough week")
    assert first.status_code == again.status_code == 200
    assert len(messages()) == 1 and again.get_json()["stored"] is False
    assert len(db.session.scalars(db.select(FollowUp)).all()) == 1


def test_an_unknown_sender_waits_in_the_inbox(relay):
    parse_post(relay, "stranger@example.net", "hello?")
    [message] = messages()
    assert message.alumnus_id is None and message.from_addr == "stranger@example.net"


def test_a_post_without_a_sender_gets_400(relay):
    response = post_email(relay, {"text": "3"}, signed=False)
    assert response.status_code == 400 and messages() == []


_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=80)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(form=st.dictionaries(st.sampled_from(["from", "to", "subject", "text", "html", "headers", "envelope"]) | _text,
                            _text, max_size=7))
def test_random_inbound_parse_posts_never_get_a_5xx(relay, form):
    response = post_email(relay, form, signed=False)
    assert response.status_code in (200, 400)


def test_an_email_with_a_photo_attached_records_the_score_and_asks_a_person_to_look(relay):
    import io
    alumnus = make_alumnus(consent=("email",))
    checkin = open_checkin(alumnus)
    form = {"from": f"<{alumnus.email}>", "to": "replies@centre.example", "subject": "Re: hello", "text": "4",
            "headers": "Message-ID: <p1@mail.example>\n", "attachments": "1",
            "attachment1": (io.BytesIO(b"\xff\xd8\xff fake jpeg"), "me.jpg", "image/jpeg")}
    assert post_email(relay, form).status_code == 200
    assert db.session.get(CheckIn, checkin.id).score == 4
    [message] = messages()
    assert message.handling.startswith("Sent 1 picture (not stored here)")
    assert [c.reason for c in db.session.scalars(db.select(FollowUp))] == [FollowUpReason.UNREAD_TEXT]
