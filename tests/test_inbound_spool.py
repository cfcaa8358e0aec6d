"""No text is lost while the database is unavailable: the webhook answers anyway (the
helpline for a crisis), keeps the signed request in the spool (Redis, else a file), and
the replay job puts it through the normal pipeline once the database is back, once per
MessageSid.

The outage is real: a second app whose DATABASE_URL names a PostgreSQL port nobody
listens on (or a SQLite file in a folder that does not exist), sharing the test Redis and
instance folder with the working app."""
import json
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from alumni.extensions import db
from alumni.models import FollowUp, FollowUpReason, Message
from alumni.replies import inbound_spool
from alumni.replies.inbound_replay import DatabaseStillUnavailable, replay_spool
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus
from tests.support.inbound import EMAIL_TOKEN, TWILIO_TOKEN, new_sid, open_checkin, post_email, post_sms

CRISIS = "I want to end my life"
UNREACHABLE_REDIS = "redis://127.0.0.1:1/0"


@pytest.fixture(scope="module")
def unavailable_database_url(database_url, tmp_path_factory):
    if database_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path_factory.mktemp('gone') / 'no-such-folder' / 'alumni.db'}"
    return make_url(database_url).set(host="127.0.0.1", port=1).render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def down_app(make_app, migrated, unavailable_database_url):
    """The web process while its database is unavailable (Redis is up)."""
    return make_app(DATABASE_URL=unavailable_database_url, TWILIO_AUTH_TOKEN=TWILIO_TOKEN,
                    INBOUND_EMAIL_TOKEN=EMAIL_TOKEN)


@pytest.fixture(scope="module")
def all_down_app(make_app, migrated, unavailable_database_url):
    """The web process while the database and Redis are both unavailable."""
    return make_app(DATABASE_URL=unavailable_database_url, REDIS_URL=UNREACHABLE_REDIS,
                    TWILIO_AUTH_TOKEN=TWILIO_TOKEN, INBOUND_EMAIL_TOKEN=EMAIL_TOKEN)


@pytest.fixture(autouse=True)
def no_spool_file(instance_path):
    """The spool file lives in the shared instance folder: none before or after a test."""
    def remove():
        for path in Path(instance_path).glob("inbound-spool*"):
            path.unlink()
    remove()
    yield
    remove()


@pytest.fixture
def outage(app, down_app):
    with down_app.app_context():
        yield down_app.test_client()


@pytest.fixture
def total_outage(app, all_down_app):
    with all_down_app.app_context():
        yield all_down_app.test_client()


def messages(app):
    with app.app_context():
        return db.session.scalars(db.select(Message).order_by(Message.id)).all()


def crisis_cases(app):
    with app.app_context():
        return db.session.scalars(db.select(FollowUp).where(FollowUp.reason == FollowUpReason.CRISIS)).all()


def redis_spool(app) -> list[dict]:
    from alumni.redis_conn import get_redis
    with app.app_context():
        return [json.loads(raw) for raw in get_redis().lrange(inbound_spool.REDIS_KEY, 0, -1)]


def file_spool(instance_path) -> list[dict]:
    path = Path(instance_path) / inbound_spool.FILE_NAME
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def alert_recipients(app) -> list[tuple[str, str]]:
    from alumni.delivery.transports.console import recorded_messages
    from alumni.redis_conn import get_redis
    with app.app_context():
        return sorted((m["channel"], m["to"]) for m in recorded_messages(get_redis()))


def people(app):
    """An alumnus with an open check-in and an on-call staff member, in the real database."""
    with app.app_context():
        alumnus = make_alumnus()
        open_checkin(alumnus)
        on_call = make_user("staff", on_call=True, phone="+919811111111")
        return alumnus.id, alumnus.phone, on_call.phone, on_call.email


# --- answering while the database is down ------------------------------------------------------

