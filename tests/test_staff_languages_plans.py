"""Plans, message templates, the printed call list, the outbox's "Reply as this alumnus",
attachments from unknown senders, late referrals and the crisis alert e-mail in Marathi and
Hindi: a staff member reads each in their language (users.language), and no sentence of the
catalogue is left in English (tests/support/staff_language_walk.py)."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from alumni.core.cases import open_case
from alumni.core.centre_day import centre_today
from alumni.extensions import db
from alumni.models import (
    Channel,
    Direction,
    FollowUp,
    FollowUpReason,
    FollowUpStatus,
    Message,
    MessageTemplate,
    utcnow,
)
from alumni.plans.plans import attach_plan, ensure_default_plan
from alumni.recovery.referral_reminders import remind_overdue
from alumni.recovery.referrals import record_step, refer
from alumni.workspace.alerts import alert_on_call
from tests.support.accounts import make_user
from tests.support.delivery import console_messages_to, daytime_zone, queued_checkin
from tests.support.factories import make_alumnus
from tests.support.staff_language_walk import (
    english_left_on,
    require_compiled_catalogues,
    visible_text,
)

LANGUAGES = ["mr", "hi"]


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues():
    require_compiled_catalogues()


def _walk(app, client, pages: list[str]) -> dict[str, list[str]]:
    """Each page's English sentences (only the pages that have some)."""
    left = {}
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        if english := english_left_on(app, response.text):
            left[path] = english
    return left


@pytest.fixture
def plan_records(app):
    """The default plan with one alumnus on it (check-ins to come and one already skipped),
    a discreet alumnus to preview for, and the English check-in template."""
    with app.app_context():
        plan = ensure_default_plan()
        on_plan = make_alumnus(first_name="आशा", last_name="कुलकर्णी", language="mr",
                               discharge_date=date.today() - timedelta(days=2))
        attach_plan(on_plan, plan)
        discreet = make_alumnus(first_name="रवी", last_name="शर्मा", language="hi", discreet=True)
        db.session.commit()
        template_id = db.session.scalar(db.select(MessageTemplate.id).where(
            MessageTemplate.key == "checkin", MessageTemplate.language == "en"))
        return {"plan": plan.id, "discreet": discreet.id, "template": template_id,
                "steps": [(s.id, s.day_offset) for s in plan.steps]}


def _plan_form(steps, **changes) -> dict:
    form = {"name": "Default follow-up", "description": "", "step_count": str(len(steps))}
    for i, (step_id, day) in enumerate(steps):
        form.update({f"step-{i}-id": str(step_id), f"step-{i}-day": str(day), f"step-{i}-channel": "preferred",
                     f"step-{i}-template": "checkin", f"step-{i}-window": "48", f"step-{i}-misses": "2"})
    form.update(changes)
    return form


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_plan_editor_reads_in_the_staff_members_language(app, login_as, plan_records, language):
    admin = login_as("admin", language=language, name="सुनीता")
    assert _walk(app, admin, ["/plans/new", f"/plans/{plan_records['plan']}"]) == {}
    refused = admin.post(f"/plans/{plan_records['plan']}", data=_plan_form(
        plan_records["steps"], **{"name": "", "step-1-day": "-4", "step-2-day": "1", "step-3-window": "0",
                                  "step-3-misses": "99", "step-4-channel": "pigeon", "step-4-template": "nope"}))
    assert refused.status_code == 422
    assert english_left_on(app, refused.text) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_template_editor_and_its_preview_read_in_the_staff_members_language(app, login_as, plan_records,
                                                                                 language):
    admin = login_as("admin", language=language, name="सुनीता")
    template = f"/plans/templates/{plan_records['template']}"
    assert _walk(app, admin, ["/plans/templates/new", template]) == {}
    preview = admin.post(template, data={"body": "word " * 120, "subject": "Hi", "action": "preview",
                                         "alumnus_id": str(plan_records["discreet"])})
    assert preview.status_code == 200 and english_left_on(app, preview.text) == []
    refused = admin.post("/plans/templates/new", data={"key": "Bad Key", "language": "en", "body": "Hi",
                                                        "action": "save"})
    assert refused.status_code == 422 and english_left_on(app, refused.text) == []
    unknown = admin.post(template, data={"body": "Hi {{ phone_number }}", "action": "save"})
    assert unknown.status_code == 422 and english_left_on(app, unknown.text) == []


