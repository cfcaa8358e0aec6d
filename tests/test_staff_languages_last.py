"""The notes services write on a case and why a case was flagged, in Marathi and Hindi: the
case, the queue and the printed list read them back (alumni/web/workspace/case_note_words.py),
no sentence of the catalogue is left in English (tests/support/staff_language_walk.py), and
English readers read the notes as they were written."""
from __future__ import annotations

import ast
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from flask_babel import force_locale

from alumni.core.cases import open_case
from alumni.core.handling_words import handling_words
from alumni.core.reply_handling_words import ITEM_WORDS
from alumni.core.sentences_read_back import read_back_known
from alumni.domain.crisis.detector import detect
from alumni.domain.monitor_items import ITEMS
from alumni.domain.vocabulary import PREFERRED_CHANNEL
from alumni.extensions import db
from alumni.models import Channel, CheckIn, Direction, FollowUpReason, Message, RelapseEvent
from alumni.replies.inbound import InboundMessage, handle_inbound
from alumni.web.inbox.refusal_words import INBOX_REFUSALS
from alumni.web.recovery.sobriety_words import SOBRIETY_REFUSALS, sobriety_refusal_words
from alumni.web.workspace.case_note_words import NOTE_PARTS, NOTE_WORDS, case_note_words, trigger_words
from tests.conftest import ROOT
from tests.support.factories import make_alumnus
from tests.support.inbound import new_sid
from tests.support.staff_language_walk import english_left_on, require_compiled_catalogues, untranslated_on

LANGUAGES = ["mr", "hi"]
CRISIS_TEXT = "I want to end my life, started drinking again"

NOTES = {
    FollowUpReason.DECLINING: "Scores sliding: three falling scores in a row (4, 3, 2)",
    FollowUpReason.CALLBACK: "Raised by their mentor Ravi Shinde",
    FollowUpReason.UNREACHABLE: "Message not delivered: Unknown destination handset",
    FollowUpReason.MISSED: "No reply to the check-in or nudges (tried SMS, WhatsApp). Please call.",
    FollowUpReason.MENTOR_REQUEST: "Asked for a mentor but has none matched yet.",
}


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues():
    require_compiled_catalogues()