def test_while_the_database_is_down_a_crisis_gets_the_helpline_and_an_ordinary_text_no_answer(
        app, outage):
    crisis = post_sms(outage, CRISIS, "+919876543210")
    ordinary = post_sms(outage, "4", "+919876543210")
    assert crisis.status_code == ordinary.status_code == 200
    assert crisis.mimetype == ordinary.mimetype == "application/xml"
    assert "Tele-MANAS 14416" in crisis.get_data(as_text=True)
    assert ordinary.get_data(as_text=True).endswith("<Response />")
    assert [entry["form"]["Body"] for entry in redis_spool(app)] == [CRISIS, "4"]
    assert messages(app) == []
    assert inbound_spool.health() == {"ok": False, "waiting": 2, "redis": 2, "file": 0}


def test_a_crisis_written_in_devanagari_gets_the_helpline_in_hindi(outage):
    answer = post_sms(outage, "मैं आत्महत्या के बारे में सोच रहा हूँ", "+919876543210").get_data(as_text=True)
    assert "14416" in answer and "आप अकेले नहीं हैं" in answer


def test_a_forged_signature_is_still_refused_and_nothing_is_spooled(app, outage):
    response = post_sms(outage, CRISIS, "+919876543210", signature="bm90IGEgc2lnbmF0dXJl")
    assert response.status_code == 403
    assert redis_spool(app) == []


def test_a_post_that_is_not_a_message_is_still_refused_and_nothing_is_spooled(app, outage):
    assert post_sms(outage, CRISIS, "+919876543210", MessageSid="x").status_code == 400
    assert redis_spool(app) == []


# --- replaying once the database is back --------------------------------------------------------

def test_spooled_texts_are_replayed_by_the_next_webhook_once_each_with_the_crisis_case_and_alert(
        app, signed_app, outage, run_jobs):
    alumnus_id, phone, on_call_phone, on_call_email = people(app)
    crisis_sid, ordinary_sid = new_sid(), new_sid()
    post_sms(outage, CRISIS, phone, sid=crisis_sid)
    post_sms(outage, "4", phone, sid=ordinary_sid)
    assert crisis_cases(app) == [] and alert_recipients(app) == []

    # The database is back: the next text that arrives asks a worker to replay the rest.
    with signed_app.app_context():
        assert post_sms(signed_app.test_client(), "5", phone).status_code == 200
    run_jobs()

    stored = messages(app)
    assert sorted(m.provider_id for m in stored if m.provider_id in (crisis_sid, ordinary_sid)) == sorted(
        [crisis_sid, ordinary_sid])
    assert len(stored) == 3 and all(m.alumnus_id == alumnus_id for m in stored)
    [case] = crisis_cases(app)
    assert case.alumnus_id == alumnus_id
    assert ("sms", on_call_phone) in alert_recipients(app) and ("email", on_call_email) in alert_recipients(app)
    assert redis_spool(app) == []

    # The same MessageSid again (while down, then replayed; then while up): still one row each.
    post_sms(outage, CRISIS, phone, sid=crisis_sid)
    with app.app_context():
        assert replay_spool().duplicates == 1
    with signed_app.app_context():
        post_sms(signed_app.test_client(), "4", phone, sid=ordinary_sid)
    assert len(messages(app)) == 3 and len(crisis_cases(app)) == 1 and redis_spool(app) == []


def test_the_periodic_replay_job_replays_the_spool(app, outage, run_jobs):
    from alumni.jobs import PERIODIC, enqueue
    from workers.periodic import PERIODIC_JOBS
    job = "workers.inbound_spool.replay_inbound_spool"
    assert dict(PERIODIC_JOBS)[job] == 60
    _, phone, _, _ = people(app)
    post_sms(outage, CRISIS, phone)
    with app.app_context():
        enqueue(job, queue=PERIODIC)
    run_jobs()
    assert len(messages(app)) == 1 and len(crisis_cases(app)) == 1 and redis_spool(app) == []