@pytest.fixture
def queue_records(app):
    """A crisis with words, a missed check-in case that is snoozed, and nobody contacted yet."""
    with app.app_context():
        crisis = make_alumnus(first_name="सुनीता", last_name="पाटील", language="mr")
        message = Message(direction=Direction.INBOUND, channel=Channel.SMS, alumnus_id=crisis.id,
                          from_addr=crisis.phone, to_addr="+911234", body="आज खूप त्रास होतोय")
        db.session.add(message)
        db.session.flush()
        crisis_case, _ = open_case(crisis.id, FollowUpReason.CRISIS, message_id=message.id)
        crisis_case.trigger = "त्रास"
        quiet = make_alumnus(first_name="रवी", last_name="पाटील")
        case, _ = open_case(quiet.id, FollowUpReason.MISSED)
        case.status, case.snooze_until = FollowUpStatus.SNOOZED, utcnow() + timedelta(days=2)
        db.session.commit()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_printed_call_list_reads_in_the_staff_members_language(app, login_as, language):
    admin = login_as("admin", language=language, name="सुनीता")
    assert _walk(app, admin, ["/workspace/print", "/workspace/print?reason=crisis"]) == {}, "nobody to call"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_printed_call_list_with_cases_reads_in_the_staff_members_language(app, login_as, queue_records,
                                                                               language):
    admin = login_as("admin", language=language, name="सुनीता")
    assert _walk(app, admin, ["/workspace/print", "/workspace/print?reason=crisis",
                              "/workspace/print?show=snoozed"]) == {}


@pytest.mark.parametrize(("language", "words"), [
    ("mr", ["पायरी 2, दिवस: डिस्चार्जनंतर 0 ते 3650 मधला दिवस द्या.", "नाव: योजनेला नाव द्या.",
            "यापैकी एक: त्यांचे आवडते माध्यम, SMS, WhatsApp, ईमेल."]),
    ("hi", ["क़दम 2, दिन: डिस्चार्ज के बाद 0 से 3650 के बीच का दिन दें।", "नाम: योजना को नाम दें।",
            "इनमें से एक: उनका पसंदीदा माध्यम, SMS, WhatsApp, ईमेल।"]),
])
def test_why_a_plan_was_not_saved_reads_in_the_staff_members_language(app, login_as, plan_records, language, words):
    refused = login_as("admin", language=language).post(f"/plans/{plan_records['plan']}", data=_plan_form(
        plan_records["steps"], **{"name": "", "step-1-day": "-4", "step-4-channel": "pigeon"}))
    assert refused.status_code == 422
    assert all(sentence in refused.text for sentence in words), visible_text(refused.text)


@pytest.mark.parametrize(("language", "words"), [
    ("mr", ["'phone_number' हे नाव ओळखीचे नाही. नमुन्यात फक्त हीच नावे वापरता येतात:", "599 अक्षरे, GSM-7: 4 SMS भाग",
            "रवी शर्मा (गोपनीय)", "माजी रुग्णाचे पहिले नाव."]),
    ("hi", ["'phone_number' नाम पहचाना नहीं गया। नमूने में सिर्फ़ यही नाम इस्तेमाल हो सकते हैं:",
            "599 अक्षर, GSM-7: 4 SMS हिस्से", "रवी शर्मा (गोपनीय)", "पूर्व मरीज़ का पहला नाम।"]),
])
def test_the_template_preview_and_its_problems_read_in_the_staff_members_language(app, login_as, plan_records,
                                                                                  language, words):
    admin = login_as("admin", language=language)
    template = f"/plans/templates/{plan_records['template']}"
    shown = admin.post(template, data={"body": "word " * 120, "action": "preview",
                                       "alumnus_id": str(plan_records["discreet"])}).text
    refused = admin.post(template, data={"body": "Hi {{ phone_number }}", "action": "save"}).text
    text = visible_text(shown) + visible_text(refused)
    for sentence in words:
        assert sentence in text, sentence
    live = admin.post("/plans/templates/preview", headers={"X-CSRFToken": admin.fresh_csrf_token()},
                      json={"body": "Hi {{ phone_number }}", "alumnus_id": plan_records["discreet"]}).get_json()
    assert live["problem"].startswith(words[0]) and live["who"] == words[2]
    assert admin.post("/plans/templates/preview", headers={"X-CSRFToken": admin.fresh_csrf_token()},
                      json={"body": "word " * 120}).get_json()["segment_words"] == words[1]


