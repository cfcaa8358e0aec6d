"""The opt-in to milestone texts (a consent row of the kind "milestones") is given where the
channel consents are: the enrolment and edit forms, a CSV column and the API's consent
object, unticked by default like every consent."""
import io
import re
from datetime import date, timedelta

import pytest

from alumni.accounts.tokens import issue_token
from alumni.domain.milestones import MILESTONE_CONSENT
from alumni.extensions import db
from alumni.models import Alumnus, Consent
from alumni.records import csv_checks
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus

YESTERDAY = (date.today() - timedelta(days=1)).isoformat()


def milestone_consents(app, alumnus_id=None) -> list[tuple[bool, str]]:
    with app.app_context():
        alumnus_id = alumnus_id or db.session.scalar(db.select(Alumnus.id).order_by(Alumnus.id.desc()))
        return [(bool(c.granted), c.source) for c in db.session.scalars(db.select(Consent).where(
            Consent.alumnus_id == alumnus_id, Consent.channel == MILESTONE_CONSENT).order_by(Consent.id))]


def _form(**overrides):
    data = {"first_name": "Asha", "last_name": "Kulkarni", "phone": "098123 45678", "language": "mr",
            "timezone": "Asia/Kolkata", "preferred_hour": "10", "discharge_date": YESTERDAY,
            "sobriety_date": YESTERDAY, "preferred_channel": "sms", "consent_sms": "y"}
    data.update(overrides)
    return data


def test_the_enrolment_form_offers_the_milestone_opt_in_unticked_and_records_a_tick(app, login_as):
    client = login_as("coordinator")
    html = client.get("/alumni/new").text
    [box] = [tag for tag in re.findall(r"<input[^>]*>", html) if 'name="consent_milestones"' in tag]
    assert "checked" not in box
    assert client.post("/alumni/new", data=_form(consent_milestones="y")).status_code == 302
    assert milestone_consents(app) == [(True, "form")]


def test_enrolling_without_the_tick_records_no_milestone_consent(app, login_as):
    client = login_as("coordinator")
    assert client.post("/alumni/new", data=_form()).status_code == 302
    assert milestone_consents(app) == []


def test_the_edit_form_shows_the_opt_in_and_unticking_it_records_a_no(app, login_as):
    with app.app_context():
        alumnus_id = make_alumnus().id
        db.session.add(Consent(alumnus_id=alumnus_id, channel=MILESTONE_CONSENT, granted=True, source="paper"))
        db.session.commit()
    client = login_as("coordinator")
    form = client.get(f"/alumni/{alumnus_id}/edit").text
    [box] = [tag for tag in re.findall(r"<input[^>]*>", form) if 'name="consent_milestones"' in tag]
    assert "checked" in box
    response = client.post(f"/alumni/{alumnus_id}/edit", data=_form(phone="98123 45600"))
    assert response.status_code == 302
    assert milestone_consents(app, alumnus_id)[-1] == (False, "form")


def test_the_csv_template_documents_the_column_and_a_yes_imports_as_consent(app, login_as):
    client = login_as("coordinator")
    template = client.get("/alumni/import/template.csv").data.decode("utf-8-sig")
    assert "consent_milestones" in template.splitlines()[0]
    assert "consent_milestones" in client.get("/alumni/import").text
    text = ("first_name,phone,discharge_date,consent_sms,consent_milestones\n"
            f"Ravi,98123 45611,{YESTERDAY},yes,yes\nMeena,98123 45612,{YESTERDAY},yes,\n")
    response = client.post("/alumni/import", data={"file": (io.BytesIO(text.encode()), "a.csv")},
                           content_type="multipart/form-data")
    client.post(response.headers["Location"] + "/confirm", data={})
    with app.app_context():
        ravi, meena = (db.session.scalar(db.select(Alumnus.id).where(Alumnus.first_name == name))
                       for name in ("Ravi", "Meena"))
    assert milestone_consents(app, ravi) == [(True, "csv")]
    assert milestone_consents(app, meena) == []
    assert csv_checks.TEMPLATE_EXAMPLE["consent_milestones"] == "no"


@pytest.fixture
def headers(app):
    with app.app_context():
        user = make_user("coordinator")
        return {"Authorization": f"Bearer {issue_token(user.email, 'test')}"}


def test_the_api_takes_and_shows_the_milestone_opt_in(app, headers):
    client = app.test_client()
    body = {"first_name": "Anita", "phone": "098123 45612", "discharge_date": YESTERDAY,
            "consent": {"sms": True}}
    created = client.post("/api/v1/alumni", json=body, headers=headers)
    assert created.status_code == 201, created.get_json()
    assert created.get_json()["consent"]["milestones"] is False       # no default
    url = created.get_json()["url"]
    changed = client.patch(url, json={"consent": {"milestones": True}}, headers=headers)
    assert changed.status_code == 200, changed.get_json()
    assert changed.get_json()["consent"] == {"sms": True, "whatsapp": False, "email": False, "milestones": True}
    assert milestone_consents(app, created.get_json()["id"]) == [(True, "api")]
    refused = client.patch(url, json={"consent": {"milestones": "yes"}}, headers=headers)
    assert refused.status_code == 422


def test_the_openapi_document_describes_the_milestone_opt_in(app, headers):
    spec = app.test_client().get("/api/v1/openapi.json", headers=headers).get_json()
    schemas = spec["components"]["schemas"]
    assert "milestones" in schemas["AlumnusInput"]["properties"]["consent"]["properties"]
    assert "milestones" in schemas["Alumnus"]["properties"]["consent"]["properties"]
