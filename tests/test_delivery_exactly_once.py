"""The assumptions that keep a check-in to exactly one text, written down as tests:

- Looking up an attempt that may have gone out does not need Twilio to echo the body byte
  for byte: a messaging service's Smart Encoding changes characters (curly quotes, long
  dashes), and the lookup matches on number, sender and send window, comparing bodies after
  the same fold.
- Another sender's identical text to the same number is not taken for our attempt.
- The sweeper moves a stale `sending` row by a conditional UPDATE on that attempt: a send
  finishing while the sweeper decides is not overwritten and sent again."""
from __future__ import annotations

import threading
import time
from datetime import timedelta

from sqlalchemy import text

from alumni.extensions import db
from alumni.models import Channel, CheckIn, CheckInStatus, Direction, Message, utcnow
from tests.support.delivery import build_sending_app, queued_checkin, run_jobs_in
from tests.support.factories import make_alumnus
from tests.support.twilio_double import twilio_double  # noqa: F401  (fixture)


def _status(app, checkin_id):
    with app.app_context():
        return db.session.get(CheckIn, checkin_id).status


def _send_once_timing_out(app, checkin_id):
    with app.app_context():
        from alumni.delivery.sender import Outcome, send_checkin_now
        assert send_checkin_now(checkin_id) == Outcome.RETRY


def test_a_smart_encoded_body_is_recognised_and_not_sent_again(make_app, app, twilio_double):  # noqa: F811
    sending_app = build_sending_app(make_app, twilio_double, TWILIO_TIMEOUT_SECONDS=1)
    twilio_double.behaviour.smart_encoding = True
    twilio_double.hold_requests(accept_before_hold=True)  # accepted, then no answer in time
    with sending_app.app_context():
        checkin_id = queued_checkin(make_alumnus(first_name="D\u2019Souza \u2014 Ren\u00e9e")).id
    _send_once_timing_out(sending_app, checkin_id)
    twilio_double.release()
    run_jobs_in(sending_app)

    [accepted] = twilio_double.created
    assert "D'Souza - Ren" in accepted.body  # Twilio's copy differs from what we sent
    assert len(twilio_double.creates()) == 1, "the lookup found the first attempt: no second text"
    assert _status(sending_app, checkin_id) == CheckInStatus.SENT
    with sending_app.app_context():
        message = db.session.scalar(db.select(Message).where(Message.checkin_id == checkin_id))
        assert message.provider_id == accepted.sid


def test_the_same_text_from_another_sender_is_not_taken_for_our_attempt(make_app, app, twilio_double):  # noqa: F811
    sending_app = build_sending_app(make_app, twilio_double, TWILIO_TIMEOUT_SECONDS=1)
    twilio_double.hold_requests(accept_before_hold=False)  # our attempt never reached Twilio
    with sending_app.app_context():
        alumnus = make_alumnus()
        checkin_id, phone = queued_checkin(alumnus).id, alumnus.phone
    _send_once_timing_out(sending_app, checkin_id)
    twilio_double.release()
    body = twilio_double.creates()[0].form["Body"]
    # Another number on the same account texted the same words (a second programme, say).
    twilio_double._accept({"To": phone, "From": "+15005550099", "Body": body})
    run_jobs_in(sending_app)

    ours = [m for m in twilio_double.messages_to(phone) if m.from_ == "+15005550006"]
    assert len(ours) == 1, "our check-in was sent, not mistaken for the other sender's text"
    assert _status(sending_app, checkin_id) == CheckInStatus.SENT


def test_a_send_finishing_while_the_sweeper_decides_is_not_requeued(make_app, app, twilio_double):  # noqa: F811
    sending_app = build_sending_app(make_app, twilio_double)
    started = utcnow() - timedelta(hours=1)
    with sending_app.app_context():
        alumnus = make_alumnus(consent=(Channel.SMS,))
        checkin = queued_checkin(alumnus, enqueue=False)
        checkin.status, checkin.attempts, checkin.sending_started_at = CheckInStatus.SENDING, 1, started
        db.session.add(Message(direction=Direction.OUTBOUND, channel="sms", checkin_id=checkin.id,
                               alumnus_id=alumnus.id, to_addr=alumnus.phone, body="Hello",
                               provider_status="pending", created_at=started))
        db.session.commit()
        checkin_id = checkin.id

        # The worker that was sending it finishes now: its UPDATE is made, not yet committed.
        late_worker = db.engine.connect()
        late_worker.execute(text("UPDATE checkins SET status = 'sent' WHERE id = :id"), {"id": checkin_id})

    reports = []

    def sweep():
        with sending_app.app_context():
            from alumni.delivery.reconcile import reconcile_stale_sending
            reports.append(reconcile_stale_sending())

    sweeper = threading.Thread(target=sweep)
    sweeper.start()
    time.sleep(2)  # the sweeper has asked Twilio (nothing found) and waits on the row
    late_worker.commit()
    late_worker.close()
    sweeper.join(timeout=60)

    assert reports and reports[0].requeued == 0
    assert _status(sending_app, checkin_id) == CheckInStatus.SENT
    run_jobs_in(sending_app)
    assert twilio_double.creates() == [], "nothing was sent again"
