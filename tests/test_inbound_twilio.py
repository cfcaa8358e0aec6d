"""Inbound SMS and WhatsApp through the real webhook: signatures, replays, keywords,
scores, crises, unknown senders, and a fuzz of random form bodies."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alumni.domain.keywords import KEYWORDS_BY_LANGUAGE, Keyword
from alumni.extensions import db
from alumni.models import AuditEvent, CheckIn, CheckInStatus, Consent, FollowUp, FollowUpReason, Message
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus
from tests.support.inbound import TWILIO_TOKEN, new_sid, open_checkin, post_sms, sign


@pytest.fixture(scope="module")
def signed_app(make_app, migrated):
    return make_app(TWILIO_AUTH_TOKEN=TWILIO_TOKEN, CENTRE_CONTACT="+91 20 5555 0100")


def rows(model):
    return db.session.scalars(db.select(model)).all()


def cases(reason=None):
    query = db.select(FollowUp)
    if reason:
        query = query.where(FollowUp.reason == reason)
    return db.session.scalars(query).all()


def consent_rows(alumnus_id, channel):
    return db.session.scalars(db.select(Consent).where(Consent.alumnus_id == alumnus_id,
                                                       Consent.channel == channel).order_by(Consent.id)).all()


# --- signatures ---------------------------------------------------------------------------

def test_a_forged_signature_gets_403_and_stores_nothing(sms):
    alumnus = make_alumnus()
    response = post_sms(sms, "STOP", alumnus.phone, signature="bm90IGEgc2lnbmF0dXJl")
    assert response.status_code == 403
    assert rows(Message) == [] and len(consent_rows(alumnus.id, "sms")) == 1


def test_a_missing_signature_or_another_accounts_token_gets_403(sms):
    alumnus = make_alumnus()
    assert sms.post("/webhooks/twilio/sms", data={"MessageSid": new_sid(), "From": alumnus.phone,
                                                  "Body": "3"}).status_code == 403
    assert post_sms(sms, "3", alumnus.phone, token="someone-elses-token").status_code == 403
    assert rows(Message) == []


def test_signature_is_checked_against_the_public_address_not_the_proxy_hop(sms):
    alumnus = make_alumnus()
    params = {"MessageSid": new_sid(), "From": alumnus.phone, "To": "+15005550006", "Body": "4"}
    signature = sign(params)   # Twilio signs http://localhost/... (PUBLIC_BASE_URL)
    behind_proxy = sms.post("/webhooks/twilio/sms", data=params, base_url="http://10.0.0.7:8000",
                            headers={"X-Twilio-Signature": signature})
    assert behind_proxy.status_code == 200
    wrong_host = dict(params, MessageSid=new_sid())
    forged = sms.post("/webhooks/twilio/sms", data=wrong_host, headers={
        "X-Twilio-Signature": sign(wrong_host, base="http://10.0.0.7:8000")})
    assert forged.status_code == 403


def test_a_replayed_message_sid_stores_one_row_and_answers_the_same(sms):
    alumnus = make_alumnus()
    open_checkin(alumnus)
    sid = new_sid()
    first = post_sms(sms, "2", alumnus.phone, sid=sid)
    again = post_sms(sms, "2", alumnus.phone, sid=sid)
    assert first.status_code == again.status_code == 200
    assert again.get_data() == first.get_data() and b"Thank you" in first.get_data()
    assert len(rows(Message)) == 1
    assert len(cases(FollowUpReason.LOW_SCORE)) == 1
    assert db.session.scalar(db.select(db.func.count(AuditEvent.id)).where(
        AuditEvent.action == "message.received")) == 1


@pytest.mark.parametrize("form", [
    {"From": "+919000000001", "Body": "3"},                          # no MessageSid
    {"MessageSid": new_sid(), "Body": "3"},                          # no sender
    {"MessageSid": "SM'; DROP TABLE messages;--", "From": "+1", "Body": "3"},
    {"MessageSid": "SM" + "a" * 80, "From": "+919000000001"},        # too long for a sid
])
def test_malformed_bodies_get_400_and_store_nothing(sms, form):
    response = sms.post("/webhooks/twilio/sms", data=form, headers={"X-Twilio-Signature": sign(form)})
    assert response.status_code == 400
    assert rows(Message) == []


_field = st.text(alphabet=st.characters(codec="utf-8"), max_size=60)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(form=st.dictionaries(st.sampled_from(["MessageSid", "From", "To", "Body", "NumMedia", "SmsSid",
                                             "AccountSid", "WaId", "x"]) | _field, _field, max_size=7),
       use_sid=st.booleans())
def test_random_signed_form_bodies_never_get_a_5xx(sms, form, use_sid):
    if use_sid:
        form["MessageSid"] = new_sid()
    response = sms.post("/webhooks/twilio/sms", data=form, headers={"X-Twilio-Signature": sign(form)})
    assert response.status_code in (200, 400), response.get_data(as_text=True)[:300]
    unsigned = sms.post("/webhooks/twilio/sms", data=form)
    assert unsigned.status_code == 403


# --- compliance keywords --------------------------------------------------------------------

STOP_WORDS = [(language, word) for language, by_keyword in KEYWORDS_BY_LANGUAGE.items()
              for word in by_keyword[Keyword.STOP]]


@pytest.mark.parametrize("language,word", STOP_WORDS, ids=[f"{language}-{word}" for language, word in STOP_WORDS])
def test_stop_in_every_language_revokes_consent_first_and_only_confirms(sms, language, word):
    alumnus = make_alumnus(language=language)
    checkin = open_checkin(alumnus)
    response = post_sms(sms, word.upper(), alumnus.phone)
    assert response.status_code == 200
    latest = consent_rows(alumnus.id, "sms")[-1]
    assert latest.granted is False and latest.source == "keyword"
    assert response.get_data(as_text=True).count("<Message>") == 1
    assert "START" in response.get_data(as_text=True)
    assert cases() == []
    assert db.session.get(CheckIn, checkin.id).status == CheckInStatus.SENT   # nothing after STOP
    message = rows(Message)[0]
    assert "stopped" in message.handling and message.alumnus_id == alumnus.id


@pytest.mark.parametrize("word", ["START", "unstop", "शुरू", "सुरू करा", "chalu"])
def test_start_restores_consent(sms, word):
    alumnus = make_alumnus(consent=())
    response = post_sms(sms, word, alumnus.phone)
    assert consent_rows(alumnus.id, "sms")[-1].granted is True
    assert consent_rows(alumnus.id, "sms")[-1].source == "keyword"
    assert "Sunrise Recovery Centre" in response.get_data(as_text=True)


@pytest.mark.parametrize("word,language", [("HELP", "en"), ("info", "en"), ("मदद", "hi"), ("माहिती", "mr")])
def test_help_and_info_answer_with_the_centre_name_and_contact(sms, word, language):
    alumnus = make_alumnus(language=language)
    body = post_sms(sms, word, alumnus.phone).get_data(as_text=True)
    assert "Sunrise Recovery Centre" in body and "+91 20 5555 0100" in body


def test_help_also_asks_a_person_to_call_back(sms):
    alumnus = make_alumnus()
    post_sms(sms, "HELP", alumnus.phone)
    assert [c.reason for c in cases()] == [FollowUpReason.CALLBACK]


def test_whatsapp_stop_revokes_whatsapp_consent_not_sms(sms):
    alumnus = make_alumnus(consent=("sms", "whatsapp"))
    post_sms(sms, "stop", f"whatsapp:{alumnus.phone}", To="whatsapp:+15005550006")
    assert consent_rows(alumnus.id, "whatsapp")[-1].granted is False
    assert consent_rows(alumnus.id, "sms")[-1].granted is True
    assert rows(Message)[0].channel == "whatsapp" and rows(Message)[0].from_addr == alumnus.phone


# --- scores and cases -------------------------------------------------------------------------

@pytest.mark.parametrize("text,language,score", [("4", "en", 4), ("४", "hi", 4), ("char", "hi", 4),
                                                 ("चार", "mr", 4), ("four", "en", 4), ("5/5", "en", 5),
                                                 ("पाच", "mr", 5), ("teen", "mr", 3)])
def test_a_score_in_any_form_marks_the_checkin_replied_and_thanks_in_their_language(sms, text, language, score):
    alumnus = make_alumnus(language=language)
    checkin = open_checkin(alumnus)
    body = post_sms(sms, text, alumnus.phone).get_data(as_text=True)
    checkin = db.session.get(CheckIn, checkin.id)
    assert checkin.status == CheckInStatus.REPLIED and checkin.score == score and checkin.replied_at
    assert cases() == []
    thanks = {"en": "Thank you", "hi": "धन्यवाद", "mr": "धन्यवाद"}[language]
    assert thanks in body
    assert rows(Message)[0].checkin_id == checkin.id


@pytest.mark.parametrize("text", ["1", "2", "do", "दो"])
def test_a_score_of_one_or_two_opens_a_low_score_case(sms, text):
    alumnus = make_alumnus(language="hi")
    checkin = open_checkin(alumnus)
    post_sms(sms, text, alumnus.phone)
    [case] = cases()
    assert case.reason == FollowUpReason.LOW_SCORE and case.checkin_id == checkin.id
    assert case.message_id == rows(Message)[0].id


def test_a_score_with_more_words_records_the_score_and_a_person_reads_the_rest(sms):
    alumnus = make_alumnus()
    checkin = open_checkin(alumnus)
    post_sms(sms, "4 but my brother moved out", alumnus.phone)
    assert db.session.get(CheckIn, checkin.id).score == 4
    assert [c.reason for c in cases()] == [FollowUpReason.UNREAD_TEXT]


def test_a_reply_attaches_to_the_most_recent_open_checkin_within_its_window(sms):
    alumnus = make_alumnus()
    older = open_checkin(alumnus, hours_ago=30)
    newer = open_checkin(alumnus, hours_ago=2)
    expired = open_checkin(alumnus, hours_ago=1, window=0)
    post_sms(sms, "5", alumnus.phone)
    assert db.session.get(CheckIn, newer.id).score == 5
    assert db.session.get(CheckIn, older.id).status == CheckInStatus.SENT
    assert db.session.get(CheckIn, expired.id).status == CheckInStatus.SENT


def test_a_score_with_no_open_checkin_reaches_a_person(sms):
    alumnus = make_alumnus()
    open_checkin(alumnus, hours_ago=100, window=48)
    post_sms(sms, "3", alumnus.phone)
    assert [c.reason for c in cases()] == [FollowUpReason.UNREAD_TEXT]


def test_a_picture_with_a_score_records_the_score_and_asks_a_person_to_look(sms):
    alumnus = make_alumnus()
    checkin = open_checkin(alumnus)
    post_sms(sms, "4", alumnus.phone, NumMedia="2", MediaContentType0="image/jpeg",
             MediaUrl0="https://api.twilio.com/media/ME1", MediaContentType1="audio/ogg",
             MediaUrl1="https://api.twilio.com/media/ME2")
    assert db.session.get(CheckIn, checkin.id).score == 4
    [case] = cases()
    assert case.reason == FollowUpReason.UNREAD_TEXT
    [message] = rows(Message)
    assert message.body == "4"
    assert message.handling.startswith("Sent 1 picture and 1 voice note (not stored here)")


def test_a_picture_alone_reaches_a_person_and_says_so_on_the_timeline(sms):
    alumnus = make_alumnus()
    post_sms(sms, "", alumnus.phone, NumMedia="1", MediaContentType0="image/png", MediaUrl0="https://x/ME1")
    assert [c.reason for c in cases()] == [FollowUpReason.UNREAD_TEXT]
    assert "Sent 1 picture" in rows(Message)[0].handling


def test_stop_with_a_picture_is_still_a_stop(sms):
    alumnus = make_alumnus()
    post_sms(sms, "STOP", alumnus.phone, NumMedia="1", MediaContentType0="image/jpeg", MediaUrl0="https://x/ME1")
    assert consent_rows(alumnus.id, "sms")[-1].granted is False
    assert cases() == []


@pytest.mark.parametrize("count", ["abc", "-3", "999999"])
def test_a_nonsense_media_count_is_not_an_error(sms, count):
    alumnus = make_alumnus()
    checkin = open_checkin(alumnus)
    assert post_sms(sms, "5", alumnus.phone, NumMedia=count).status_code == 200
    assert db.session.get(CheckIn, checkin.id).score == 5
    assert cases() == []  # a count with no media behind it is no attachment


@pytest.mark.parametrize("text", ["CALL", "please call me", "मला फोन करा", "baat karni hai"])
def test_call_opens_a_callback_case(sms, text):
    alumnus = make_alumnus()
    body = post_sms(sms, text, alumnus.phone).get_data(as_text=True)
    assert [c.reason for c in cases()] == [FollowUpReason.CALLBACK]
    assert "call you" in body


@pytest.mark.parametrize("text", ["who is this?", "thanks", "", "not sure how I feel", "kuch theek nahi"])
def test_anything_not_understood_opens_an_unread_text_case(sms, text):
    alumnus = make_alumnus()
    post_sms(sms, text, alumnus.phone)
    [case] = cases()
    assert case.reason == FollowUpReason.UNREAD_TEXT and case.message_id == rows(Message)[0].id


# --- crisis -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,language", [("5. I want to die", "en"), ("I relapsed last night", "en"),
                                           ("मैं आत्महत्या के बारे में सोच रहा हूँ", "hi"),
                                           ("mujhe marna chahta hun", "hi"), ("मला मरायचं आहे", "mr"),
                                           ("punha daru pyaylo", "mr"), ("took too many pills", "en")])
def test_a_crisis_opens_a_top_priority_case_answers_with_the_helpline_and_alerts_on_call_staff(
        sms, run_jobs, text, language):
    from alumni.delivery.transports.console import recorded_messages
    from alumni.redis_conn import get_redis
    on_call = make_user("staff", on_call=True, phone="+919811111111")
    make_user("staff", on_call=False, phone="+919822222222")
    alumnus = make_alumnus(language=language)
    open_checkin(alumnus)
    body = post_sms(sms, text, alumnus.phone).get_data(as_text=True)
    [case] = cases(FollowUpReason.CRISIS)
    assert case.priority == 0
    assert "14416" in body
    run_jobs()
    sent = recorded_messages(get_redis())
    assert sorted((m["channel"], m["to"]) for m in sent) == [("email", on_call.email), ("sms", on_call.phone)]
    assert all("URGENT" in m["body"] and text not in m["body"] for m in sent)
    db.session.expire_all()
    assert db.session.get(FollowUp, case.id).last_alert_at is not None


def test_alert_jobs_carry_no_phone_numbers(sms):
    from alumni.jobs import get_queue
    make_user("staff", on_call=True, phone="+919811111111")
    alumnus = make_alumnus()
    post_sms(sms, "I want to end my life", alumnus.phone)
    jobs = get_queue("alerts").get_jobs()
    assert len(jobs) == 2
    assert all("+91" not in repr(job.args) for job in jobs)


# --- unknown senders and the timeline ---------------------------------------------------------

def test_an_unknown_sender_is_stored_for_the_inbox_with_no_answer(sms):
    # (A crisis from an unknown sender is answered: tests/test_safety_net_inbound.py.)
    response = post_sms(sms, "hi, is this the centre? who is this", "+919876500000")
    assert response.status_code == 200 and "<Message>" not in response.get_data(as_text=True)
    [message] = rows(Message)
    assert message.alumnus_id is None and "unknown" in message.handling.lower()
    assert cases() == []


def test_every_inbound_message_is_on_the_timeline_with_what_was_done(sms):
    from alumni.core.timeline import build_timeline
    alumnus = make_alumnus()
    open_checkin(alumnus)
    post_sms(sms, "2", alumnus.phone)
    entries = [e for e in build_timeline(alumnus) if "Reply received" in e.title]
    assert len(entries) == 1
    assert "Score 2 recorded" in entries[0].detail and "low-score case" in entries[0].detail


def test_a_discreet_alumnus_is_never_sent_the_centre_name(sms):
    alumnus = make_alumnus(discreet=True)
    for word in ("STOP", "START", "HELP"):
        assert "Sunrise" not in post_sms(sms, word, alumnus.phone).get_data(as_text=True)


def test_no_alert_goes_out_once_someone_has_acknowledged_or_resolved_the_case(sms, run_jobs):
    from alumni.delivery.transports.console import recorded_messages
    from alumni.models import utcnow
    from alumni.redis_conn import get_redis
    make_user("staff", on_call=True, phone="+919811111111")
    alumnus = make_alumnus()
    post_sms(sms, "I want to die", alumnus.phone)
    [case] = cases(FollowUpReason.CRISIS)
    case.acknowledged_at = utcnow()
    db.session.commit()
    run_jobs()
    assert recorded_messages(get_redis()) == []
