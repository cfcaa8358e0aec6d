"""Texts from an alumnus's supporters through the real signed webhook and the real inbound
pipeline: recognised as that supporter (not an unknown sender), on the alumnus's timeline,
scanned for crisis (a third-party crisis case, the on-call alert through a real RQ worker,
the helpline to the supporter in their language), CONCERN, STOP, and one number that
supports two alumni."""
import pytest

from alumni.core.timeline import build_timeline
from alumni.extensions import db
from alumni.models import AuditEvent, FollowUp, FollowUpReason, FollowUpStatus, Message, Supporter
from alumni.replies.unknown_senders import unknown_messages_query
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus
from tests.support.inbound import TWILIO_TOKEN, post_sms

MOTHER = "+919822000111"


@pytest.fixture(scope="module")
def signed_app(make_app, migrated):
    return make_app(TWILIO_AUTH_TOKEN=TWILIO_TOKEN, CENTRE_CONTACT="+91 20 5555 0100")


def with_supporter(phone=MOTHER, name="Sunita Patil", relation="mother", **fields):
    alumnus = make_alumnus(**fields)
    db.session.add(Supporter(alumnus_id=alumnus.id, name=name, relation=relation, phone=phone, may_contact=True))
    db.session.commit()
    return alumnus


def cases_of(alumnus_id, reason=None):
    db.session.expire_all()
    query = db.select(FollowUp).where(FollowUp.alumnus_id == alumnus_id)
    if reason:
        query = query.where(FollowUp.reason == reason)
    return db.session.scalars(query.order_by(FollowUp.id)).all()


def only_message() -> Message:
    db.session.expire_all()
    [message] = db.session.scalars(db.select(Message).where(Message.direction == "inbound")).all()
    return message


def test_a_supporters_text_is_stored_against_the_alumnus_and_shown_as_from_them(sms):
    alumnus = with_supporter()
    response = post_sms(sms, "He has not been home for two days", MOTHER)
    assert response.status_code == 200
    message = only_message()
    assert message.alumnus_id == alumnus.id and message.supporter_id is not None
    assert "Sunita Patil (mother), a supporter" in message.handling
    assert db.session.scalars(unknown_messages_query()).all() == []   # not in the unknown-senders inbox
    [entry] = [e for e in build_timeline(alumnus) if e.kind == "message"]
    assert entry.title == "Text from Sunita Patil (mother) by SMS"
    assert "not been home" in entry.detail
    [case] = cases_of(alumnus.id)
    assert case.reason == FollowUpReason.UNREAD_TEXT and case.message_id == message.id
    assert "read" in response.get_data(as_text=True).lower()
    assert db.session.scalar(db.select(AuditEvent).where(AuditEvent.action == "message.received",
                                                         AuditEvent.alumnus_id == alumnus.id)) is not None


@pytest.mark.parametrize("text,helpline_language_word", [
    ("My son says he wants to kill himself", "alone"),
    ("मेरा बेटा कह रहा है कि वह आत्महत्या कर लेगा", "अकेले"),
])
def test_a_crisis_from_a_supporter_is_a_crisis_case_for_the_alumnus_alerted_and_answered(
        sms, run_jobs, text, helpline_language_word):
    from alumni.delivery.transports.console import recorded_messages
    from alumni.redis_conn import get_redis
    on_call = make_user("staff", on_call=True, phone="+919811111111")
    alumnus = with_supporter()
    answer = post_sms(sms, text, MOTHER).get_data(as_text=True)
    assert "14416" in answer and helpline_language_word in answer   # the helpline, in the writer's language
    [case] = cases_of(alumnus.id, FollowUpReason.CRISIS)
    assert case.priority == 0 and "about someone else" in case.trigger
    assert "Sunita Patil (mother)" in case.note
    run_jobs()
    sent = recorded_messages(get_redis())
    assert sorted((m["channel"], m["to"]) for m in sent) == [("email", on_call.email), ("sms", on_call.phone)]
    db.session.expire_all()
    assert db.session.get(FollowUp, case.id).last_alert_at is not None


