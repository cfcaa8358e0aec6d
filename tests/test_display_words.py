"""Staff read words, not codes: the alumnus's language by name, channels as SMS/WhatsApp/
Email, a held invitation as "Waiting to send" with the time it goes, and beside the template
editor the variables a message may use, each insertable as {{ name }}."""
from datetime import datetime

from alumni.domain.message_templates import TEMPLATE_VARIABLES
from alumni.extensions import db
from alumni.models import Channel, Event, Invitation, MessageTemplate
from alumni.plans.plans import ensure_default_plan
from alumni.web.display_words import audit_fields, audit_sentence, channel_words, language_words, status_words
from tests.support.factories import make_alumnus
from tests.test_events_web import _create


def test_codes_become_the_words_staff_use():
    assert language_words("mr") == "Marathi (मराठी)" and language_words("hi") == "Hindi (हिंदी)"
    assert language_words("en") == "English"
    assert channel_words("sms") == "SMS" and channel_words("whatsapp") == "WhatsApp"
    assert status_words("scheduled") == "Waiting to send" and status_words("missed") == "No reply"
    assert audit_sentence("followup.opened") == "Opened a follow-up case"
    assert audit_sentence("brand_new.thing") == "Brand new thing"  # an unlisted action still reads as words


def test_audit_details_become_labelled_fields_in_staff_words():
    fields = audit_fields({"email": "a@example.org", "channel": "sms", "language": "mr",
                           "reason": "low_score", "changes": {"on_call": True}})
    assert fields == [("Email", "a@example.org"), ("Channel", "SMS"), ("Language", "Marathi (मराठी)"),
                      ("Reason", "Low wellbeing score"), ("Changes", "On call: yes")]
    assert audit_fields(None) == [] and audit_fields({}) == []


def test_profile_names_the_language_and_the_channels(app, login_as):
    with app.app_context():
        alumnus_id = make_alumnus(first_name="Asha", language="mr", consent=(Channel.SMS,)).id
    html = login_as("staff").get(f"/alumni/{alumnus_id}").get_data(as_text=True)
    assert "<dd>Marathi (मराठी)</dd>" in html and "<dd>mr</dd>" not in html
    assert "SMS: yes" in html and "WhatsApp: no" in html
    assert "sms: yes" not in html and "whatsapp: no" not in html


def test_an_invitation_held_for_quiet_hours_says_when_it_goes(app, login_as):
    coordinator = login_as("coordinator")
    with app.app_context():
        make_alumnus(first_name="Asha")
    assert _create(coordinator).status_code == 302
    with app.app_context():
        occurrence_id = db.session.scalar(db.select(Event)).occurrences[0].id
    coordinator.post(f"/events/meetings/{occurrence_id}/invite")
    with app.app_context():
        checkin = db.session.scalar(db.select(Invitation)).checkin
        # What the dispatcher does inside quiet hours: still scheduled, due at 09:00 local.
        checkin.status, checkin.due_at = "scheduled", datetime(2030, 1, 8, 3, 30)
        db.session.commit()
    page = coordinator.get(f"/events/meetings/{occurrence_id}").get_data(as_text=True)
    assert "<td>Waiting to send (goes out Tue 08 Jan 2030, 09:00 IST)</td>" in page
    assert "<td>scheduled" not in page


def test_template_editor_lists_every_variable_to_insert_without_script(app, login_as):
    with app.app_context():
        ensure_default_plan()
        template_id = db.session.scalar(db.select(MessageTemplate.id).where(MessageTemplate.language == "mr"))
    html = login_as("coordinator").get(f"/plans/templates/{template_id}").get_data(as_text=True)
    assert "Insert a variable" in html and "(Marathi (मराठी))" in html
    for name in TEMPLATE_VARIABLES:
        assert f"<code>{{{{ {name} }}}}</code>" in html
        assert f'data-variable="{name}"' in html
    assert "js/insert_variable.js" in html
    # The condition example is explained, not left as bare template code.
    assert "To write something only when a value is there" in html


def test_template_editor_pages_follow_the_role_rules(app, login_as):
    with app.app_context():
        ensure_default_plan()
        template_id = db.session.scalar(db.select(MessageTemplate.id))
    assert login_as("staff").get(f"/plans/templates/{template_id}").status_code == 403


