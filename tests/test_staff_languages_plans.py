"""Plans, message templates, the printed call list, the outbox's "Reply as this alumnus",
attachments from unknown senders, late referrals and the crisis alert e-mail in Marathi and
Hindi: a staff member reads each in their language (users.language), and no sentence of the
catalogue is left in English (tests/support/staff_language_walk.py)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from alumni.core.cases import open_case
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
from alumni.recovery.referrals import centre_today, record_step, refer
from alumni.redis_conn import get_redis
from alumni.workspace.alerts import alert_on_call
from tests.support.accounts import make_user
from tests.support.delivery import daytime_zone, queued_checkin
from tests.support.factories import make_alumnus
from tests.support.staff_language_walk import require_compiled_catalogues, untranslated_on, visible_text

LANGUAGES = ["mr", "hi"]


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues():
    require_compiled_catalogues()


def _english_left(app, html: str) -> list[str]:
    # The centre's name is a name, not a sentence ("Sunrise Recovery Centre" holds "Recovery").
    return untranslated_on(visible_text(html).replace(app.config["CENTRE_NAME"], ""))


def _walk(app, client, pages: list[str]) -> dict[str, list[str]]:
    """Each page's English sentences (only the pages that have some)."""
    left = {}
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        if english := _english_left(app, response.text):
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
    assert _english_left(app, refused.text) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_template_editor_and_its_preview_read_in_the_staff_members_language(app, login_as, plan_records,
                                                                                 language):
    admin = login_as("admin", language=language, name="सुनीता")
    template = f"/plans/templates/{plan_records['template']}"
    assert _walk(app, admin, ["/plans/templates/new", template]) == {}
    preview = admin.post(template, data={"body": "word " * 120, "subject": "Hi", "action": "preview",
                                         "alumnus_id": str(plan_records["discreet"])})
    assert preview.status_code == 200 and _english_left(app, preview.text) == []
    refused = admin.post("/plans/templates/new", data={"key": "Bad Key", "language": "en", "body": "Hi",
                                                        "action": "save"})
    assert refused.status_code == 422 and _english_left(app, refused.text) == []
    unknown = admin.post(template, data={"body": "Hi {{ phone_number }}", "action": "save"})
    assert unknown.status_code == 422 and _english_left(app, unknown.text) == []


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
