"""CSV enrolment: a broken file is reported row by row and imports nothing; the fixed file
imports everyone, Devanagari intact."""
import csv
import io
import os
import re
from datetime import date, timedelta
from pathlib import Path

from alumni.extensions import db
from alumni.models import Alumnus, AuditEvent, CheckIn
from alumni.records import csv_checks
from tests.support.factories import make_alumnus

YESTERDAY = (date.today() - timedelta(days=1)).isoformat()
HEADER = "first_name,last_name,phone,email,language,cohort,discharge_date,consent_sms,consent_email\n"
GOOD_ROWS = [
    f"राहुल,वर्मा,98123 45611,,hi,Batch 7,{YESTERDAY},yes,no\n",
    f"अनिता,देशमुख,+91 98123-45612,anita@example.org,mr,Batch 7,{YESTERDAY},yes,yes\n",
    f"John,Fernandes,098123 45613,,en,Batch 7,{YESTERDAY},yes,no\n",
]
BROKEN_ROWS = [
    GOOD_ROWS[0],
    f"अनिता,देशमुख,12345,anita@example.org,mr,Batch 7,{YESTERDAY},yes,yes\n",   # line 3: bad phone
    f"John,Fernandes,098123 45611,,en,Batch 7,{YESTERDAY},yes,no\n",             # line 4: same phone as line 2
    "Maya,Rao,98123 45690,,en,Batch 7,2999-01-01,yes,no\n",                       # line 5: future date
    f"Old,Friend,98123 45699,,en,Batch 7,{YESTERDAY},yes,no\n",                   # line 6: already in the DB
]


def _upload(client, text: str, bom: bool = True, name="alumni.csv"):
    content = (("\ufeff" if bom else "") + text).encode("utf-8")
    return client.post("/alumni/import", data={"file": (io.BytesIO(content), name)},
                       content_type="multipart/form-data")


def _count(app):
    with app.app_context():
        return db.session.scalar(db.select(db.func.count(Alumnus.id)))


def test_broken_file_is_reported_row_by_row_then_the_fixed_file_imports(app, login_as):
    with app.app_context():
        existing = make_alumnus(first_name="Old", phone="+919812345699").id
    client = login_as("coordinator")

    response = _upload(client, HEADER + "".join(BROKEN_ROWS))
    assert response.status_code == 302
    preview = client.get(response.headers["Location"])
    rows = re.findall(r"<tr><td>(\d+)</td><td>(\w+)</td><td>([^<]+)</td></tr>", preview.text)
    problems = {(int(line), column): message for line, column, message in rows}
    assert "too few or too many digits" in problems[(3, "phone")]
    assert problems[(4, "phone")] == "The same phone number is on line 2."
    assert problems[(5, "discharge_date")] == "The discharge date cannot be in the future."
    assert problems[(6, "phone")] == f"Already enrolled: alumnus {existing} has this phone number."
    assert len(problems) == 4
    confirm_url = response.headers["Location"] + "/confirm"
    refused = client.post(confirm_url, data={})
    assert refused.status_code == 302
    assert "nothing was imported" in client.get(refused.headers["Location"]).text
    assert _count(app) == 1, "all-or-nothing: one bad row imports nothing"

    fixed = _upload(client, HEADER + "".join(GOOD_ROWS))
    preview = client.get(fixed.headers["Location"])
    assert "Every row is valid" in preview.text and "राहुल" in preview.text
    done = client.post(fixed.headers["Location"] + "/confirm", data={})
    assert done.status_code == 302 and done.headers["Location"].endswith("/alumni/")
    listing = client.get("/alumni/")
    assert "Imported 3 alumni" in listing.text
    assert "राहुल वर्मा" in listing.text and "अनिता देशमुख" in listing.text
    with app.app_context():
        rahul = db.session.scalar(db.select(Alumnus).filter_by(first_name="राहुल"))
        assert rahul.phone == "+919812345611" and rahul.language == "hi" and rahul.cohort.name == "Batch 7"
        assert rahul.current_consent("sms") and not rahul.current_consent("email")
        assert rahul.plan_id is not None
        assert db.session.scalar(db.select(db.func.count(CheckIn.id)).filter_by(alumnus_id=rahul.id)) > 0
        rahul_id = rahul.id
    timeline = client.get(f"/alumni/{rahul_id}")
    assert "राहुल वर्मा" in timeline.text and "via csv" in timeline.text and "SMS consent given" in timeline.text


