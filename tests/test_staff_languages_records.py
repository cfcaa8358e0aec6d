"""The records and admin screens in Marathi and Hindi: enrolling and editing an alumnus, the
CSV import (upload, preview, report and the skipped rows' file), API tokens, the on-call rota
and a colleague's account, each empty, filled and refused, with no sentence of the catalogue
left in English (tests/support/staff_language_walk.py).

The services refuse in English (the API, the CLI and the logs read them so); a page says
each refusal again in the reader's language (alumni/web/refusal_words.py), and the last
tests check that every sentence those services can write has its entry there."""
from __future__ import annotations

import ast
import csv
import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from flask_babel import force_locale

from alumni.accounts.tokens import all_tokens, issue_token, revoke_token
from alumni.extensions import db
from alumni.models import Alumnus
from alumni.records import status_changes
from alumni.workspace.on_call import add_shifts
from tests.conftest import ROOT
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus
from tests.support.staff_language_walk import require_compiled_catalogues, untranslated_on, visible_text

LANGUAGES = ["mr", "hi"]
YESTERDAY = (date.today() - timedelta(days=1)).isoformat()
TOMORROW = (date.today() + timedelta(days=1)).isoformat()
HEADER = "first_name,last_name,phone,email,language,cohort,discharge_date,consent_sms,consent_email\n"
GOOD_ROW = f"राहुल,वर्मा,98123 45611,,hi,Batch 7,{YESTERDAY},yes,no\n"
BROKEN_ROWS = [
    GOOD_ROW,
    f"अनिता,देशमुख,12345,anita@example.org,mr,Batch 7,{YESTERDAY},yes,yes\n",   # a bad phone
    f"John,Fernandes,098123 45611,,en,Batch 7,{YESTERDAY},yes,no\n",             # the same phone as line 2
    "Maya,Rao,98123 45690,,en,Batch 7,2999-01-01,maybe,no\n",                     # a future date, a bad yes/no
    f"Old,Friend,98123 45699,,gu,Batch 7,{YESTERDAY},yes,no\n",                   # enrolled already; Gujarati
    f"Extra,Cells,98123 45698,,en,Batch 7,{YESTERDAY},yes,no,surplus\n",         # more cells than columns
]


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues():
    require_compiled_catalogues()


def english_left(app, html: str) -> list[str]:
    # The centre's name is a name, not a sentence ("Sunrise Recovery Centre" holds "Recovery").
    return untranslated_on(visible_text(html).replace(app.config["CENTRE_NAME"], ""))


def assert_all_in_words(app, pages: dict[str, str]) -> None:
    left = {where: english_left(app, html) for where, html in pages.items()}
    assert {where: found for where, found in left.items() if found} == {}


@pytest.fixture
def records(app):
    """Asha, enrolled; Kavita, a colleague on the rota for two nights; two API tokens, one
    of them revoked."""
    with app.app_context():
        asha = make_alumnus(first_name="आशा", last_name="कुलकर्णी", language="mr", phone="+919812345699")
        kavita = make_user("staff", name="कविता", phone="+919800000002")
        add_shifts(kavita.id, [0, 2], 22, 6, by=kavita)
        issue_token(kavita.email, "EHR sync")
        issue_token(kavita.email, "old laptop")
        revoke_token(next(t.id for t in all_tokens() if t.name == "old laptop"))
        db.session.commit()
        return {"asha": asha.id, "kavita": kavita.id}


def _upload(client, text: str, name: str = "alumni.csv", encoding: str = "utf-8"):
    return client.post("/alumni/import", data={"file": (io.BytesIO(text.encode(encoding)), name)},
                       content_type="multipart/form-data")


# --- the pages, filled and empty ----------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_the_records_and_admin_pages_show_no_english_sentence(app, login_as, records, language):
    admin = login_as("admin", language=language, name="सुनीता")
    pages = {path: admin.get(path.format(**records)).text for path in (
        "/alumni/new", "/alumni/{asha}/edit", "/alumni/import", "/admin/tokens", "/admin/on-call",
        "/admin/users/{kavita}")}
    assert_all_in_words(app, pages)


@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_token_list_and_rota_are_in_words(app, login_as, language):
    admin = login_as("admin", language=language, name="सुनीता")
    assert_all_in_words(app, {path: admin.get(path).text for path in ("/admin/tokens", "/admin/on-call")})


# --- forms refused, each error beside its field -------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_a_refused_enrolment_and_edit_say_why_in_the_readers_language(app, login_as, records, language):
    admin = login_as("admin", language=language, name="सुनीता")
    refused = {
        "enrol, many errors": admin.post("/alumni/new", data={
            "first_name": "", "phone": "12345", "email": "not-an-email", "timezone": "Mars/Base",
            "discharge_date": TOMORROW, "sobriety_date": TOMORROW, "preferred_hour": "10",
            "language": "gu", "preferred_channel": "fax", "supporter_relation": "भाऊ",
            "supporter_phone": "12"}),
        "enrol, nothing to reach them by": admin.post("/alumni/new", data={
            "first_name": "रवी", "discharge_date": "31/02/2024", "preferred_hour": "25", "notes": "x" * 5001}),
        "enrol, email without an address": admin.post("/alumni/new", data={
            "first_name": "रवी", "phone": "020 2612 3456", "discharge_date": YESTERDAY, "preferred_hour": "10",
            "preferred_channel": "email", "consent_sms": "y"}),
        "enrol, a number already enrolled": admin.post("/alumni/new", data={
            "first_name": "रवी", "phone": "98123 45699", "discharge_date": YESTERDAY, "preferred_hour": "10",
            "preferred_channel": "sms"}),
        "edit": admin.post(f"/alumni/{records['asha']}/edit", data={
            "first_name": "आशा", "phone": "+919812345699", "discharge_date": "2024-13-45",
            "preferred_hour": "10", "preferred_channel": "sms", "assigned_staff": "999999", "plan": "No such plan",
            "timezone": "Asia/Kolkata", "language": "mr"}),
    }
    assert {what: r.status_code for what, r in refused.items()} == {what: 422 for what in refused}
    assert_all_in_words(app, {what: r.text for what, r in refused.items()})