def test_english_readers_still_see_the_editors_in_english(app, login_as, plan_records):
    admin = login_as("admin")
    plan = admin.get(f"/plans/{plan_records['plan']}").text
    assert "Save plan" in plan and "Upcoming check-ins" in plan and "Their preferred channel" in plan
    refused = admin.post(f"/plans/{plan_records['plan']}",
                         data=_plan_form(plan_records["steps"], **{"step-1-day": "-4"}))
    assert "step 2 day: A day from 0 to 3650 after discharge." in refused.text
    template = admin.post(f"/plans/templates/{plan_records['template']}", data={
        "body": "Hi {{ phone_number }}", "action": "save", "alumnus_id": str(plan_records["discreet"])}).text
    assert "Not saved: &#39;phone_number&#39; is undefined. Templates may use only: first_name" in template
    assert "Insert a variable" in template and "The alumnus&#39;s first name." in template


@pytest.mark.parametrize(("language", "summary"), [
    ("mr", "1 उघडी केस, आधी संकटे."), ("hi", "1 खुला केस, पहले संकट।")])
def test_the_printed_call_list_counts_in_the_staff_members_language(app, login_as, queue_records, language, summary):
    page = login_as("admin", language=language).get("/workspace/print").text
    assert summary in page and f'<html lang="{language}">' in page


@pytest.fixture
def outbox_alumnus(app, run_jobs):
    """An alumnus with no email address whose check-in the console transport recorded."""
    with app.app_context():
        alumnus = make_alumnus(first_name="आशा", last_name="कुलकर्णी", email=None, timezone=daytime_zone())
        queued_checkin(alumnus)
        alumnus_id = alumnus.id
    run_jobs()
    return alumnus_id


@pytest.mark.parametrize(("language", "refusals"), [
    ("mr", {"sms": "माजी रुग्ण पाठवतील तो मेसेज लिहा.", "email": "आशा कुलकर्णी यांचा ईमेल पत्ता नोंदवलेला नाही.",
            "pigeon": "माध्यम यापैकी एक हवे: SMS, WhatsApp, ईमेल."}),
    ("hi", {"sms": "पूर्व मरीज़ जो मैसेज भेजेंगे, वह लिखें।", "email": "आशा कुलकर्णी का ईमेल पता दर्ज नहीं है।",
            "pigeon": "माध्यम इनमें से एक होना चाहिए: SMS, WhatsApp, ईमेल।"}),
])
def test_reply_as_this_alumnus_is_refused_in_the_staff_members_language(app, login_as, outbox_alumnus, language,
                                                                         refusals):
    admin = login_as("admin", language=language, name="सुनीता")
    assert _walk(app, admin, ["/outbox"]) == {}
    for channel, refusal in refusals.items():
        body = "" if channel == "sms" else "बरा आहे"
        page = admin.post(f"/outbox/reply/{outbox_alumnus}", data={"channel": channel, "body": body},
                          follow_redirects=True)
        assert refusal in page.text and english_left_on(app, page.text) == [], channel
    english = login_as("admin").post(f"/outbox/reply/{outbox_alumnus}", data={"channel": "sms", "body": " "},
                                     follow_redirects=True)
    assert "Write the text the alumnus sends." in english.text


@pytest.mark.parametrize(("language", "media"), [
    ("mr", "(2 फोटो आणि 1 व्हॉइस नोट पाठवले, इथे ठेवलेले नाही)"),
    ("hi", "(2 फ़ोटो और 1 वॉइस नोट भेजा, यहाँ सहेजा नहीं गया)"),
    ("en", "(sent 2 pictures and 1 voice note, not stored here)"),
])
def test_what_an_unknown_sender_attached_reads_in_the_staff_members_language(app, login_as, language, media):
    with app.app_context():
        db.session.add(Message(direction=Direction.INBOUND, channel=Channel.WHATSAPP, from_addr="+919811100001",
                               to_addr="+911234", body="", attachments="image/jpeg image/png audio/ogg"))
        db.session.commit()
    page = login_as("admin", language=language, name="सुनीता").get("/inbox/unknown").text
    assert media in page
    if language != "en":
        assert english_left_on(app, page) == []