def test_valid_rows_only_is_an_explicit_choice(app, login_as):
    client = login_as("coordinator")
    response = _upload(client, HEADER + "".join(BROKEN_ROWS[:4]), bom=False)
    preview = client.get(response.headers["Location"])
    assert "Import the valid rows only" in preview.text
    client.post(response.headers["Location"] + "/confirm", data={"valid_only": "y"})
    with app.app_context():
        names = set(db.session.scalars(db.select(Alumnus.first_name)))
    assert names == {"राहुल"}


def test_a_file_that_is_not_utf8_or_has_unknown_columns_is_refused_whole(app, login_as):
    client = login_as("coordinator")
    latin = client.post("/alumni/import", data={"file": (io.BytesIO("first_name\nJosé\n".encode("latin-1")), "x.csv")},
                        content_type="multipart/form-data")
    assert "not UTF-8" in client.get(latin.headers["Location"]).text
    unknown = _upload(client, "first_name,discharge_date,phone,shoe_size\nA,2024-01-01,9812345678,9\n")
    page = client.get(unknown.headers["Location"])
    assert "shoe_size" in page.text and "Unknown column" in page.text
    assert "Upload a corrected file" in page.text


def test_the_template_has_the_exact_headers_and_reimports_cleanly(app, login_as):
    client = login_as("coordinator")
    template = client.get("/alumni/import/template.csv")
    assert template.status_code == 200 and template.mimetype == "text/csv"
    text = template.data.decode("utf-8-sig")
    header, example = list(csv.reader(io.StringIO(text, newline="")))
    assert header == list(csv_checks.TEMPLATE_HEADERS)
    assert dict(zip(header, example, strict=True))["language"] == "Marathi"

    left_in = client.get(_upload(client, text, bom=False).headers["Location"])
    assert "This is the template&#39;s example row; delete it." in left_in.text
    assert "0 valid" in left_in.text, "the example row left in the file is never enrolled"

    row = {h: "" for h in csv_checks.TEMPLATE_HEADERS}
    row.update(first_name="Asha", phone="9812345601", discharge_date=YESTERDAY, consent_sms="yes")
    filled = text.splitlines()[0] + "\n" + ",".join(row[h] for h in csv_checks.TEMPLATE_HEADERS) + "\n"
    response = _upload(client, filled, bom=False)
    client.post(response.headers["Location"] + "/confirm", data={})
    assert _count(app) == 1


def test_the_pending_upload_is_kept_on_the_server_for_its_uploader_only(app, login_as):
    coordinator = login_as("coordinator")
    response = _upload(coordinator, HEADER + GOOD_ROWS[0])
    upload_id = response.headers["Location"].rsplit("/", 1)[1]
    stored = Path(app.config["INSTANCE_PATH"]) / "imports" / f"{upload_id}.csv"
    assert "राहुल".encode() in stored.read_bytes()
    assert "राहुल".encode() not in b"".join(v.encode() for v in coordinator.get_cookie("session").value.split("."))
    other = login_as("admin")
    assert other.get(f"/alumni/import/{upload_id}").status_code == 404
    coordinator.post(f"/alumni/import/{upload_id}/confirm", data={})
    assert not stored.exists(), "the upload is deleted once imported"
    assert os.path.isdir(stored.parent)