@pytest.mark.parametrize("language", LANGUAGES)
def test_refused_admin_forms_say_why_in_the_readers_language(app, login_as, records, language):
    admin = login_as("admin", language=language, name="सुनीता")
    kavita = records["kavita"]
    refused = {
        "a shift on no weekday": admin.post("/admin/on-call", data={"user": kavita, "start_hour": "9",
                                                                   "end_hour": "17"}),
        "a shift for nobody": admin.post("/admin/on-call", data={"user": "", "weekday": ["1"], "start_hour": "9",
                                                                "end_hour": "17"}),
        "a shift ending as it starts": admin.post("/admin/on-call", data={"user": kavita, "weekday": ["1"],
                                                                         "start_hour": "9", "end_hour": "9"}),
        "an alert phone that is no number": admin.post(f"/admin/users/{kavita}", data={
            "name": "कविता", "role": "staff", "phone": "12345"}),
        "a short password": admin.post(f"/admin/users/{kavita}/password", data={"password": "short"}),
        "an upload without a file": admin.post("/alumni/import", data={}),
    }
    assert all(r.status_code in (200, 422) for r in refused.values()), "shown again, not saved"
    assert_all_in_words(app, {what: r.text for what, r in refused.items()})


# --- the CSV import, step by step ----------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_an_import_with_problems_is_previewed_refused_and_reported_in_words(app, login_as, records, language):
    admin = login_as("admin", language=language, name="सुनीता")
    preview_url = _upload(admin, HEADER + "".join(BROKEN_ROWS)).headers["Location"]
    pages = {"preview with problems": admin.get(preview_url).text}
    pages["all or nothing refused"] = admin.post(preview_url + "/confirm", data={}, follow_redirects=True).text
    pages["report"] = admin.post(preview_url + "/confirm", data={"valid_only": "y"}, follow_redirects=True).text
    assert_all_in_words(app, pages)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_clean_import_and_unreadable_files_are_in_words(app, login_as, language):
    admin = login_as("admin", language=language, name="सुनीता")
    clean = _upload(admin, HEADER + GOOD_ROW).headers["Location"]
    pages = {"preview, every row valid": admin.get(clean).text,
             "imported": admin.post(clean + "/confirm", data={}, follow_redirects=True).text}
    for what, upload in {
        "not UTF-8": _upload(admin, HEADER + "José,Pérez,98123 45677,,en,,2024-01-01,yes,no\n", encoding="latin-1"),
        "an unknown column, none required": _upload(admin, "shoe_size,notes\n42,x\n"),
        "empty": _upload(admin, "\n"),
        "a header only": _upload(admin, HEADER),
        "the template's example row": admin.post("/alumni/import", data={
            "file": (io.BytesIO(admin.get("/alumni/import/template.csv").data), "alumni-template.csv")},
            content_type="multipart/form-data"),
    }.items():
        pages[what] = admin.get(upload.headers["Location"]).text
    assert_all_in_words(app, pages)


# --- flash messages -----------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_what_was_done_on_the_admin_pages_is_said_in_words(app, login_as, records, language):
    admin = login_as("admin", language=language, name="सुनीता")
    with app.app_context():
        token_id = next(t.id for t in all_tokens() if t.name == "EHR sync")
    pages = {
        "shift added": admin.post("/admin/on-call", data={"user": records["kavita"], "weekday": ["5"],
                                                         "start_hour": "8", "end_hour": "20"}, follow_redirects=True),
        "token revoked": admin.post(f"/admin/tokens/{token_id}/revoke", data={}, follow_redirects=True),
    }
    with app.app_context():
        from alumni.workspace.on_call import rota
        shift_id = rota()[0].id
    pages["shift removed"] = admin.post(f"/admin/on-call/{shift_id}/remove", data={}, follow_redirects=True)
    assert_all_in_words(app, {what: r.text for what, r in pages.items()})


@pytest.mark.parametrize("language", LANGUAGES)
def test_stopping_and_resuming_contact_refused_by_the_service_is_said_in_words(app, login_as, language):
    with app.app_context():
        withdrawn = make_alumnus(phone="+919812345678")
        status_changes.withdraw(withdrawn, reason="moved away")
        make_alumnus(phone="+919812345678")
        active_id = make_alumnus().id
        withdrawn_id = withdrawn.id
    admin = login_as("admin", language=language, name="सुनीता")
    pages = {
        "pause without a reason": admin.post(f"/alumni/{active_id}/pause", data={"reason": " "}),
        "resume of a number enrolled again": admin.post(f"/alumni/{withdrawn_id}/resume", data={},
                                                        follow_redirects=True),
        "supporter without a name": admin.post(f"/alumni/{active_id}/supporters", data={"phone": "12"}),
    }
    assert_all_in_words(app, {what: r.text for what, r in pages.items()})
    with app.app_context():
        assert db.session.get(Alumnus, withdrawn_id).status == "withdrawn"
