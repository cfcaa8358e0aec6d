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
import re
from datetime import timedelta
from pathlib import Path

import pytest
from flask_babel import force_locale

from alumni.accounts.tokens import all_tokens, issue_token, revoke_token
from alumni.extensions import db
from alumni.models import Alumnus
from alumni.records import status_changes
from alumni.workspace.on_call import add_shifts, rota
from tests.conftest import ROOT
from tests.support.accounts import make_user
from tests.support.days import centre_today
from tests.support.factories import make_alumnus
from tests.support.staff_language_walk import (
    english_left_on,
    require_compiled_catalogues,
    untranslated_on,
)

LANGUAGES = ["mr", "hi"]
YESTERDAY = (centre_today() - timedelta(days=1)).isoformat()
# A day that is still in the future when the test runs: these are computed when the suite is
# collected, and a run that starts before the centre's midnight and reaches this file after it
# would find "tomorrow" become today (CI, 2026-12-05, collected 23:49 IST, ran at 00:15).
TOMORROW = (centre_today() + timedelta(days=2)).isoformat()
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


def assert_all_in_words(app, pages: dict[str, str]) -> None:
    left = {where: english_left_on(app, html) for where, html in pages.items()}
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

# A few words each page must show in each language (the walk above only proves English is gone).
PAGE_WORDS = {
    "mr": {"/alumni/new": "पहिले नाव", "/alumni/{asha}/edit": "बदल जतन करा", "/alumni/import": "नमुना CSV",
           "/admin/tokens": "परवानग्या", "/admin/on-call": "मंगळवार", "/admin/users/{kavita}": "नवीन पासवर्ड ठेवा"},
    "hi": {"/alumni/new": "पहला नाम", "/alumni/{asha}/edit": "बदलाव सहेजें", "/alumni/import": "नमूना CSV",
           "/admin/tokens": "अनुमतियाँ", "/admin/on-call": "मंगलवार", "/admin/users/{kavita}": "नया पासवर्ड रखें"},
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_records_and_admin_pages_show_no_english_sentence(app, login_as, records, language):
    admin = login_as("admin", language=language, name="सुनीता")
    pages = {path: admin.get(path.format(**records)).text for path in PAGE_WORDS[language]}
    assert_all_in_words(app, pages)
    assert {path: words for path, words in PAGE_WORDS[language].items() if words not in pages[path]} == {}


def test_english_readers_still_see_english(app, login_as, records):
    admin = login_as("admin", name="Sunita")
    form = admin.get("/alumni/new").text
    assert "First name" in form and "Consents to SMS" in form and "Enrol a graduate" in form
    assert "Consents to SMS" in english_left_on(app, form), "the walk would notice these words left in English"
    assert "Start from the" in admin.get("/alumni/import").text
    rota_page = admin.post("/admin/on-call", data={"user": records["kavita"], "weekday": ["5"], "start_hour": "8",
                                                  "end_hour": "20"}, follow_redirects=True).text
    assert "Added 1 shift to the rota." in rota_page and "Tuesday" in rota_page and "24:00 (midnight)" in rota_page
    assert "revoked" in admin.get("/admin/tokens").text
    refused = admin.post("/alumni/new", data={"first_name": "Ravi", "discharge_date": TOMORROW, "phone": "12345"})
    assert "The discharge date cannot be in the future." in refused.text
    assert "This phone number has too few or too many digits." in refused.text


@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_token_list_and_rota_are_in_words(app, login_as, language):
    admin = login_as("admin", language=language, name="सुनीता")
    pages = {path: admin.get(path).text for path in ("/admin/tokens", "/admin/on-call")}
    assert_all_in_words(app, pages)
    nobody = {"mr": "आत्ता कोणीही ऑन-कॉल नाही: संकटाच्या सूचना सर्व ॲडमिनना जातात.",
              "hi": "अभी कोई ऑन-कॉल नहीं है: संकट की सूचनाएँ सभी एडमिन को जाती हैं।"}
    assert nobody[language] in pages["/admin/on-call"]
    assert {"mr": "अजून कोणताही API टोकन नाही.", "hi": "अभी कोई API टोकन नहीं।"}[language] in pages["/admin/tokens"]


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
    future = {"mr": "डिस्चार्जची तारीख भविष्यातील असू शकत नाही.", "hi": "डिस्चार्ज की तारीख़ भविष्य की नहीं हो सकती।"}
    assert future[language] in refused["enrol, many errors"].text
    no_day = {"mr": "कॅलेंडरमध्ये असा दिवस नाही.", "hi": "कैलेंडर में ऐसा कोई दिन नहीं है।"}
    assert no_day[language] in refused["enrol, nothing to reach them by"].text


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
    weekday = {"mr": "किमान एक वार निवडा.", "hi": "कम से कम एक दिन चुनें।"}
    assert weekday[language] in refused["a shift on no weekday"].text


# --- the CSV import, step by step ----------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_an_import_with_problems_is_previewed_refused_and_reported_in_words(app, login_as, records, language):
    admin = login_as("admin", language=language, name="सुनीता")
    preview_url = _upload(admin, HEADER + "".join(BROKEN_ROWS)).headers["Location"]
    pages = {"preview with problems": admin.get(preview_url).text}
    pages["all or nothing refused"] = admin.post(preview_url + "/confirm", data={}, follow_redirects=True).text
    pages["report"] = admin.post(preview_url + "/confirm", data={"valid_only": "y"}, follow_redirects=True).text
    assert_all_in_words(app, pages)
    same_phone = {"mr": "phone: हाच फोन नंबर ओळ 2 वर आहे.", "hi": "phone: यही फ़ोन नंबर पंक्ति 2 में है।"}
    assert same_phone[language] in pages["report"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_skipped_rows_file_says_why_in_the_readers_language_and_still_imports(app, login_as, records,
                                                                                   language):
    admin = login_as("admin", language=language, name="सुनीता")
    report_url = _upload(admin, HEADER + "".join(BROKEN_ROWS[:4])).headers["Location"]
    admin.post(report_url + "/confirm", data={"valid_only": "y"})
    rows = list(csv.reader(io.StringIO(admin.get(report_url + "/skipped.csv").data.decode("utf-8-sig"))))
    assert rows[0] == HEADER.strip().split(",") + ["problem"], "the header the importer reads stays as it is"
    future = {"mr": "discharge_date: डिस्चार्जची तारीख भविष्यातील असू शकत नाही.",
              "hi": "discharge_date: डिस्चार्ज की तारीख़ भविष्य की नहीं हो सकती।"}
    assert future[language] in rows[3][-1]
    assert untranslated_on(" ".join(row[-1] for row in rows[1:])) == []
    # Fixed in the spreadsheet, the problem column (in Marathi or Hindi) left in: it imports.
    rows[1][2], rows[2][2], rows[3][6], rows[3][7] = "98123 45612", "98123 45613", YESTERDAY, "yes"
    fixed = io.StringIO()
    csv.writer(fixed).writerows(rows)
    again = _upload(admin, fixed.getvalue()).headers["Location"]
    assert {"mr": "सर्व ओळी योग्य आहेत.", "hi": "सभी पंक्तियाँ सही हैं।"}[language] in admin.get(again).text


def test_the_skipped_rows_file_of_an_english_reader_is_english(app, login_as, records):
    admin = login_as("admin", name="Sunita")
    report_url = _upload(admin, HEADER + "".join(BROKEN_ROWS[:4])).headers["Location"]
    admin.post(report_url + "/confirm", data={"valid_only": "y"})
    rows = list(csv.reader(io.StringIO(admin.get(report_url + "/skipped.csv").data.decode("utf-8-sig"))))
    assert rows[2][-1] == "phone: The same phone number is on line 2."


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
    imported = {"mr": "alumni.csv मधून 1 माजी रुग्ण इम्पोर्ट केला.", "hi": "alumni.csv से 1 पूर्व मरीज़ इम्पोर्ट किया गया।"}
    assert imported[language] in pages["imported"]


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
        shift_id = rota()[0].id
    pages["shift removed"] = admin.post(f"/admin/on-call/{shift_id}/remove", data={}, follow_redirects=True)
    assert_all_in_words(app, {what: r.text for what, r in pages.items()})
    added = {"mr": "रोटामध्ये 1 शिफ्ट जोडली.", "hi": "रोटा में 1 शिफ़्ट जोड़ी गई।"}
    assert added[language] in pages["shift added"].text


@pytest.mark.parametrize("language", LANGUAGES)
def test_stopping_and_resuming_contact_refused_by_the_service_is_said_in_words(app, login_as, language):
    with app.app_context():
        withdrawn = make_alumnus(phone="+919812345678")
        status_changes.withdraw(withdrawn, reason="moved away")
        newer_id = make_alumnus(phone="+919812345678").id
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
    say_why = {"mr": "थोडक्यात कारण लिहा: ते नोंदीत ठेवले जाते.", "hi": "कुछ शब्दों में कारण लिखें: यह रिकॉर्ड में रखा जाता है।"}
    assert say_why[language] in pages["pause without a reason"].text
    taken = {"mr": f"हा नंबर आता माजी रुग्ण #{newer_id} यांचा आहे", "hi": f"यह नंबर अब पूर्व मरीज़ #{newer_id} का है"}
    assert taken[language] in pages["resume of a number enrolled again"].text
    with app.app_context():
        assert db.session.get(Alumnus, withdrawn_id).status == "withdrawn"


# --- every refusal the services write has its words -----------------------------------------

# The modules whose refusals reach these pages (through ValidationFailed, RecordClosed,
# ReasonNeeded, ImportRefused, a CSV row's problems, ShiftError and AccountError).
REFUSING_MODULES = ["alumni/domain/alumni_validation.py", "alumni/domain/phones.py", "alumni/domain/on_call.py",
                    "alumni/workspace/on_call.py",
                    *sorted(str(path.relative_to(ROOT)) for path in (ROOT / "alumni" / "records").glob("*.py"))]
# One sentence of each shape with a value in it, as the services write it.
SHAPE_EXAMPLES = [
    "Keep this under 120 characters.",
    "This phone number already belongs to alumnus 7.",
    "The record conflicts with another change made at the same moment (uq_cohorts_name).",
    "An alumnus who is erased cannot be paused.",
    "An alumnus who is withdrawn cannot be withdrawn.",
    "An alumnus who is active cannot be active.",
    "This number now belongs to alumnus #7, who is followed up instead. Change the number on this record first.",
    "The same phone number is on line 12.",
    "Already enrolled: alumnus 7 has this phone number.",
    "The file cannot be read past here: field larger than field limit (131072).",
]


def sentences_written_in(path: Path) -> set[str]:
    """Every sentence (a capital first, a space, a full stop last) a module writes outside
    its docstrings; an f-string's values as "{}"."""
    tree = ast.parse(path.read_text())
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)}
    inside_fstrings = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values}
    sentences = set()
    for node in ast.walk(tree):
        if id(node) in docstrings or id(node) in inside_fstrings:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        elif isinstance(node, ast.JoinedStr):
            text = "".join(part.value if isinstance(part, ast.Constant) else "{}" for part in node.values)
        else:
            continue
        if text[:1].isupper() and " " in text and text.endswith("."):
            sentences.add(text)
    return sentences