def test_an_import_is_audited_per_person_and_as_a_whole(app, login_as):
    client = login_as("coordinator")
    response = _upload(client, HEADER + "".join(GOOD_ROWS))
    client.post(response.headers["Location"] + "/confirm", data={})
    with app.app_context():
        actions = list(db.session.scalars(db.select(AuditEvent.action)))
    assert actions.count("alumnus.enrolled") == 3
    assert actions.count("alumni.imported") == 1


def test_after_importing_the_valid_rows_the_report_stays_and_the_skipped_rows_download(app, login_as):
    with app.app_context():
        make_alumnus(first_name="Old", phone="+919812345699")
    client = login_as("coordinator")
    response = _upload(client, HEADER + "".join(BROKEN_ROWS))
    report_url = response.headers["Location"]
    done = client.post(report_url + "/confirm", data={"valid_only": "y"})
    assert done.headers["Location"] == report_url, "the import comes back to its report"

    report = client.get(report_url)
    assert report.status_code == 200
    assert "1 row(s) imported; 4 row(s) skipped" in report.text
    assert "राहुल वर्मा" in report.text
    assert "phone: The same phone number is on line 2." in report.text
    assert "discharge_date: The discharge date cannot be in the future." in report.text
    with app.app_context():
        rahul_id = db.session.scalar(db.select(Alumnus.id).filter_by(first_name="राहुल"))
        shown = db.session.scalars(db.select(AuditEvent.detail).filter_by(action="alumnus.read",
                                                                          alumnus_id=rahul_id)).all()
    assert {"what": "import report"} in shown, "the report shows an alumnus's name: the read is audited"
    assert f"/alumni/{rahul_id}" in report.text

    skipped = client.get(report_url + "/skipped.csv")
    assert skipped.status_code == 200 and skipped.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(skipped.data.decode("utf-8-sig"), newline="")))
    assert rows[0] == HEADER.strip().split(",") + ["problem"]
    assert [row[0] for row in rows[1:]] == ["अनिता", "John", "Maya", "Old"]
    assert rows[1][2] == "12345" and "phone:" in rows[1][-1]
    assert rows[3][-1] == "discharge_date: The discharge date cannot be in the future."

    assert login_as("admin").get(report_url).status_code == 404, "the report is its uploader's only"
    assert login_as("admin").get(report_url + "/skipped.csv").status_code == 404

    # Fixed in the spreadsheet (the problem column left in), the skipped rows import.
    rows[1][2], rows[2][2], rows[3][6] = "98123 45612", "98123 45613", YESTERDAY
    fixed = io.StringIO()
    csv.writer(fixed).writerows(rows[:4])
    again = _upload(client, fixed.getvalue())
    preview = client.get(again.headers["Location"])
    assert "Every row is valid" in preview.text, preview.text
    client.post(again.headers["Location"] + "/confirm", data={})
    with app.app_context():
        names = set(db.session.scalars(db.select(Alumnus.first_name)))
    assert names == {"Old", "राहुल", "अनिता", "John", "Maya"}


def test_the_language_may_be_written_as_its_name(app, login_as):
    client = login_as("coordinator")
    written = ["Marathi", "मराठी", "mr", "Hindi", "हिंदी", "हिन्दी", "hi", "English", "en", "Gujarati"]
    rows = [f"P{i},,98123 456{i:02d},,{language},,{YESTERDAY},yes,no\n" for i, language in enumerate(written)]
    response = _upload(client, HEADER + "".join(rows))
    preview = client.get(response.headers["Location"])
    assert "Choose English (en), Hindi (hi) or Marathi (mr)." in preview.text
    assert "9 valid" in preview.text, "only Gujarati is refused"
    client.post(response.headers["Location"] + "/confirm", data={"valid_only": "y"})
    with app.app_context():
        languages = dict(db.session.execute(db.select(Alumnus.first_name, Alumnus.language)).all())
    assert [languages[f"P{i}"] for i in range(9)] == ["mr"] * 3 + ["hi"] * 4 + ["en"] * 2