@pytest.fixture
def late_referrals(app):
    """Three referrals made ten days ago and the reminder sweep after them: one still has
    no appointment, one's appointment passed with no outcome, one was booked since (its
    reminder case settled by itself)."""
    with app.app_context():
        today = centre_today()
        people = {"waiting": make_alumnus(first_name="सुरेश", last_name="जाधव", language="mr"),
                  "passed": make_alumnus(first_name="मीना", last_name="शिंदे", language="mr"),
                  "settled": make_alumnus(first_name="अनिल", last_name="पवार", language="hi")}
        referrals = {key: refer(alumnus.id, referred_to="ससून रुग्णालय", reason="पुन्हा पिणे सुरू",
                                on=today - timedelta(days=10), by=None).id for key, alumnus in people.items()}
        remind_overdue(today)
        record_step(referrals["passed"], "booked", day=today - timedelta(days=2), by=None)
        record_step(referrals["settled"], "booked", day=today + timedelta(days=5), by=None)
        cases = {key: db.session.scalar(db.select(FollowUp.id).where(
            FollowUp.alumnus_id == alumnus.id, FollowUp.reason == FollowUpReason.REFERRAL_DUE))
            for key, alumnus in people.items()}
        return {"people": {key: alumnus.id for key, alumnus in people.items()}, "referrals": referrals,
                "cases": cases, "appointment": (today - timedelta(days=2)).isoformat()}


@pytest.mark.parametrize("language", LANGUAGES)
def test_late_referrals_read_in_the_staff_members_language_wherever_staff_meet_them(app, login_as, late_referrals,
                                                                                     language):
    admin = login_as("admin", language=language, name="सुनीता")
    referrals, people, cases = late_referrals["referrals"], late_referrals["people"], late_referrals["cases"]
    assert _walk(app, admin, [
        "/recovery/referrals", "/recovery/referrals?show=all", f"/recovery/referrals/{referrals['waiting']}",
        f"/recovery/referrals/{referrals['passed']}", f"/alumni/{people['waiting']}", f"/alumni/{people['passed']}",
        f"/workspace/cases/{cases['waiting']}", f"/workspace/cases/{cases['settled']}", "/workspace/",
        "/workspace/?reason=referral_due", "/workspace/print?reason=referral_due"]) == {}


def test_a_late_referral_says_what_is_late_in_marathi(app, login_as, late_referrals):
    admin = login_as("admin", language="mr", name="सुनीता")
    referrals, people, cases = late_referrals["referrals"], late_referrals["people"], late_referrals["cases"]
    no_appointment = "रेफरलनंतर 10 दिवस झाले तरी अपॉइंटमेंट ठरलेली नाही"
    assert no_appointment in admin.get("/recovery/referrals").text
    note = f"रेफरल #{referrals['waiting']}: {no_appointment}."
    assert note in admin.get(f"/workspace/cases/{cases['waiting']}").text
    assert note in admin.get("/workspace/print?reason=referral_due").text
    passed = f"{late_referrals['appointment']} रोजीची अपॉइंटमेंट होऊन गेली, निकाल नोंदवलेला नाही"
    profile = admin.get(f"/alumni/{people['passed']}").text
    assert passed in profile and f"रेफरल #{referrals['passed']} ला उशीर: निकाल अजून बाकी" in profile
    assert "पुढची पायरी नोंदवली" in admin.get(f"/workspace/cases/{cases['settled']}").text


def test_english_readers_still_read_late_referrals_in_english(app, login_as, late_referrals):
    admin = login_as("admin")
    referral, case = late_referrals["referrals"]["waiting"], late_referrals["cases"]["waiting"]
    assert (f"Referral #{referral}: No appointment booked 10 days after the referral."
            in admin.get(f"/workspace/cases/{case}").text)
    assert "next step recorded" in admin.get(f"/workspace/cases/{late_referrals['cases']['settled']}").text