def test_every_refusal_the_services_write_has_an_entry_and_every_entry_is_written():
    from alumni.web.refusal_words import REFUSAL_SHAPES, REFUSALS
    written = set().union(*(sentences_written_in(ROOT / module) for module in REFUSING_MODULES))
    known = set(REFUSALS) | set(REFUSAL_SHAPES)
    assert written - known == set(), "a refusal with no entry in alumni/web/refusal_words.py"
    assert known - written == set(), "an entry that no module writes any more"


def test_the_scan_sees_a_refusal_with_a_value_in_it(tmp_path):
    # The check itself: an f-string refusal is found by its shape.
    module = tmp_path / "refusing.py"
    module.write_text('"""A docstring. Not a refusal."""\n'
                      'def f(n):\n    raise ValueError(f"Keep this under {n} characters.")\n')
    assert sentences_written_in(module) == {"Keep this under {} characters."}


def test_every_shape_has_an_example_above():
    from alumni.web.refusal_words import REFUSAL_SHAPES

    def fits(shape: str, sentence: str) -> bool:
        return re.fullmatch(re.escape(shape).replace(re.escape("{}"), ".+"), sentence) is not None
    assert {shape for shape in REFUSAL_SHAPES if not any(fits(shape, example) for example in SHAPE_EXAMPLES)} == set()


def _said(app, language: str | None, sentences: list[str]) -> dict[str, str]:
    from alumni.web.refusal_words import refusal_words
    with app.test_request_context():
        if language is None:
            return {english: refusal_words(english) for english in sentences}
        with force_locale(language):
            return {english: refusal_words(english) for english in sentences}


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_refusal_reads_in_the_readers_language(app, language):
    from alumni.web.refusal_words import REFUSALS
    said = _said(app, language, [*REFUSALS, *SHAPE_EXAMPLES])
    assert {english: words for english, words in said.items() if words == english or untranslated_on(words)} == {}
    assert said["The same phone number is on line 12."] == {
        "mr": "हाच फोन नंबर ओळ 12 वर आहे.", "hi": "यही फ़ोन नंबर पंक्ति 12 में है।"}[language]


def test_english_readers_read_each_refusal_as_the_service_wrote_it(app):
    from alumni.web.refusal_words import REFUSALS
    said = _said(app, None, [*REFUSALS, *SHAPE_EXAMPLES])
    assert {english: words for english, words in said.items() if words != english} == {}
