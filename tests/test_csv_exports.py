"""Every CSV the service hands out is safe to open in a spreadsheet: a cohort, a name or a
programme that looks like a formula comes out as text, whichever download it is in."""
import csv
import io
from datetime import timedelta

import pytest

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import CheckIn, CheckInStatus, Cohort, FollowUpReason, utcnow
from alumni.web.reports.views import CSV_HEADERS
from alumni.workspace.figures import rollup
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
COHORT = "=cmd|' /C calc'!A0"
# The values each route must show, guarded, to prove the formula-like data reached it.
EXPECTED = {"reports.export": ["'" + COHORT], "alumni.export": ["'" + COHORT, "'@SUM(A1)", "'-2+3",
                                                                "'+HYPERLINK(\"http://evil\")",
                                                                "'\tlead", "'\rcr", "'=staff@example.org"],
            "alumni.import_template": [], "alumni.import_skipped": ["'" + COHORT, "'@SUM(A1)"],
            "workspace.call_list_csv": ["'+HYPERLINK(\"http://evil\") @SUM(A1)", "'=2+2"],
            # months and counts only: nothing anyone typed reaches it
            "recovery.linkage_csv": []}


def _seed(app):
    with app.app_context():
        cohort = Cohort(name=COHORT)
        db.session.add(cohort)
        db.session.commit()
        staff = make_user("staff", email="=staff@example.org")
        alumnus = make_alumnus(first_name="+HYPERLINK(\"http://evil\")", last_name="@SUM(A1)", programme="-2+3",
                               cohort_id=cohort.id, assigned_staff_id=staff.id, notes="=1+1")
        make_alumnus(first_name="\tlead", last_name="\rcr", programme="=A1", cohort_id=cohort.id)
        now = utcnow()
        db.session.add(CheckIn(alumnus_id=alumnus.id, channel="sms", due_at=now, status=CheckInStatus.REPLIED,
                               score=4, sent_at=now - timedelta(minutes=5), delivered_at=now))
        db.session.commit()
        open_case(alumnus.id, FollowUpReason.CALLBACK, note="=2+2")
        db.session.commit()
        rollup(days_back=30)


def _skipped_import(client) -> str:
    """An import whose skipped row is formula-like; the upload's id."""
    content = (f"first_name,last_name,phone,discharge_date\nAsha,,9812345601,2024-01-01\n"
               f"\"{COHORT}\",@SUM(A1),12,2024-01-01\n").encode()
    upload = client.post("/alumni/import", data={"file": (io.BytesIO(content), "x.csv")},
                         content_type="multipart/form-data")
    client.post(upload.headers["Location"] + "/confirm", data={"valid_only": "y"})
    return upload.headers["Location"].rsplit("/", 1)[1]


def _csv_urls(app, upload_id: str = "none") -> dict[str, list[str]]:
    """Every route whose address ends in .csv, each with the addresses it serves."""
    urls: dict[str, list[str]] = {}
    for rule in app.url_map.iter_rules():
        if not rule.rule.endswith(".csv"):
            continue
        if rule.arguments == {"chart"}:
            urls[rule.endpoint] = [rule.rule.replace("<chart>", chart) for chart in CSV_HEADERS]
        elif rule.arguments == {"upload_id"}:
            urls[rule.endpoint] = [rule.rule.replace("<upload_id>", upload_id)]
        else:
            assert not rule.arguments, f"{rule.rule}: teach this test the values of its arguments"
            urls[rule.endpoint] = [rule.rule]
    return urls


def test_the_walk_covers_every_csv_download(app):
    assert set(_csv_urls(app)) == set(EXPECTED), "a CSV route was added: give it formula-like data here"


@pytest.mark.parametrize("endpoint", sorted(EXPECTED))
def test_no_cell_of_a_csv_download_can_run_as_a_formula(app, login_as, endpoint):
    _seed(app)
    admin = login_as("admin")
    seen = []
    upload_id = _skipped_import(admin) if endpoint == "alumni.import_skipped" else "none"
    for url in _csv_urls(app, upload_id)[endpoint]:
        response = admin.get(url)
        assert response.status_code == 200, url
        assert response.mimetype == "text/csv", url
        text = response.data.decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        assert rows and rows[0], url
        for row in rows:
            for cell in row:
                assert not cell.startswith(FORMULA_STARTS), f"{url}: {cell!r}"
                seen.append(cell)
    for value in EXPECTED[endpoint]:
        assert value in seen, f"{endpoint} did not carry {value!r}"