def test_the_crisis_alert_email_is_in_each_recipients_language(app_context, run_jobs):
    """Through the real path: the alert job, the worker, the console transport."""
    make_user("staff", email="marathi@example.org", phone="+919800000101", on_call=True, language="mr")
    make_user("staff", email="hindi@example.org", on_call=True, language="hi")
    make_user("staff", email="english@example.org", on_call=True)
    alumnus = make_alumnus(first_name="Asha")
    message = Message(direction=Direction.INBOUND, channel=Channel.SMS, alumnus_id=alumnus.id,
                      from_addr=alumnus.phone, body="I want to end it tonight")
    db.session.add(message)
    db.session.commit()
    case, _ = open_case(alumnus.id, FollowUpReason.CRISIS, message_id=message.id)
    db.session.commit()
    alert_on_call(case.id, message_id=message.id)
    run_jobs()
    url = f"http://localhost/workspace/cases/{case.id}"
    [marathi] = console_messages_to("marathi@example.org")
    assert marathi["subject"] == f"अति तातडीचे: Asha (#{alumnus.id}) यांच्याकडून संकटाचा मेसेज"
    assert marathi["body"].endswith(f"दखल घेण्यासाठी केस उघडा: {url}") and "धोक्यात" in marathi["body"]
    [hindi] = console_messages_to("hindi@example.org")
    assert hindi["subject"] == f"अति ज़रूरी: Asha (#{alumnus.id}) से संकट का मैसेज" and url in hindi["body"]
    [english] = console_messages_to("english@example.org")
    assert english["subject"] == f"URGENT: crisis text from Asha (#{alumnus.id})"
    [sms] = console_messages_to("+919800000101")
    assert sms["body"].startswith(f"अति तातडीचे: Asha (#{alumnus.id})"), "the SMS alert follows their language too"


def test_a_repeated_alert_about_an_unknown_number_says_nobody_has_acknowledged_it(app_context):
    from flask_babel import force_locale

    from alumni.workspace.alerts import alert_text
    case = FollowUp(alumnus_id=None, reason=FollowUpReason.CRISIS, priority=0)
    db.session.add(case)
    db.session.commit()
    with force_locale("mr"):
        subject, body = alert_text(case, reminder=True)
    assert subject == "अति तातडीचे: अनोळखी नंबरवरून संकटाचा मेसेज"
    assert "अजून कोणीही दखल घेतलेली नाही." in body
    assert alert_text(case, reminder=True)[1].startswith(
        "URGENT: a crisis text from an unknown number. Nobody has acknowledged it yet. Open the case")


# --- every sentence a service writes has its msgid -----------------------------------------

def _english_of(sentence: str) -> str:
    """A service's sentence with its {parts} as the msgid's %(parts)s."""
    return re.sub(r"\{(\w+)\}", r"%(\1)s", sentence)


def _agree(table: dict, sentences) -> None:
    assert set(table) == set(sentences)
    for sentence, words in table.items():
        assert str(words) == _english_of(sentence), sentence


def test_every_sentence_the_editors_services_write_has_its_words(app):
    from alumni.domain import message_templates as rendering
    from alumni.plans import message_templates as saving
    from alumni.plans import plan_editing
    from alumni.web.plans import editor_words
    with app.test_request_context():
        _agree(editor_words.FIELD_WORDS, plan_editing.FIELDS)
        _agree(editor_words.PLAN_PROBLEM_WORDS, plan_editing.PROBLEMS)
        _agree(editor_words.TEMPLATE_REFUSAL_WORDS, saving.REFUSALS)
        _agree(editor_words.TEMPLATE_PROBLEM_WORDS, rendering.PROBLEMS)
        assert {name: str(words) for name, words in editor_words.VARIABLE_WORDS.items()} == \
            rendering.TEMPLATE_VARIABLES


def test_every_refusal_of_reply_as_this_alumnus_has_its_words(app):
    from alumni.replies.reply_as_alumnus import REFUSALS
    from alumni.web.outbox.views import REFUSAL_WORDS
    with app.test_request_context():
        _agree(REFUSAL_WORDS, REFUSALS)


def test_every_late_referral_sentence_has_its_words(app):
    from alumni.core.case_words import RECORDED_OUTCOME_WORDS
    from alumni.domain.referrals import AWAITING_APPOINTMENT, AWAITING_OUTCOME, LATE_SENTENCES
    from alumni.recovery import referral_words_translated as words
    from alumni.recovery.referral_reminders import REMINDER_NOTE, SETTLED_OUTCOME
    with app.test_request_context():
        _agree(words.LATE_WORDS, LATE_SENTENCES)
        _agree(words.NOTE_WORDS, [REMINDER_NOTE])
        _agree(words.AWAITED_WORDS, [AWAITING_APPOINTMENT, AWAITING_OUTCOME])
        _agree(RECORDED_OUTCOME_WORDS, [SETTLED_OUTCOME])


def test_every_kind_of_attachment_has_its_words(app):
    from alumni.core.handling_words import ATTACHMENT_WORDS
    from alumni.domain.replies import ATTACHMENT_KINDS, OTHER_ATTACHMENT
    assert set(ATTACHMENT_WORDS) == {*ATTACHMENT_KINDS.values(), OTHER_ATTACHMENT}
