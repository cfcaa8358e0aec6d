"""What was still English on staff screens after the first translations, in Marathi and Hindi:
the crisis alert by SMS, what was done with a reply (its "handling"), a group message's
audience, the peer timeline, the closer-plan refusal, e-mail address errors, a meeting's
cohorts and WTForms' own messages. No sentence of the catalogue is left in English
(tests/support/staff_language_walk.py), and English readers read what they read before."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import Channel, Direction, FollowUpReason, Message
from alumni.workspace.alerts import alert_on_call
from tests.conftest import ROOT
from tests.support.accounts import make_user
from tests.support.delivery import console_messages_to
from tests.support.factories import make_alumnus
from tests.support.staff_language_walk import (
    english_left_on,
    require_compiled_catalogues,
    untranslated_on,
    visible_text,
)

LANGUAGES = ["mr", "hi"]


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues():
    require_compiled_catalogues()


# --- 1. the crisis alert by SMS ---------------------------------------------------------

def _crisis_alert_sent(first_name: str) -> tuple[int, int]:
    """A crisis text from an alumnus, alerted through the real path (the alert job on the
    worker, the console transport); (alumnus id, case id)."""
    alumnus = make_alumnus(first_name=first_name)
    message = Message(direction=Direction.INBOUND, channel=Channel.SMS, alumnus_id=alumnus.id,
                      from_addr=alumnus.phone, body="I want to end it tonight")
    db.session.add(message)
    db.session.commit()
    case, _ = open_case(alumnus.id, FollowUpReason.CRISIS, message_id=message.id)
    db.session.commit()
    alert_on_call(case.id, message_id=message.id)
    return alumnus.id, case.id


def test_the_crisis_alert_sms_is_in_each_recipients_language(app_context, run_jobs):
    make_user("staff", phone="+919800000201", on_call=True, language="mr")
    make_user("staff", phone="+919800000202", on_call=True, language="hi")
    make_user("staff", phone="+919800000203", on_call=True)
    alumnus_id, case_id = _crisis_alert_sent("Asha")
    run_jobs()
    url = f"http://localhost/workspace/cases/{case_id}"
    [marathi] = console_messages_to("+919800000201")
    assert marathi["body"] == (f"अति तातडीचे: Asha (#{alumnus_id}) यांच्या मेसेजवरून ते धोक्यात असू शकतात. "
                               f"त्यांना आत्ताच फोन करण्यासाठी आणि दखल घेण्यासाठी केस उघडा: {url}")
    [hindi] = console_messages_to("+919800000202")
    assert hindi["body"].startswith(f"अति ज़रूरी: Asha (#{alumnus_id})") and hindi["body"].endswith(url)
    [english] = console_messages_to("+919800000203")
    assert english["body"] == (f"URGENT: Asha (#{alumnus_id}) sent a text that may mean they are in danger. "
                               f"Open the case to call them now and acknowledge it: {url}")


# --- 2. what was done with a reply (messages.handling) -------------------------------------

# Latin words a handling keeps in every language: channel names, keywords the alumnus typed,
# e-mail checks, and the values the sentences below carry.
KEPT_LATIN = re.compile(r"SMS|WhatsApp|DKIM|SPF|STOP|START|HELP|INFO|example\.org|[A-Z]*\d+")


def _describe_plan_sentences() -> list[str]:
    """Every sentence describe_plan can write: each part of a plan alone and all together."""
    from alumni.domain.replies import CASE_WORDS, Reply, ReplyPlan, describe_plan
    from alumni.domain.reply_texts import Answer
    crisis = Reply(score=2, crisis=True, crisis_terms=("suicide", "self_harm", "overdose", "harm_to_others",
                                                       "relapse"))
    extra = ("relapse recorded (दारू); a closer plan is offered", "relapse recorded; a closer plan is offered",
             "opened a declining-scores case (three falling scores in a row (5, 4, 3))",
             "added to the open declining-scores case (a 3 against their usual 5.0 (last 3 scores))")
    attachments = [("image/jpeg",), ("image/png", "image/gif", "audio/ogg"), ("video/mp4", "application/pdf"),
                   ("audio/ogg", "audio/mp3", "video/3gp", "video/mp4", "text/vcard")]
    sentences = []
    for created in (True, False):
        for reason in CASE_WORDS:
            plan = ReplyPlan(answers_checkin=False, cases=(reason,), answer=Answer.READ_SOON)
            sentences.append(describe_plan(crisis, plan, {reason: created}))
    for score in (None, 4):
        for answers_checkin in (True, False):
            plan = ReplyPlan(answers_checkin=answers_checkin, cases=(), answer=Answer.READ_SOON)
            sentences.append(describe_plan(Reply(score=score), plan, {}))
    for sent in attachments:
        plan = ReplyPlan(answers_checkin=True, cases=(), answer=Answer.READ_SOON, attachments=sent)
        sentences.append(describe_plan(Reply(score=3), plan, {}, extra))
    return [sentence for sentence in sentences if sentence]


def _decided_sentences(app) -> list[str]:
    """The handling inbound_decision writes: keywords, an unknown sender, an unverified e-mail."""
    from alumni.replies.inbound_decision import as_unverified, decide
    from alumni.replies.inbound_sender import Sender
    alumnus = make_alumnus(first_name="आशा")
    sentences = []
    for body in ("STOP", "START", "HELP", "INFO"):
        for channel in ("sms", "whatsapp", "email"):
            sentences.append(decide(body, channel, Sender(alumnus)).handling)
        sentences.append(decide(body, "sms", Sender(None)).handling)
    for body in ("I want to end it all tonight", "hello who is this", "STOP"):
        decision = decide(body, "email", Sender(None))
        sentences.append(decision.handling)
        for reason in ("no sender domain", "no DKIM or SPF result for example.org",
                       "DKIM and SPF did not pass for example.org", "sender not verified"):
            sentences.append(as_unverified(decision, reason).handling)
    return sentences


# Written by the peer and unknown-senders services as these literal sentences.
OTHER_HANDLING = ["RSVP YES to सत्संग (2026-12-01)", "RSVP NO to सत्संग (2026-12-01)",
                  "Asked for their mentor (none matched): opened a mentor-request case",
                  "Asked for their mentor (none matched): added to the open mentor-request case",
                  "Asked for their mentor: texted सुनील; opened a mentor-request case",
                  "Dismissed by staff from the unknown-senders inbox",
                  "Answer to a crisis email: the helpline and the promise of a call",
                  "Linked by staff from the unknown-senders inbox. Score 4 recorded; opened a call-back case"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_handling_sentence_reads_in_the_staff_members_language(app_context, language):
    from flask_babel import force_locale

    from alumni.core.handling_words import handling_words
    sentences = [*_describe_plan_sentences(), *_decided_sentences(app_context), *OTHER_HANDLING]
    assert len(sentences) > 40
    with force_locale(language):
        said = {sentence: handling_words(sentence) for sentence in sentences}
    assert {english: words for english, words in said.items() if re.search("[A-Za-z]", KEPT_LATIN.sub("", words))} == {}
    with force_locale("en"):
        assert [handling_words(s) for s in sentences] == sentences, "English readers read it as it was stored"


@pytest.fixture
def replied(app, run_jobs):
    """An alumnus whose check-in went out and who wrote back through the real pipeline (a
    score, STOP, START, free text, a crisis), and an unknown sender's text waiting to be
    linked to them."""
    from alumni.replies.inbound import InboundMessage, handle_inbound
    from tests.support.delivery import daytime_zone, queued_checkin
    from tests.support.inbound import new_sid
    with app.app_context():
        alumnus = make_alumnus(first_name="आशा", last_name="कुलकर्णी", email=None, timezone=daytime_zone())
        queued_checkin(alumnus)
        alumnus_id, phone = alumnus.id, alumnus.phone
    run_jobs()
    with app.app_context():
        for body in ("4", "STOP", "START", "मला बोलायचं आहे", "I want to end it all tonight"):
            handle_inbound(InboundMessage("sms", new_sid(), phone, "+15005550006", body))
        unknown = handle_inbound(InboundMessage("sms", new_sid(), "+919811100077", "+15005550006", "2")).message_id
    return {"alumnus": alumnus_id, "unknown": unknown}


@pytest.mark.parametrize(("language", "said"), [
    ("mr", ["गुण 4 नोंदवले", "STOP: त्यांच्या विनंतीवरून SMS मेसेज थांबवले; खात्रीचा मेसेज पाठवला",
            "वाचायच्या मेसेजची केस उघडली", "संकटाची केस उघडली (आत्महत्या) आणि ऑन-कॉल स्टाफला सूचना दिली"]),
    ("hi", ["स्कोर 4 दर्ज किया", "STOP: उनके कहने पर SMS मैसेज बंद किए; पुष्टि का मैसेज भेजा",
            "पढ़ने वाले मैसेज का केस खोला", "संकट का केस खोला (आत्महत्या) और ऑन-कॉल स्टाफ़ को सूचना दी"]),
])
def test_the_timeline_says_what_was_done_with_each_reply_in_the_readers_language(app, login_as, replied, language,
                                                                                  said):
    page = login_as("admin", language=language, name="सुनीता").get(f"/alumni/{replied['alumnus']}").text
    assert english_left_on(app, page) == []
    assert all(words in page for words in said), [words for words in said if words not in page]


def test_english_readers_read_the_handling_as_it_was_stored(app, login_as, replied):
    page = login_as("admin").get(f"/alumni/{replied['alumnus']}").text
    assert "Score 4 recorded" in page and "STOP: SMS messages stopped at their request; confirmation sent" in page


@pytest.mark.parametrize(("language", "sent", "linked"), [
    ("mr", "आशा कुलकर्णी म्हणून पाठवले. 1 गुण आले, पण ते जोडायला कोणतेही उघडे चेक-इन नाही; कमी गुणांची केस उघडली",
     "माजी रुग्णाच्या टाइमलाइनवर हलवला. 2 गुण आले, पण ते जोडायला कोणतेही उघडे चेक-इन नाही; "
     "आधीच उघड्या कमी गुणांच्या केसमध्ये जोडले"),
    ("hi", "आशा कुलकर्णी बनकर भेजा। 1 स्कोर आया, पर उसे जोड़ने के लिए कोई खुला चेक-इन नहीं; कम स्कोर का केस खोला",
     "पूर्व मरीज़ की टाइमलाइन पर ले जाया गया। 2 स्कोर आया, पर उसे जोड़ने के लिए कोई खुला चेक-इन नहीं; "
     "पहले से खुले कम स्कोर के केस में जोड़ा"),
])
def test_the_outbox_and_inbox_say_what_was_done_in_the_readers_language(app, login_as, replied, language, sent,
                                                                        linked):
    admin = login_as("admin", language=language, name="सुनीता")
    page = admin.post(f"/outbox/reply/{replied['alumnus']}", data={"channel": "sms", "body": "1"},
                      follow_redirects=True).text
    assert sent in page and english_left_on(app, page) == []
    page = admin.post(f"/inbox/unknown/{replied['unknown']}/link", data={"alumnus": f"#{replied['alumnus']}"},
                      follow_redirects=True).text
    assert linked in page and english_left_on(app, page) == []


# --- 3. group messages: the list, the form's choices and its errors --------------------------

MEETING_AT = datetime(2031, 1, 7, 13, 0)   # 18:30 in Pune, a Tuesday
GROUP_TEXTS = {"text_en": "Sunday's meeting moves to the community hall.", "text_hi": "",
               "text_mr": "रविवारची बैठक सभागृहात होईल."}


@pytest.fixture
def group_messages(app):
    """A cohort with an alumnus discharged in December 2025, a meeting whose invitations went
    out, and a message sent to the cohort."""
    from alumni.domain.cohort_messages import Audience, AudienceKind
    from alumni.domain.event_rules import EventDraft
    from alumni.models import Cohort
    from alumni.peer.cohort_messages import send
    from alumni.peer.events import create_event, invite_occurrence
    with app.app_context():
        cohort = Cohort(name="वसंत 2026")
        db.session.add(cohort)
        db.session.commit()
        member = make_alumnus(first_name="सुनील", cohort_id=cohort.id, discharge_date=date(2025, 12, 15))
        week_before = MEETING_AT - timedelta(days=7)
        meeting = create_event(EventDraft(title="कुटुंब बैठक", starts_at=MEETING_AT, mode="in_person",
                                          place="सभागृह, पुणे", timezone="Asia/Kolkata"), by_id=None, now=week_before)
        invite_occurrence(meeting.occurrences[0].id, now=week_before)
        message, _ = send(Audience(AudienceKind.COHORT, str(cohort.id)),
                          {"en": GROUP_TEXTS["text_en"], "hi": "", "mr": GROUP_TEXTS["text_mr"]}, "gaps-token",
                          by=make_user("coordinator", name="अनिता"))
        return {"cohort": cohort.id, "message": message.id, "member": member.id}


@pytest.mark.parametrize(("language", "cohort", "month", "meeting"), [
    ("mr", "बॅच वसंत 2026", "डिसेंबर 2025", "कुटुंब बैठक, मंगळ 7 जाने, 18:30"),
    ("hi", "बैच वसंत 2026", "दिसंबर 2025", "कुटुंब बैठक, मंगल 7 जन॰, 18:30"),
])
def test_group_messages_name_their_audience_in_the_readers_language(app, login_as, group_messages, language,
                                                                    cohort, month, meeting):
    admin = login_as("admin", language=language, name="सुनीता")
    listed = admin.get("/messages/").text
    assert cohort in listed and "Cohort वसंत 2026" not in listed and english_left_on(app, listed) == []
    form = admin.get("/messages/new").text
    assert month in form and meeting in form and "December 2025" not in form and "Tue 7 Jan" not in form
    assert english_left_on(app, form) == []
    timeline = admin.get(f"/alumni/{group_messages['member']}").text
    assert cohort in timeline and "Cohort वसंत 2026" not in timeline and english_left_on(app, timeline) == []


def test_english_readers_still_read_the_audience_in_english(app, login_as, group_messages):
    admin = login_as("admin")
    assert "Cohort वसंत 2026" in admin.get("/messages/").text
    form = admin.get("/messages/new").text
    assert "December 2025" in form and "कुटुंब बैठक, Tue 7 Jan, 18:30" in form


@pytest.mark.parametrize(("language", "said"), [
    ("mr", ["इंग्रजी मजकूर लिहा: ज्यांच्या भाषेत मजकूर नाही त्या सर्वांना तो जातो.",
            "हिंदी: जास्तीत जास्त 480 अक्षरे (यात 481 आहेत)."]),
    ("hi", ["अंग्रेज़ी लिखावट लिखें: जिनकी भाषा में लिखावट नहीं, उन सबको वही जाती है।",
            "हिंदी: ज़्यादा से ज़्यादा 480 अक्षर (इसमें 481 हैं)।"]),
])
def test_what_is_wrong_with_a_group_text_reads_in_the_readers_language(app, language, said):
    from flask_babel import force_locale

    from alumni.domain.cohort_messages import text_problems
    from alumni.web.cohort_messages.words import text_problem_words
    problems = text_problems({"en": "", "hi": "क" * 481, "mr": ""})
    with app.test_request_context(), force_locale(language):
        assert [text_problem_words(problem) for problem in problems.values()] == said
    with app.test_request_context():
        assert [text_problem_words(problem) for problem in problems.values()] == list(problems.values())


# --- 4. peer support on the timeline -------------------------------------------------------

@pytest.fixture
def peer_timeline(app):
    """An alumnus invited to a meeting who said yes and came, and matched with a mentor who
    speaks Marathi and lives in the same area."""
    from alumni.domain.event_rules import EventDraft
    from alumni.peer.event_attendance import set_attendance
    from alumni.peer.events import create_event, invite_occurrence, record_rsvp_by_staff
    from alumni.peer.mentors import confirm_match, save_mentor_profile
    with app.app_context():
        today = date.today()
        mentee = make_alumnus(first_name="सुनील", last_name="कदम", language="mr")
        mentor = make_alumnus(first_name="मीरा", last_name="जोशी", language="mr",
                              sobriety_date=today - timedelta(days=800))
        save_mentor_profile(mentor.id, consent=True, trained_on=today - timedelta(days=100), capacity=2,
                            languages=["mr"], area="पुणे")
        confirm_match(mentee.id, mentor.id, nudge_days=[], area="पुणे", share_number=False)
        week_before = MEETING_AT - timedelta(days=7)
        meeting = create_event(EventDraft(title="कुटुंब बैठक", starts_at=MEETING_AT, mode="in_person",
                                          place="सभागृह, पुणे", timezone="Asia/Kolkata"), by_id=None, now=week_before)
        occurrence = meeting.occurrences[0]
        invite_occurrence(occurrence.id, now=week_before)
        [invitation] = [i for i in occurrence.invitations if i.alumnus_id == mentee.id]
        record_rsvp_by_staff(invitation.id, "yes")
        set_attendance(occurrence.id, mentee.id, True, by_id=None, now=MEETING_AT)
        return {"mentee": mentee.id, "mentor": mentor.id}


@pytest.mark.parametrize(("language", "said"), [
    ("mr", ["कुटुंब बैठक, मंगळ 7 जाने 2031, 18:30 IST", "उत्तर: हो", "मराठी बोलतात", "रिकव्हरीत 2 वर्षे"]),
    ("hi", ["कुटुंब बैठक, मंगल 7 जन॰ 2031, 18:30 IST", "जवाब: हाँ", "मराठी बोलते हैं", "रिकवरी में 2 साल"]),
])
def test_the_peer_timeline_reads_in_the_readers_language_on_the_one_clock(app, login_as, peer_timeline, language,
                                                                           said):
    admin = login_as("admin", language=language, name="सुनीता")
    for person in ("mentee", "mentor"):
        page = admin.get(f"/alumni/{peer_timeline[person]}").text
        assert english_left_on(app, page) == [], person
    page = admin.get(f"/alumni/{peer_timeline['mentee']}").text
    assert all(words in page for words in said), [words for words in said if words not in page]
    assert " UTC" not in page


def test_english_readers_read_the_peer_timeline_on_the_one_clock(app, login_as, peer_timeline):
    page = login_as("admin").get(f"/alumni/{peer_timeline['mentee']}").text
    assert "कुटुंब बैठक, Tue 07 Jan 2031, 18:30 IST" in page and "RSVP: YES" in page
    assert "Speaks Marathi" in page and "Same area (पुणे)" in page and " UTC" not in page


# --- 5. the closer plan refused, e-mail addresses refused, a meeting's cohorts -------------

@pytest.fixture
def paused_after_relapse(app):
    """An alumnus who texted that they relapsed (a closer plan is offered), then was paused."""
    from alumni.models import RelapseEvent
    from alumni.records.status_changes import pause_outreach
    from alumni.replies.inbound import InboundMessage, handle_inbound
    from tests.support.inbound import new_sid
    with app.app_context():
        alumnus = make_alumnus(first_name="रवी", last_name="शर्मा")
        handle_inbound(InboundMessage("sms", new_sid(), alumnus.phone, "+15005550006", "I relapsed last night"))
        event_id = db.session.scalar(db.select(RelapseEvent.id))
        pause_outreach(alumnus, reason="रुग्णालयात दाखल")
        return {"alumnus": alumnus.id, "event": event_id}


@pytest.mark.parametrize(("language", "refusal"), [
    ("mr", "रवी शर्मा यांची स्थिती थांबवलेले आहे: चेक-इन जोडता येणार नाहीत."),
    ("hi", "रवी शर्मा की स्थिति रुका हुआ है: चेक-इन नहीं जोड़े जा सकते।"),
    ("en", "रवी शर्मा is paused: no check-ins can be added."),
])
def test_a_closer_plan_that_cannot_be_applied_says_why_in_the_readers_language(app, login_as, paused_after_relapse,
                                                                               language, refusal):
    admin = login_as("admin", language=language, name="सुनीता")
    alumnus, event = paused_after_relapse["alumnus"], paused_after_relapse["event"]
    page = admin.post(f"/alumni/{alumnus}/relapses/{event}/closer-plan/apply", follow_redirects=True).text
    assert refusal in page
    if language != "en":
        assert english_left_on(app, page) == []


@pytest.mark.parametrize(("language", "said"), [
    ("mr", {"asha": "ईमेल पत्त्यात @ चिन्ह असायलाच हवे.", "asha@": "@ चिन्हानंतर काहीतरी असायला हवे.",
            "asha@pune": "@ चिन्हानंतरचा भाग योग्य नाही. त्यात पूर्णविराम (.) असायला हवा.",
            ".asha@example.org": "ईमेल पत्त्याची सुरुवात पूर्णविराम (.) ने होऊ शकत नाही.",
            "asha@[10.0.0.1]": "हा योग्य ईमेल पत्ता नाही."}),
    ("hi", {"asha": "ईमेल पते में @ चिह्न होना ज़रूरी है।", "asha@": "@ चिह्न के बाद कुछ होना चाहिए।",
            "asha@pune": "@ चिह्न के बाद वाला हिस्सा सही नहीं है। उसमें बिंदु (.) होना चाहिए।",
            ".asha@example.org": "ईमेल पता बिंदु (.) से शुरू नहीं हो सकता।",
            "asha@[10.0.0.1]": "यह सही ईमेल पता नहीं है।"}),
    ("en", {"asha": "An email address must have an @-sign.",
            ".asha@example.org": "An email address cannot start with a period.",
            "asha@[10.0.0.1]": "A bracketed IP address after the @-sign is not allowed here."}),
])
def test_a_new_users_email_address_is_refused_in_the_readers_language(app, login_as, language, said):
    admin = login_as("admin", language=language, name="सुनीता")
    for email, refusal in said.items():
        page = admin.post("/admin/users", data={"email": email, "name": "आशा", "role": "staff", "language": "mr",
                                                "password": "a long enough password"}).text
        assert refusal in page, email
        if language != "en":
            assert english_left_on(app, page) == [], email


def test_the_email_validator_sentences_each_have_their_words(app):
    """Every address below makes email-validator say one of the sentences read back."""
    from email_validator import EmailNotValidError, validate_email
    from flask_babel import force_locale

    from alumni.core.sentences_read_back import read_back_known
    from alumni.web.admin.email_address_words import EMAIL_ADDRESS_WORDS
    said = set()
    for address in ("asha", "asha@", "@example.org", "asha@pune", "asha..b@example.org", "asha@a.-b.org",
                    ".asha@example.org", "asha.@example.org", "asha@.example.org", "asha@example.org.",
                    "asha@-example.org", "asha@example-.org", "as ha@example.org", "asha@exa_mple.org",
                    "asha@example.invalid"):
        with pytest.raises(EmailNotValidError) as refused:
            validate_email(address, check_deliverability=False)
        with app.test_request_context(), force_locale("mr"):
            words = read_back_known(str(refused.value), EMAIL_ADDRESS_WORDS, {"mark": str})
        assert words is not None, str(refused.value)
        said.add(str(refused.value))
    assert len(said) == len(EMAIL_ADDRESS_WORDS) + 1  # start and end: "a period" and "a hyphen"


@pytest.mark.parametrize(("language", "invited"), [("mr", "बॅच: वसंत 2026, हिवाळा 2025"),
                                                   ("hi", "बैच: वसंत 2026, हिवाळा 2025"),
                                                   ("en", "Cohorts: वसंत 2026, हिवाळा 2025")])
def test_a_meeting_names_the_cohorts_it_invites(app, login_as, language, invited):
    from alumni.domain.event_rules import EventDraft
    from alumni.models import Cohort
    from alumni.peer.events import create_event
    with app.app_context():
        cohorts = [Cohort(name="वसंत 2026"), Cohort(name="हिवाळा 2025")]
        db.session.add_all(cohorts)
        db.session.commit()
        meeting = create_event(EventDraft(title="बॅचची बैठक", starts_at=MEETING_AT, mode="in_person", place="सभागृह",
                                          audience="cohorts", audience_values=[str(c.id) for c in cohorts]),
                               by_id=None, now=MEETING_AT - timedelta(days=7)).id
    page = login_as("admin", language=language, name="सुनीता").get(f"/events/{meeting}").text
    assert invited in page
    if language != "en":
        assert english_left_on(app, page) == []


def test_every_sentence_offer_closed_says_has_its_shape():
    """Each OfferClosed the relapse service raises, its values as "{}", against the table."""
    import ast

    from alumni.web.alumni.closer_plan_words import OFFER_CLOSED_WORDS
    tree = ast.parse((ROOT / "alumni" / "replies" / "relapse.py").read_text())
    raised = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "OfferClosed":
            [words] = node.args
            parts = words.values if isinstance(words, ast.JoinedStr) else [words]
            raised.add("".join(part.value if isinstance(part, ast.Constant) else "{}" for part in parts))
    assert raised == {re.sub(r"\{\w+\}", "{}", shape) for shape in OFFER_CLOSED_WORDS}


# --- 6. WTForms' own messages ---------------------------------------------------------------

def test_every_staff_form_says_wtforms_messages_through_our_catalogue(app):
    """Every form class the app defines derives from StaffForm (alumni/web/staff_forms.py)."""
    from flask_wtf import FlaskForm

    from alumni.web.staff_forms import StaffForm

    def every_subclass(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from every_subclass(sub)
    ours = {form for form in every_subclass(FlaskForm) if form.__module__.startswith("alumni.")}
    assert len(ours) > 30
    assert {form.__name__ for form in ours if not issubclass(form, StaffForm)} == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_wtforms_message_reads_in_the_staff_members_language(app, language):
    from flask_babel import force_locale

    from alumni.web.staff_forms import wtforms_messages
    with app.test_request_context():
        english = wtforms_messages(1) + wtforms_messages(2)
        with force_locale(language):
            said = wtforms_messages(1) + wtforms_messages(2)
    assert [words for english_words, words in zip(english, said, strict=True) if words == english_words] == []
    assert [words for words in said if untranslated_on(words)] == []
    assert "Not a valid integer value." in english and "This field is required." in english


BAD_MEETING = {"title": "बैठक", "mode": "boat", "place": "सभागृह", "starts_on": "31-12-2030", "starts_time": "18:30",
               "duration_minutes": "दीड तास", "timezone": "Asia/Kolkata", "recurrence": "none", "audience": "everyone",
               "invite_days_before": "7"}


@pytest.mark.parametrize(("language", "said"), [
    ("mr", ["हा पर्याय यादीत नाही; यादीतील एक निवडा.", "ही पूर्ण संख्या नाही.",
            "यात जास्तीत जास्त 480 अक्षरे चालतील."]),
    ("hi", ["यह विकल्प सूची में नहीं है; सूची में से एक चुनें।", "यह पूर्ण संख्या नहीं है।",
            "इसमें ज़्यादा से ज़्यादा 480 अक्षर हो सकते हैं।"]),
    ("en", ["Not a valid choice.", "Not a valid integer value.",
            "Field cannot be longer than 480 characters."]),
])
def test_a_forms_own_errors_read_in_the_staff_members_language(app, login_as, group_messages, language, said):
    admin = login_as("admin", language=language, name="सुनीता")
    meeting = admin.post("/events/new", data=BAD_MEETING).text
    texts = {**GROUP_TEXTS, "audience": f"cohort:{group_messages['cohort']}", "text_en": "क" * 481}
    message = admin.post("/messages/preview", data=texts).text
    assert all(words in meeting + message for words in said), [w for w in said if w not in meeting + message]
    if language != "en":
        assert english_left_on(app, meeting) == [] and english_left_on(app, message) == []


# --- 7. the one read-back mechanism -----------------------------------------------------------

def test_a_sentence_is_read_back_by_the_first_shape_that_says_it(app):
    from flask_babel import force_locale

    from alumni.core.sentences_read_back import read_back, read_back_known
    table = {"No such supporter.": "{fixed}",                                   # a msgid without parts
             "Keep this under {} characters.": lambda limit: f"<{int(limit) + 1}",  # "{}": in order
             "{name} is {status}: no check-ins can be added.": lambda name, status: None,  # declines
             "{name} is {status}: {why}.": "%(name)s/%(status)s/%(why)s"}       # named parts
    with app.test_request_context(), force_locale("mr"):
        assert read_back("No such supporter.", table) == "{fixed}"
        assert read_back("Keep this under 120 characters.", table) == "<121"
        assert read_back("Asha is paused: no check-ins can be added.", table) == "Asha/paused/no check-ins can be added"
        assert read_back("Asha is paused: gone.", table, {"status": str.upper}) == "Asha/PAUSED/gone"
        assert read_back("मला मदत हवी", table) == "मला मदत हवी" and read_back_known("मला मदत हवी", table) is None


@pytest.mark.parametrize(("language", "said"), [("mr", "काय केले गुण 4 नोंदवले"), ("hi", "क्या किया गया स्कोर 4 दर्ज किया")])
def test_the_audit_trail_says_what_was_done_with_a_reply_in_the_readers_language(app, login_as, replied, language,
                                                                                said):
    page = login_as("admin", language=language, name="सुनीता").get("/admin/audit?action=message.received").text
    assert said in visible_text(page) and english_left_on(app, page) == []