def test_a_replay_while_the_database_is_still_down_keeps_every_text(app, down_app, outage):
    _, phone, _, _ = people(app)
    post_sms(outage, CRISIS, phone)
    post_sms(outage, "4", phone)
    with down_app.app_context(), pytest.raises(DatabaseStillUnavailable):
        replay_spool()
    assert len(redis_spool(app)) == 2
    with app.app_context():
        report = replay_spool()
    assert (report.replayed, report.duplicates) == (2, 0)
    assert len(messages(app)) == 2 and redis_spool(app) == []


def test_a_replayed_text_is_stored_as_of_when_the_person_wrote_it(app, outage):
    from alumni.models import utcnow
    _, phone, _, _ = people(app)
    post_sms(outage, CRISIS, phone)
    written_by = utcnow()
    with app.app_context():
        replay_spool()
        message = db.session.scalars(db.select(Message)).one()
        case = db.session.scalars(db.select(FollowUp)).one()
    # The timeline shows when they wrote, not when the database came back.
    assert message.created_at <= written_by
    assert case.opened_at <= written_by


def test_a_text_already_stored_when_its_replay_runs_is_not_stored_twice(app, signed_app, outage):
    """As after a replay that committed but died before taking the text off the spool."""
    _, phone, _, _ = people(app)
    sid = new_sid()
    post_sms(outage, CRISIS, phone, sid=sid)
    with signed_app.app_context():
        post_sms(signed_app.test_client(), CRISIS, phone, sid=sid)
    with app.app_context():
        report = replay_spool()
    assert (report.replayed, report.duplicates) == (0, 1)
    assert len(messages(app)) == 1 and len(crisis_cases(app)) == 1 and redis_spool(app) == []


def test_a_spooled_email_is_answered_200_and_replayed_through_the_email_pipeline(app, outage):
    with app.app_context():
        alumnus = make_alumnus(consent=("email",))
        address, alumnus_id = alumnus.email, alumnus.id
    form = {"from": f"Asha <{address}>", "to": "replies@centre.example", "subject": "Re: check-in",
            "text": "I relapsed last night", "headers": "Message-ID: <spool-1@mail.example>\n"}
    response = post_email(outage, form)
    assert response.status_code == 200 and response.get_json()["spooled"] is True
    with app.app_context():
        assert replay_spool().replayed == 1
    [message] = messages(app)
    assert (message.channel, message.alumnus_id, message.body) == ("email", alumnus_id, "I relapsed last night")
    assert len(crisis_cases(app)) == 1


def test_an_email_on_the_deprecated_path_route_is_spooled_without_its_secret(app, outage):
    from tests.support.inbound import signed_by_sender
    form = signed_by_sender({"from": "asha@example.org", "to": "replies@centre.example",
                             "subject": "hi", "text": "4", "headers": "Message-ID: <spool-2@mail.example>\n"})
    response = outage.post(f"/webhooks/email/inbound/{EMAIL_TOKEN}", data=form, content_type="multipart/form-data")
    assert response.status_code == 200 and response.get_json()["spooled"] is True
    [entry] = redis_spool(app)
    assert EMAIL_TOKEN not in json.dumps(entry)


# --- Redis down too: the file spool --------------------------------------------------------------

def test_with_redis_down_too_the_text_goes_to_a_private_file_and_is_replayed(
        app, total_outage, instance_path, run_jobs):
    _, phone, on_call_phone, _ = people(app)
    sid = new_sid()
    response = post_sms(total_outage, CRISIS, phone, sid=sid)
    assert response.status_code == 200 and "14416" in response.get_data(as_text=True)

    path = Path(instance_path) / inbound_spool.FILE_NAME
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert [entry["form"]["MessageSid"] for entry in file_spool(instance_path)] == [sid]
    assert redis_spool(app) == []
    with app.app_context():
        assert inbound_spool.health()["waiting"] == 1

    with app.app_context():
        report = replay_spool()
    assert report.replayed == 1
    [message] = messages(app)
    assert message.provider_id == sid and len(crisis_cases(app)) == 1
    assert list(Path(instance_path).glob("inbound-spool*")) == []
    run_jobs()
    assert ("sms", on_call_phone) in alert_recipients(app)