def test_a_second_crisis_from_a_supporter_puts_the_acknowledged_case_back_on_top(sms):
    alumnus = with_supporter()
    post_sms(sms, "he took too many pills", MOTHER)
    [case] = cases_of(alumnus.id, FollowUpReason.CRISIS)
    case.acknowledged_at = case.opened_at
    db.session.commit()
    post_sms(sms, "he took too many pills again, not waking up", MOTHER)
    [again] = cases_of(alumnus.id, FollowUpReason.CRISIS)
    assert again.id == case.id and again.acknowledged_at is None


@pytest.mark.parametrize("word,language_word", [("CONCERN", "Thank you"), ("चिंता", "धन्यवाद"),
                                                 ("chinta", "Thank you"), ("काळजी", "धन्यवाद"),
                                                 ("Kalji", "Thank you")])
def test_concern_from_a_supporter_opens_a_case_for_the_alumnus_and_is_acknowledged(sms, word, language_word):
    alumnus = with_supporter()
    answer = post_sms(sms, word, MOTHER).get_data(as_text=True)
    assert language_word in answer
    [case] = cases_of(alumnus.id)
    assert case.reason == FollowUpReason.CALLBACK and case.status == FollowUpStatus.OPEN
    assert "Raised by Sunita Patil (mother)" in case.note
    assert "CONCERN" in only_message().handling


def test_concern_from_an_alumnus_is_still_free_text_a_person_reads(sms):
    alumnus = make_alumnus()
    post_sms(sms, "चिंता", alumnus.phone)
    [case] = cases_of(alumnus.id)
    assert case.reason == FollowUpReason.UNREAD_TEXT


def test_stop_from_a_supporter_stops_texts_to_them_and_changes_nothing_of_the_alumnus(sms):
    alumnus = with_supporter()
    answer = post_sms(sms, "STOP", MOTHER).get_data(as_text=True)
    assert "no more messages" in answer
    db.session.expire_all()
    [supporter] = db.session.scalars(db.select(Supporter)).all()
    assert supporter.may_contact is False
    assert cases_of(alumnus.id) == []
    assert alumnus.current_consent("sms")


def test_a_number_that_supports_two_alumni_opens_a_case_on_each(sms, run_jobs):
    make_user("staff", on_call=True, phone="+919811111111")
    first = with_supporter(first_name="Ravi")
    second = with_supporter(first_name="Amit")
    post_sms(sms, "I found pills and a note, I think he wants to die", MOTHER)
    message = only_message()
    assert message.alumnus_id == second.id   # the newest supporter row
    for alumnus, other in ((first, "Amit"), (second, "Ravi")):
        [case] = cases_of(alumnus.id, FollowUpReason.CRISIS)
        assert case.message_id == message.id and other in case.note and "check whom" in case.note
    assert "a case on each" in message.handling


def test_a_supporter_of_an_erased_record_is_an_unknown_sender(sms):
    from alumni.records.erasure import erase_alumnus
    alumnus = with_supporter()
    erase_alumnus(alumnus)
    post_sms(sms, "hello?", MOTHER)
    message = only_message()
    assert message.alumnus_id is None and message.supporter_id is None


def test_a_replayed_supporter_text_is_stored_once_and_answered_the_same(sms):
    alumnus = with_supporter()
    first = post_sms(sms, "CONCERN", MOTHER, sid="SM" + "a" * 32).get_data(as_text=True)
    again = post_sms(sms, "CONCERN", MOTHER, sid="SM" + "a" * 32).get_data(as_text=True)
    assert first == again
    only_message()
    assert len(cases_of(alumnus.id)) == 1


def test_removing_a_supporter_keeps_their_text_on_the_timeline(sms):
    from alumni.records.supporters import remove_supporter
    alumnus = with_supporter()
    post_sms(sms, "CONCERN", MOTHER)
    supporter = db.session.scalar(db.select(Supporter))
    remove_supporter(alumnus, supporter.id)
    message = only_message()
    assert message.alumnus_id == alumnus.id and message.supporter_id is None
    assert "Sunita Patil (mother)" in message.handling
