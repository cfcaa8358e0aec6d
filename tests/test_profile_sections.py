"""The alumnus's profile as sections the eye can jump between: a summary on top (name,
status, phone to dial, the next check-in and the open case), an index of the sections, and
consent shown once. Skip reasons, statuses, times and dates read in staff words and one
clock everywhere."""
from datetime import date, datetime, timedelta

from alumni.core.audit import audit
from alumni.core.cases import open_case
from alumni.domain.skip_words import skip_words
from alumni.extensions import db
from alumni.models import Channel, CheckIn, CheckInStatus, FollowUpReason, utcnow
from alumni.web.clock_filter import day
from tests.support.factories import make_alumnus

SECTIONS = ("timeline", "checkins", "consent", "supporters", "peer", "recovery", "record")


def _person(app, **fields):
    with app.app_context():
        person = make_alumnus(first_name="Asha", last_name="Patil", phone="+919812345678",
                              consent=(Channel.SMS,), **fields)
        db.session.add(CheckIn(alumnus_id=person.id, channel="sms", due_at=datetime(2031, 1, 7, 9, 0),
                               status=CheckInStatus.SCHEDULED))
        db.session.add(CheckIn(alumnus_id=person.id, channel="sms", due_at=utcnow() - timedelta(days=3),
                               status=CheckInStatus.SKIPPED, skip_reason="no current consent for whatsapp"))
        case = open_case(person.id, FollowUpReason.CALLBACK)[0]
        db.session.commit()
        return person.id, case.id


def test_the_summary_comes_first_with_phone_next_checkin_and_open_case(app, login_as):
    alumnus_id, case_id = _person(app)
    html = login_as("staff").get(f"/alumni/{alumnus_id}").get_data(as_text=True)
    summary = html[html.index('id="summary"'):html.index('class="profile-index"')]
    assert "Asha Patil" in summary and ">Active</span>" in summary
    assert 'href="tel:+919812345678"' in summary
    assert "Check-in Tue 07 Jan 2031, 14:30 IST by SMS" in summary
    assert f'href="/workspace/cases/{case_id}">Asked for a call</a>' in summary
    assert html.index('id="summary"') < html.index('id="timeline"')


def test_an_index_links_every_section_present_in_order(app, login_as):
    alumnus_id, _ = _person(app)
    html = login_as("coordinator").get(f"/alumni/{alumnus_id}").get_data(as_text=True)
    index = html[html.index('class="profile-index"'):html.index("</nav>", html.index('class="profile-index"'))]
    for name in SECTIONS:
        assert f'href="#{name}"' in index, name
        assert f'id="{name}"' in html, name
    positions = [html.index(f'id="{name}"') for name in SECTIONS]
    assert positions == sorted(positions)


def test_consent_is_shown_once_with_when_and_how(app, login_as):
    alumnus_id, _ = _person(app)
    with app.app_context():
        today = day(utcnow())
    html = login_as("staff").get(f"/alumni/{alumnus_id}").get_data(as_text=True)
    assert html.count("SMS: yes") == 1 and html.count("WhatsApp: no") == 1 and html.count("Email: no") == 1
    consent = html[html.index('id="consent"'):html.index('id="supporters"')]
    assert "SMS: yes" in consent and f"recorded {today} on a form" in consent


def test_an_erased_record_keeps_its_summary_and_record_without_the_panels(app, login_as):
    with app.app_context():
        person = make_alumnus(first_name="Gone", status="erased")
        person.erased_at = datetime(2026, 12, 1, 20, 0)
        db.session.commit()
        alumnus_id = person.id
    html = login_as("coordinator").get(f"/alumni/{alumnus_id}").get_data(as_text=True)
    assert "Personal data erased on 02 Dec 2026" in html    # 20:00 UTC is the next morning in India
    assert 'class="next-step"' not in html and 'id="record"' in html


def test_skip_reasons_read_in_staff_words():
    assert skip_words("no current consent for sms") == "not sent: no SMS consent"
    assert skip_words("no current consent for whatsapp") == "not sent: no WhatsApp consent"
    assert skip_words("enrolled late") == "not sent: enrolled after this step"
    assert skip_words("paused") == "not sent: follow-up paused"
    assert skip_words("step removed from the plan") == "not sent: step removed from the plan"
    assert skip_words("no phone number for sms") == "not sent: no phone number for SMS"
    assert skip_words("no email address for email") == "not sent: no email address"
    assert skip_words("something new") == "not sent: something new"
    assert skip_words(None) == "" and skip_words("") == ""


def test_the_checkins_panel_says_why_a_checkin_was_not_sent(app, login_as):
    alumnus_id, _ = _person(app)
    html = login_as("staff").get(f"/alumni/{alumnus_id}").get_data(as_text=True)
    panel = html[html.index('class="card panel-checkins"'):]
    assert "not sent: no WhatsApp consent" in panel and "no current consent for whatsapp" not in panel


def test_the_timeline_says_why_a_checkin_was_not_sent_in_the_same_words(app, login_as):
    alumnus_id, _ = _person(app)
    html = login_as("staff").get(f"/alumni/{alumnus_id}").get_data(as_text=True)
    timeline = html[html.index('id="timeline"'):]
    timeline = timeline[:timeline.index("</section>")]
    assert "not sent: no WhatsApp consent" in timeline and "no current consent for whatsapp" not in timeline


def test_the_alumni_list_shows_status_words_and_one_date_format(app, login_as):
    with app.app_context():
        make_alumnus(first_name="Asha", status="paused", discharge_date=date(2026, 12, 1))
    html = login_as("staff").get("/alumni/").get_data(as_text=True)
    assert '<span class="badge">Paused</span>' in html and '<span class="badge">paused</span>' not in html
    assert "<td>01 Dec 2026</td>" in html and "2026-12-01" not in html


def test_the_audit_log_reads_the_centres_clock_with_its_label(app, login_as):
    with app.app_context():
        audit("login.success", actor="a@example.org")
        db.session.commit()
        from alumni.models import AuditEvent
        event = db.session.scalar(db.select(AuditEvent).where(AuditEvent.action == "login.success"))
        event.at = datetime(2026, 12, 1, 9, 0, 5)
        db.session.commit()
    html = login_as("admin").get("/admin/audit").get_data(as_text=True)
    assert "Tue 01 Dec 2026, 14:30:05 IST" in html and "2026-12-01 09:00:05" not in html
    assert "When (UTC)" not in html


def test_a_day_reads_one_way_and_a_moment_takes_the_centres_date(app):
    with app.app_context():
        assert day(date(2026, 12, 1)) == "01 Dec 2026"
        assert day(datetime(2026, 12, 1, 20, 0)) == "02 Dec 2026"
        assert day(None) == ""
