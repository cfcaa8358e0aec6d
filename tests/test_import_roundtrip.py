"""An export of the alumni list uploads again as it is: the export-only columns (id,
status) are ignored and the apostrophe the export puts before formula-like cells is taken
off again, so names, phone numbers, staff and every consent (the milestones opt-in too)
come back exactly as they were."""
import io
from datetime import date, timedelta

from alumni.domain.milestones import MILESTONE_CONSENT
from alumni.extensions import db
from alumni.models import Alumnus, Channel, Cohort, Consent, ConsentSource
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus

CONSENT_KINDS = (*(c.value for c in Channel), MILESTONE_CONSENT)
FIELDS = ("first_name", "last_name", "phone", "email", "language", "timezone", "programme",
          "discharge_date", "sobriety_date", "preferred_channel", "discreet")


def _snapshot(alumnus: Alumnus) -> dict:
    return {**{name: getattr(alumnus, name) for name in FIELDS},
            "cohort": alumnus.cohort.name if alumnus.cohort else None,
            "staff": alumnus.assigned_staff.email if alumnus.assigned_staff else None,
            "consents": {kind for kind in CONSENT_KINDS if alumnus.current_consent(kind)}}


def test_an_export_reimports_to_the_same_people(app, login_as):
    with app.app_context():
        cohort = Cohort(name="=cmd|' /C calc'!A0")
        db.session.add(cohort)
        db.session.commit()
        staff = make_user("staff", email="=staff@example.org")
        people = [
            make_alumnus(first_name="+HYPERLINK(\"http://evil\")", last_name="'t Hooft", programme="-2+3",
                         cohort_id=cohort.id, assigned_staff_id=staff.id, language="mr", discreet=True,
                         sobriety_date=date.today() - timedelta(days=90),
                         consent=(Channel.SMS, Channel.EMAIL)),
            make_alumnus(first_name="राहुल", last_name="@वर्मा", language="hi", email=None,
                         preferred_channel=Channel.WHATSAPP, consent=(Channel.WHATSAPP,)),
        ]
        # The first asked for a text on each sobriety milestone; the second did not.
        db.session.add(Consent(alumnus=people[0], channel=MILESTONE_CONSENT, granted=True,
                               source=ConsentSource.FORM))
        db.session.commit()
        before = sorted((_snapshot(a) for a in people), key=lambda s: s["phone"])
        assert sum(MILESTONE_CONSENT in s["consents"] for s in before) == 1
    client = login_as("coordinator")
    exported = client.get("/alumni/export.csv")
    assert "'+91" in exported.data.decode("utf-8-sig"), "the export guards the phone numbers"

    with app.app_context():
        # They withdrew; now they come back, and the old export is the enrolment file.
        for alumnus in db.session.scalars(db.select(Alumnus)):
            alumnus.status = "withdrawn"
        db.session.commit()
    upload = client.post("/alumni/import", data={"file": (io.BytesIO(exported.data), "alumni-export.csv")},
                         content_type="multipart/form-data")
    preview = client.get(upload.headers["Location"])
    assert "Every row is valid" in preview.text, preview.text
    client.post(upload.headers["Location"] + "/confirm", data={})

    with app.app_context():
        back = list(db.session.scalars(db.select(Alumnus).where(Alumnus.status == "active")))
        assert len(back) == 2
        assert sorted((_snapshot(a) for a in back), key=lambda s: s["phone"]) == before
        assert {a.id for a in back}.isdisjoint(a.id for a in people), "new records; the export's ids are ignored"