def test_a_file_left_by_an_interrupted_replay_is_replayed_and_new_texts_are_kept_beside_it(
        app, total_outage, instance_path):
    _, phone, _, _ = people(app)
    first, second = new_sid(), new_sid()
    post_sms(total_outage, CRISIS, phone, sid=first)
    with app.app_context():
        inbound_spool.files_to_replay()   # the replay took the file, then its process died
    post_sms(total_outage, "4", phone, sid=second)
    assert [entry["form"]["MessageSid"] for entry in file_spool(instance_path)] == [second]
    with app.app_context():
        report = replay_spool()
    assert report.replayed == 2
    assert sorted(m.provider_id for m in messages(app)) == sorted([first, second])
    assert file_spool(instance_path) == []


def test_a_file_replay_stopped_by_the_database_puts_every_text_back(app, down_app, total_outage, instance_path):
    _, phone, _, _ = people(app)
    post_sms(total_outage, CRISIS, phone)
    post_sms(total_outage, "4", phone)
    # Redis is back, the database is not.
    with down_app.app_context(), pytest.raises(DatabaseStillUnavailable):
        replay_spool()
    assert len(file_spool(instance_path)) == 2
    with app.app_context():
        assert replay_spool().replayed == 2
    assert len(messages(app)) == 2 and file_spool(instance_path) == []


def test_the_log_says_a_text_was_spooled_and_replayed_without_its_number_or_words(app, outage, caplog):
    import logging
    # Alembic's fileConfig (the session's migrations) disables loggers that existed then.
    for name in ("alumni.webhooks.spooling", "alumni.replies.inbound_replay"):
        logging.getLogger(name).disabled = False
    _, phone, _, _ = people(app)
    caplog.set_level(logging.INFO)
    post_sms(outage, CRISIS, phone)
    with app.app_context():
        replay_spool()
    lines = [record.getMessage() for record in caplog.records]
    assert any("spooled to redis" in line and "OperationalError" in line for line in lines)
    assert any("replayed as message" in line for line in lines)
    digits = phone.lstrip("+")
    assert not any(digits[-8:] in line or "end my life" in line for line in lines)


def test_no_line_is_lost_when_web_processes_append_while_the_replay_moves_files_aside(app_context, instance_path):
    import threading
    path = Path(instance_path) / inbound_spool.FILE_NAME
    writers, per_writer = 4, 150
    done = threading.Event()

    def write(writer: int) -> None:
        for n in range(per_writer):
            inbound_spool.append_to_file(path, json.dumps({"writer": writer, "n": n}))

    threads = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
    for thread in threads:
        thread.start()
    read: list[str] = []
    while not done.is_set():
        done_writing = not any(thread.is_alive() for thread in threads)
        for aside in inbound_spool.files_to_replay():
            read.extend(inbound_spool.read_file_lines(aside))
            inbound_spool.delete_aside(aside)
        if done_writing:
            done.set()
    assert sorted(read) == sorted(json.dumps({"writer": w, "n": n}) for w in range(writers) for n in range(per_writer))


def test_healthz_counts_the_texts_waiting_without_failing(app, outage):
    _, phone, _, _ = people(app)
    post_sms(outage, CRISIS, phone)
    response = app.test_client().get("/healthz")
    assert response.json["inbound_spool"]["waiting"] == 1
    assert response.json["inbound_spool"]["ok"] is False
    with app.app_context():
        replay_spool()
    assert app.test_client().get("/healthz").json["inbound_spool"] == {"ok": True, "waiting": 0, "redis": 0, "file": 0}