def _literal_text(node: ast.expr) -> str | None:
    """A string literal as written, an f-string with each value as "x"; else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "x" for v in node.values)
    return None


def _notes_written_by_services() -> list[str]:
    """Every note the services (outside alumni/web, where staff type theirs) give a case, its
    values as "x": a `note=` argument or a `note` / `.note` assignment of a string literal."""
    notes = []
    for path in (ROOT / "alumni").rglob("*.py"):
        if "web" in path.relative_to(ROOT / "alumni").parts:
            continue
        tree = ast.parse(path.read_text())
        for function in ast.walk(tree):
            # A note said further ("note += ..."), after the one it was first given.
            if isinstance(function, ast.FunctionDef):
                first = [_literal_text(n.value) for n in ast.walk(function) if isinstance(n, ast.Assign)
                         and any(isinstance(t, ast.Name) and t.id == "note" for t in n.targets)]
                more = [_literal_text(n.value) for n in ast.walk(function) if isinstance(n, ast.AugAssign)
                        and isinstance(n.target, ast.Name) and n.target.id == "note"]
                notes += [f"{a}{b}" for a in first for b in more if a and b]
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg == "note":
                notes.append(_literal_text(node.value))
            elif isinstance(node, ast.Assign) and any(
                    (isinstance(t, ast.Name) and t.id == "note") or (isinstance(t, ast.Attribute) and t.attr == "note")
                    for t in node.targets):
                value = node.value
                branches = (value.body, value.orelse) if isinstance(value, ast.IfExp) else (value,)
                notes.extend(_literal_text(v) for v in branches)
    return sorted({n for n in notes if n})


def test_every_note_the_services_write_has_its_shape(app_context):
    notes = _notes_written_by_services()
    assert any(n.startswith("Recovery monitor (unfinished)") for n in notes) and len(notes) >= 12
    assert any("who also supports" in n for n in notes) and any("also mentors" in n for n in notes)
    paragraphs = [p for n in notes for p in n.split("\n\n") if p.strip("x")]
    assert [p for p in paragraphs if read_back_known(p, NOTE_WORDS, NOTE_PARTS) is None] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_crisis_explanation_names_categories_in_the_readers_words(app, language):
    explained = detect(CRISIS_TEXT).explain()
    assert "(matched: " in explained
    with app.test_request_context(), force_locale(language):
        said = trigger_words(explained)
        note = case_note_words("Recovery monitor: 3 day(s) of use in the last 30; "
                               "risk 70/100 with protection 20/100\n\nResolution: called, fine")
    assert "matched" not in said and said != explained
    assert "Recovery monitor" not in note and note.endswith("called, fine")


@pytest.fixture
def noted_cases(app):
    """One case per note a service writes, and a crisis case flagged by the detector."""
    with app.app_context():
        for reason, note in NOTES.items():
            open_case(make_alumnus(first_name="Meena").id, reason, note=note)
        crisis, _ = open_case(make_alumnus(first_name="Asha").id, FollowUpReason.CRISIS,
                              note="Several check-ins in a row went unanswered.\n\nResolution: called her sister")
        crisis.trigger = detect(CRISIS_TEXT).explain()
        db.session.commit()
        return crisis.id


def _pages(noted_cases: int) -> list[str]:
    return ["/workspace/", "/workspace/print", f"/workspace/cases/{noted_cases}"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_case_notes_and_triggers_leave_no_english_on_the_pages(app, login_as, noted_cases, language):
    client = login_as("admin", language=language, name="सुनीता")
    for page in _pages(noted_cases):
        response = client.get(page)
        assert response.status_code == 200, page
        left = english_left_on(app, response.get_data(as_text=True))
        print(page, left)
        assert left == [], page


def test_marathi_and_hindi_words_are_on_the_case(app, login_as, noted_cases):
    marathi_reader = login_as("admin", language="mr", name="सुनीता")
    marathi = marathi_reader.get(f"/workspace/cases/{noted_cases}").get_data(as_text=True)
    assert "आत्महत्या" in marathi and "called her sister" in marathi
    hindi = login_as("admin", language="hi", name="सुनीता").get("/workspace/").get_data(as_text=True)
    assert "मार्गदर्शक" in hindi and "Ravi Shinde" in hindi


def test_english_readers_read_the_notes_as_written(app, login_as, noted_cases):
    client = login_as("admin")
    case = client.get(f"/workspace/cases/{noted_cases}").get_data(as_text=True)
    assert "Several check-ins in a row went unanswered." in case and "Resolution: called her sister" in case
    assert "(matched: " in case
    queue = client.get("/workspace/").get_data(as_text=True)
    assert "Raised by their mentor Ravi Shinde" in queue


# --- 2. the unknown-senders inbox's refusals and the new sobriety date's -------------------

def _raised_with(path: Path, error: str) -> list[str]:
    """Each sentence `raise <error>(...)` is given in `path`, a formatted day as a sample day."""
    def said(node: ast.expr) -> str:
        if isinstance(node, ast.Constant):
            return str(node.value)
        if isinstance(node, ast.FormattedValue):
            spec = node.format_spec
            return format(SAMPLE_DAY, said(spec)) if isinstance(spec, ast.JoinedStr) else "x"
        assert isinstance(node, ast.JoinedStr), ast.dump(node)
        return "".join(said(part) for part in node.values)

    return [said(node.exc.args[0]) for node in ast.walk(ast.parse(path.read_text()))
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
            and isinstance(node.exc.func, ast.Name) and node.exc.func.id == error]


SAMPLE_DAY = date(2026, 3, 5)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_inbox_and_sobriety_refusal_reads_in_the_readers_language(app, language):
    inbox = _raised_with(ROOT / "alumni/replies/unknown_senders.py", "InboxError")
    sobriety = _raised_with(ROOT / "alumni/recovery/milestones_sobriety.py", "SobrietyOfferClosed")
    assert len(inbox) >= 2 and len(sobriety) >= 4
    with app.test_request_context(), force_locale(language):
        assert [s for s in inbox if read_back_known(s, INBOX_REFUSALS) is None] == []
        assert [s for s in sobriety if read_back_known(s, SOBRIETY_REFUSALS) is None] == []
        before = sobriety_refusal_words(ValueError(f"The new sobriety date cannot be before the relapse on "
                                                   f"{SAMPLE_DAY:%d %b %Y}."))
    assert "Mar" not in before and "2026" in before and "relapse" not in before


def _unknown_message(app) -> int:
    with app.app_context():
        return handle_inbound(InboundMessage("sms", new_sid(), "+919876543210", "+15005550006", "hello")).message_id


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_inbox_refusals_leave_no_english_on_the_page(app, login_as, language):
    message_id = _unknown_message(app)
    client = login_as("admin", language=language, name="सुनीता")
    not_found = client.post(f"/inbox/unknown/{message_id}/link", data={"alumnus": "#424242"},
                            follow_redirects=True).get_data(as_text=True)
    assert english_left_on(app, not_found) == []
    assert {"mr": "माजी रुग्ण सापडला नाही", "hi": "पूर्व मरीज़ नहीं मिला"}[language] in not_found
    client.post(f"/inbox/unknown/{message_id}/dismiss")
    gone = client.post(f"/inbox/unknown/{message_id}/dismiss", follow_redirects=True).get_data(as_text=True)
    assert english_left_on(app, gone) == []
    assert {"mr": "वाट पाहत नाही", "hi": "इंतज़ार में नहीं है"}[language] in gone


def test_english_readers_read_the_inbox_refusal_as_written(app, login_as):
    message_id = _unknown_message(app)
    page = login_as("admin").post(f"/inbox/unknown/{message_id}/link", data={"alumnus": "#424242"},
                                  follow_redirects=True).get_data(as_text=True)
    assert "No alumnus found: enter their record number, phone number or email." in page


def _relapsed(app) -> tuple[int, int]:
    """An alumnus who told us of a relapse through the real inbound path; (alumnus, event)."""
    with app.app_context():
        alumnus = make_alumnus(first_name="Asha", sobriety_date=date.today() - timedelta(days=60))
        handle_inbound(InboundMessage("sms", new_sid(), alumnus.phone, "+15005550006", "I relapsed last night"))
        event_id = db.session.scalar(db.select(RelapseEvent.id).where(RelapseEvent.alumnus_id == alumnus.id))
        assert event_id is not None
        return alumnus.id, event_id


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sobriety_date_refusal_leaves_no_english_on_the_profile(app, login_as, language):
    alumnus_id, event_id = _relapsed(app)
    client = login_as("admin", language=language, name="सुनीता")
    page = client.post(f"/recovery/milestones/alumni/{alumnus_id}/relapses/{event_id}/sobriety-date",
                       data={"decision": "apply", "new_date": (date.today() - timedelta(days=30)).isoformat()},
                       follow_redirects=True).get_data(as_text=True)
    assert english_left_on(app, page) == []
    assert {"mr": "रिलॅप्सच्या आधीची", "hi": "रिलैप्स से पहले"}[language] in page


# --- 3. what was done with a reply to the monitor, a supporter's text, a mentor's CONCERN ---

HANDLED_BY = ["monitor_replies.py", "supporter_replies.py", "mentor_concern.py", "peer_replies.py"]
# As those modules write them, with values.
HANDLINGS = [
    "Recovery monitor: question 2 (sleep) answered 3; next question owed",
    "Recovery monitor: question 1 (use days) answered 3; all answered; opened a crisis case and alerted on-call "
    "staff; relapse recorded; a closer plan is offered",
    "Recovery monitor: question 4 (mood) answered 5; all answered; added to the open declining case "
    "(risk 70/100 with protection 20/100)",
    "Recovery monitor: question 7 (home) was already answered; nothing changed",
    "Recovery monitor: could not read the answer to question 3 (mood); asked again",
    "Unclear which question this answers (both a yes/no and a score): opened an unread-text case",
    "Unclear whether this answers an invitation or a check-in (yes/no after a newer question: it may answer "
    "either): added to the open unread-text case",
    "From Sunita Patil (mother), a supporter: crisis (suicide, self harm): sent the helpline, crisis case and "
    "on-call staff alerted",
    "From Sunita Patil, a supporter: START: confirmation sent; whether the centre texts them is the alumnus's "
    "choice; supports 2 alumni: a case on each",
    "From Sunita Patil, a supporter: STOP: no more texts to this supporter; confirmation sent",
    "RSVP YES from Sunita Patil (mother), a supporter, to Family session",
    "CONCERN from a mentor about Asha Patil: opened a call-back case on their record",
]
# Longer than the 200 characters stored: read back whole in the staff member's words, though no page shows it
# uncut. The monitor's reasons hold "; " of their own, inside the brackets.
LONG_HANDLING = ("Recovery monitor: question 1 (use days) answered 3; all answered; opened a crisis case and alerted "
                 "on-call staff; relapse recorded; a closer plan is offered; opened a declining case (3 day(s) of use "
                 "in the last 30; risk 70/100 with protection 20/100)")


def _handlings_written() -> list[str]:
    """Each handling those modules write (a `handling=` f-string, supporter_replies' _DONE after
    its "From ..., a supporter: "), its values as "x"."""
    written = []
    for name in HANDLED_BY:
        tree = ast.parse((ROOT / "alumni/replies" / name).read_text())
        written += [_literal_text(node.value) for node in ast.walk(tree)
                    if isinstance(node, ast.keyword) and node.arg == "handling"]
        written += [_literal_text(node.value) for node in ast.walk(tree) if isinstance(node, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == "handling" for t in node.targets)]
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "_DONE" for t in node.targets):
                written += [f"From x, a supporter: {_literal_text(v)}" for v in node.value.values]
    # The RSVP's answer is written upper-cased (YES or NO), a supporter's crisis names its terms.
    return [w.replace("{terms}", "suicide").replace("RSVP x", "RSVP YES") for w in written if w and w.strip("x; ")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_reply_handling_those_modules_write_reads_in_the_readers_language(app, language):
    written = _handlings_written()
    assert len(written) >= 12, written
    with app.test_request_context(), force_locale(language):
        unsaid = [w for w in [*written, *HANDLINGS, LONG_HANDLING] if untranslated_on(handling_words(w))]
        assert unsaid == []
        assert [key for key in (item.key.replace("_", " ") for item in ITEMS) if key not in ITEM_WORDS] == []


def test_english_readers_read_each_handling_as_stored(app):
    with app.test_request_context():
        assert [h for h in [*HANDLINGS, LONG_HANDLING] if handling_words(h) != h] == []


@pytest.fixture
def handled(app):
    """An alumnus whose timeline holds each of those handlings."""
    with app.app_context():
        alumnus = make_alumnus(first_name="Asha")
        db.session.add_all([Message(direction=Direction.INBOUND, channel=Channel.SMS, alumnus_id=alumnus.id,
                                    from_addr=alumnus.phone, body="3", handling=handling[:200])
                            for handling in HANDLINGS])
        db.session.add_all([Message(direction=Direction.OUTBOUND, channel=Channel.SMS, alumnus_id=alumnus.id,
                                    to_addr=alumnus.phone, body="Hello", provider_status=status)
                            for status in ("delivered", "undelivered", "read")])
        assert max(len(handling) for handling in HANDLINGS) <= 200
        db.session.commit()
        return alumnus.id


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_timeline_says_each_handling_in_the_readers_language(app, login_as, handled, language):
    page = login_as("admin", language=language, name="सुनीता").get(f"/alumni/{handled}").get_data(as_text=True)
    assert english_left_on(app, page) == []
    assert {"mr": "रिकव्हरी मॉनिटर", "hi": "रिकवरी मॉनिटर"}[language] in page


# --- 4. codes shown as stored: a provider's delivery status as the message's badge ------------

def test_every_status_the_delivery_code_keeps_has_its_words():
    from alumni.core.provider_status_words import PROVIDER_STATUS_WORDS
    from alumni.domain.message_status import _RANK
    assert sorted(set(_RANK) - set(PROVIDER_STATUS_WORDS)) == []


@pytest.mark.parametrize(("language", "undelivered", "read"),
                         [("mr", "पोहोचले नाही", "वाचले"), ("hi", "नहीं पहुँचा", "पढ़ा गया")])
def test_the_delivery_status_badge_reads_in_the_readers_language(login_as, handled, language, undelivered, read):
    page = login_as("admin", language=language, name="सुनीता").get(f"/alumni/{handled}").get_data(as_text=True)
    assert f">{undelivered}</span>" in page and f">{read}</span>" in page and ">undelivered</span>" not in page


def test_english_readers_read_the_delivery_status_as_stored(login_as, handled):
    page = login_as("admin").get(f"/alumni/{handled}").get_data(as_text=True)
    assert ">undelivered</span>" in page and ">delivered</span>" in page


# --- 4. codes shown as stored: the channel "preferred" of a planned check-in ------------------

@pytest.fixture
def planned(app):
    """An alumnus with a check-in planned by their preferred channel."""
    with app.app_context():
        alumnus = make_alumnus(first_name="Asha")
        db.session.add(CheckIn(alumnus_id=alumnus.id, channel=PREFERRED_CHANNEL, template_key="checkin",
                               due_at=datetime.now(UTC).replace(tzinfo=None) + timedelta(days=3)))
        db.session.commit()
        return alumnus.id


@pytest.mark.parametrize(("language", "words"), [("mr", "त्यांचे आवडते माध्यम"), ("hi", "उनका पसंदीदा माध्यम")])
def test_a_check_in_planned_by_the_preferred_channel_says_so_in_words(login_as, planned, language, words):
    page = login_as("admin", language=language, name="सुनीता").get(f"/alumni/{planned}").get_data(as_text=True)
    assert f"· {words}" in page and "· preferred" not in page


def test_english_readers_read_their_preferred_channel(login_as, planned):
    page = login_as("admin").get(f"/alumni/{planned}").get_data(as_text=True)
    assert "· Their preferred channel" in page


# --- 4. codes shown as stored: a consent beyond the channels (mentor_number) -------------------

@pytest.fixture
def mentee_consented(app):
    """A mentee who agreed their number may be given to their mentor."""
    from alumni.core.consent import record_consent
    from alumni.domain.supporter_texts import MENTOR_NUMBER_CONSENT
    with app.app_context():
        alumnus = make_alumnus(first_name="Asha")
        record_consent(alumnus.id, MENTOR_NUMBER_CONSENT, True, "form")
        db.session.commit()
        return alumnus.id


@pytest.mark.parametrize(("language", "words"), [("mr", "त्यांचा नंबर मार्गदर्शकाला देण्यास संमती दिली"),
                                                 ("hi", "अपना नंबर मार्गदर्शक को देने की सहमति दी")])
def test_the_mentor_number_consent_reads_as_a_sentence(app, login_as, mentee_consented, language, words):
    page = login_as("admin", language=language, name="सुनीता").get(f"/alumni/{mentee_consented}").get_data(as_text=True)
    assert words in page and "mentor_number" not in page
    assert english_left_on(app, page) == []


def test_english_readers_read_the_mentor_number_consent_as_a_sentence(login_as, mentee_consented):
    page = login_as("admin").get(f"/alumni/{mentee_consented}").get_data(as_text=True)
    assert "Agreed to give their number to their mentor" in page and "mentor_number" not in page


# --- 4. codes shown as stored: a record change's field names and source ------------------------

def test_every_field_an_edit_can_change_has_its_words():
    from alumni.core.record_field_words import RECORD_FIELD_WORDS
    from alumni.records.alumni import EDITABLE
    assert sorted({*EDITABLE, "cohort", "assigned_staff", "plan"} - set(RECORD_FIELD_WORDS)) == []


@pytest.fixture
def edited(app):
    """A record edited on the form, as alumni/records/editing.py audits it."""
    from alumni.core.audit import audit
    with app.app_context():
        alumnus = make_alumnus(first_name="Asha")
        audit("alumnus.updated", alumnus_id=alumnus.id,
              detail={"fields": ["first_name", "phone", "discharge_date", "plan"], "source": "form"})
        db.session.commit()
        return alumnus.id


@pytest.mark.parametrize(("language", "words"), [("mr", "बदलले: पहिले नाव, फोन, डिस्चार्जची तारीख, पाठपुरावा योजना"),
                                                 ("hi", "बदला गया: पहला नाम, फ़ोन, डिस्चार्ज की तारीख़, फ़ॉलो-अप योजना")])
def test_a_record_change_names_its_fields_in_the_readers_words(app, login_as, edited, language, words):
    page = login_as("admin", language=language, name="सुनीता").get(f"/alumni/{edited}").get_data(as_text=True)
    assert words in page and "first name" not in page and "via form" not in page
    assert english_left_on(app, page) == []


def test_english_readers_read_the_record_change_as_before(login_as, edited):
    page = login_as("admin").get(f"/alumni/{edited}").get_data(as_text=True)
    assert "Changed: first name, phone, discharge date, plan" in page and "via form" in page
