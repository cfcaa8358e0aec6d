"""Sobriety milestones end to end: a coordinator records the opt-in on the profile, the
periodic job owes the text once, the one dispatcher and a real RQ worker send it in the
alumnus's language (discreet mode without a recovery word); a relapse, told by a signed
webhook, offers a new sobriety date that changes only when a person confirms."""
from datetime import date, timedelta

import pytest

from alumni.delivery.dispatcher import dispatch_due
from alumni.domain.schedule import utc_to_local, zone
from alumni.extensions import db
from alumni.models import (
    Alumnus,
    AuditEvent,
    CheckIn,
    CheckInStatus,
    Consent,
    MilestoneText,
    RelapseEvent,
    SobrietyDateChange,
    utcnow,
)
from alumni.records.erasure import erase_alumnus
from alumni.recovery.milestones_texts import owe_milestone_texts
from tests.support.client import FormClient
from tests.support.delivery import outbound_to, run_burst_worker
from tests.support.factories import make_alumnus
from tests.support.inbound import TWILIO_TOKEN, post_sms

RECOVERY_WORDS = ("recover", "sober", "sobriety", "treatment", "rehab", "addiction", "clean", "centre",
                  "नशा", "रिकवरी", "इलाज", "उपचार", "व्यसन", "मुक्ती", "Sunrise")


@pytest.fixture(scope="module")
def milestone_app(make_app, migrated):
    # No quiet hours, so what is sent does not depend on the hour the suite runs at; the
    # preferred hour and quiet hours are the domain tests' business.
    app = make_app(TWILIO_AUTH_TOKEN=TWILIO_TOKEN, QUIET_HOURS="none")
    app.test_client_class = FormClient
    return app


@pytest.fixture
def run_jobs(app, milestone_app):
    return lambda: run_burst_worker(milestone_app)


@pytest.fixture
def site(app, milestone_app):
    with app.app_context():
        yield milestone_app


def local_today() -> date:
    return utc_to_local(utcnow(), zone("Asia/Kolkata")).date()


def opt_in(client, alumnus, wanted: str = "yes"):
    response = client.post(f"/recovery/milestones/alumni/{alumnus.id}/texts", data={"wanted": wanted})
    assert response.status_code == 302
    return response


def owe_and_send(site, run_jobs) -> int:
    """The periodic job (twice, as a scheduler hiccup would), then the dispatcher at the
    latest due time, then the worker."""
    with site.app_context():
        owed = owe_milestone_texts() + owe_milestone_texts()
        due = db.session.scalar(db.select(db.func.max(CheckIn.due_at)).where(CheckIn.template_key == "milestone"))
        dispatch_due(max(utcnow(), due or utcnow()))
    run_jobs()
    return owed


def test_an_opted_in_alumnus_gets_one_warm_text_on_the_day_in_their_language(site, login_as, run_jobs):
    ninety = local_today() - timedelta(days=90)
    asha = make_alumnus(first_name="Asha", language="en", sobriety_date=ninety)
    priya = make_alumnus(first_name="Priya", language="hi", sobriety_date=local_today() - timedelta(days=180))
    today = local_today()
    sunil = make_alumnus(first_name="Sunil", language="mr", sobriety_date=today.replace(year=today.year - 4))
    coordinator = login_as("coordinator", client=site.test_client())
    for person in (asha, priya, sunil):
        opt_in(coordinator, person)

    assert owe_and_send(site, run_jobs) == 3   # the second run owes nothing more

    [to_asha] = outbound_to(asha.id)
    assert "Asha" in to_asha and "90 days of your recovery" in to_asha and "Sunrise Recovery Centre" in to_asha
    [to_priya] = outbound_to(priya.id)
    assert "180 दिन" in to_priya and "गर्व" in to_priya
    [to_sunil] = outbound_to(sunil.id)
    assert "4 वर्षे" in to_sunil and "अभिमान" in to_sunil
    assert db.session.scalar(db.select(db.func.count(MilestoneText.id))) == 3
    # Running again later that day, and the next day, sends nothing more.
    assert owe_and_send(site, run_jobs) == 0
    assert len(outbound_to(asha.id)) == 1


def test_discreet_mode_names_no_recovery_sobriety_or_treatment_and_no_centre(site, login_as, run_jobs):
    people = [make_alumnus(first_name=f"D{language}", language=language, discreet=True,
                           sobriety_date=local_today() - timedelta(days=30)) for language in ("en", "hi", "mr")]
    coordinator = login_as("coordinator", client=site.test_client())
    for person in people:
        opt_in(coordinator, person)

    owe_and_send(site, run_jobs)

    for person, count in zip(people, ("30 days", "30 दिन", "30 दिवस"), strict=True):
        [text] = outbound_to(person.id)
        assert count in text and person.first_name in text
        assert not [word for word in RECOVERY_WORDS if word.lower() in text.lower()], text


def test_without_consent_no_text_and_a_withdrawn_consent_stops_the_one_owed(site, login_as, run_jobs):
    never = make_alumnus(first_name="Never", sobriety_date=local_today() - timedelta(days=60))
    changed_mind = make_alumnus(first_name="Later", sobriety_date=local_today() - timedelta(days=60))
    coordinator = login_as("coordinator", client=site.test_client())
    opt_in(coordinator, changed_mind)
    with site.app_context():
        assert owe_milestone_texts() == 1
    opt_in(coordinator, changed_mind, wanted="no")

    owe_and_send(site, run_jobs)

    assert outbound_to(never.id) == [] and outbound_to(changed_mind.id) == []
    assert db.session.scalar(db.select(CheckIn.status).where(CheckIn.alumnus_id == changed_mind.id)) \
        == CheckInStatus.CANCELLED
    consents = db.session.scalars(db.select(Consent).where(
        Consent.alumnus_id == changed_mind.id, Consent.channel == "milestones").order_by(Consent.id)).all()
    assert [c.granted for c in consents] == [True, False] and consents[0].recorded_by_id is not None
    assert db.session.scalar(db.select(db.func.count(AuditEvent.id)).where(
        AuditEvent.alumnus_id == changed_mind.id, AuditEvent.action.in_(("consent.granted", "consent.revoked")))) == 2


def test_the_profile_shows_the_opt_in_and_only_managers_change_it(site, login_as):
    asha = make_alumnus(first_name="Asha", sobriety_date=local_today() - timedelta(days=10))
    coordinator = login_as("coordinator", client=site.test_client())
    page = coordinator.get(f"/alumni/{asha.id}").get_data(as_text=True)
    assert "Milestones" in page and "They consent to milestone texts" in page
    assert f"30 days on {(asha.sobriety_date + timedelta(days=30)):%a %d %b %Y}" in page
    staff = login_as("staff", client=site.test_client())
    assert "They consent to milestone texts" not in staff.get(f"/alumni/{asha.id}").get_data(as_text=True)
    assert staff.post(f"/recovery/milestones/alumni/{asha.id}/texts", data={"wanted": "yes"}).status_code == 403
    assert coordinator.post(f"/recovery/milestones/alumni/{asha.id}/texts", data={"wanted": "yes"},
                            with_csrf=False).status_code == 400
    opt_in(coordinator, asha)
    assert "Stop milestone texts" in coordinator.get(f"/alumni/{asha.id}").get_data(as_text=True)


def _relapse(site, alumnus) -> int:
    post_sms(site.test_client(), "I relapsed last night", alumnus.phone)
    db.session.expire_all()
    return db.session.scalar(db.select(RelapseEvent.id).where(RelapseEvent.alumnus_id == alumnus.id))


def test_a_relapse_offers_a_new_sobriety_date_set_only_when_a_person_confirms(site, login_as, run_jobs):
    old = local_today() - timedelta(days=30)
    asha = make_alumnus(first_name="Asha", sobriety_date=old)
    coordinator = login_as("coordinator", client=site.test_client())
    opt_in(coordinator, asha)
    with site.app_context():
        assert owe_milestone_texts() == 1       # 30 days today, from the old date

    event_id = _relapse(site, asha)

    db.session.expire_all()
    assert db.session.get(Alumnus, asha.id).sobriety_date == old    # nothing changes on its own
    page = coordinator.get(f"/alumni/{asha.id}").get_data(as_text=True)
    assert "Set a new sobriety date?" in page and "Set new sobriety date" in page
    assert f'value="{local_today().isoformat()}"' in page           # the relapse's day by default
    staff = login_as("staff", client=site.test_client())
    assert "Set new sobriety date" not in staff.get(f"/alumni/{asha.id}").get_data(as_text=True)
    url = f"/recovery/milestones/alumni/{asha.id}/relapses/{event_id}/sobriety-date"
    assert staff.post(url, data={"decision": "apply"}).status_code == 403

    assert coordinator.post(url, data={"decision": "apply", "new_date": local_today().isoformat()}).status_code == 302

    db.session.expire_all()
    assert db.session.get(Alumnus, asha.id).sobriety_date == local_today()
    change = db.session.scalar(db.select(SobrietyDateChange))
    assert (change.decision, change.previous_date, change.new_date) == ("applied", old, local_today())
    assert db.session.scalar(db.select(AuditEvent.action).where(AuditEvent.action == "sobriety_date.changed"))
    # The text counted from the old date is withdrawn before it goes; the next counts from the new.
    owe_and_send(site, run_jobs)
    assert outbound_to(asha.id) == []
    page = coordinator.get(f"/alumni/{asha.id}").get_data(as_text=True)
    assert f"30 days on {(local_today() + timedelta(days=30)):%a %d %b %Y}" in page
    assert "Set a new sobriety date?" not in page
    # A second decision on the same relapse is refused; the date stays.
    coordinator.post(url, data={"decision": "keep"})
    assert db.session.scalar(db.select(db.func.count(SobrietyDateChange.id))) == 1


def test_keeping_the_sobriety_date_after_a_relapse_is_recorded_and_changes_nothing(site, login_as):
    old = local_today() - timedelta(days=400)
    asha = make_alumnus(first_name="Asha", sobriety_date=old)
    event_id = _relapse(site, asha)
    coordinator = login_as("admin", client=site.test_client())

    coordinator.post(f"/recovery/milestones/alumni/{asha.id}/relapses/{event_id}/sobriety-date",
                     data={"decision": "keep"})

    db.session.expire_all()
    assert db.session.get(Alumnus, asha.id).sobriety_date == old
    assert db.session.scalar(db.select(SobrietyDateChange.decision)) == "kept"
    assert db.session.scalar(db.select(AuditEvent.action).where(AuditEvent.action == "sobriety_date.kept"))
    assert "Set a new sobriety date?" not in coordinator.get(f"/alumni/{asha.id}").get_data(as_text=True)


def test_a_new_sobriety_date_cannot_be_in_the_future_or_before_the_relapse(site, login_as):
    asha = make_alumnus(first_name="Asha", sobriety_date=local_today() - timedelta(days=100))
    event_id = _relapse(site, asha)
    coordinator = login_as("coordinator", client=site.test_client())
    url = f"/recovery/milestones/alumni/{asha.id}/relapses/{event_id}/sobriety-date"
    for day in (local_today() + timedelta(days=1), local_today() - timedelta(days=5)):
        coordinator.post(url, data={"decision": "apply", "new_date": day.isoformat()})
    db.session.expire_all()
    assert db.session.get(Alumnus, asha.id).sobriety_date == local_today() - timedelta(days=100)
    assert db.session.scalar(db.select(SobrietyDateChange)) is None


def test_the_week_page_lists_this_weeks_milestones_for_every_staff_role_and_audits_the_read(site, login_as):
    monday = local_today() - timedelta(days=local_today().weekday())
    asha = make_alumnus(first_name="Asha", last_name="Rao", sobriety_date=monday - timedelta(days=180))
    make_alumnus(first_name="Elsewhen", sobriety_date=monday - timedelta(days=100))  # 90 days was last week
    make_alumnus(first_name="Nodate")
    staff = login_as("staff", client=site.test_client())

    page = staff.get("/recovery/milestones").get_data(as_text=True)

    assert "Milestones this week" in page and "Asha Rao" in page and "180 days" in page
    assert f'href="tel:{asha.phone}"' in page and "Nodate" not in page and "Elsewhen" not in page
    assert db.session.scalar(db.select(db.func.count(AuditEvent.id)).where(
        AuditEvent.alumnus_id == asha.id, AuditEvent.action == "alumnus.read")) == 1
    queue = staff.get("/workspace/").get_data(as_text=True)
    assert "/recovery/milestones" in queue
    assert site.test_client().get("/recovery/milestones").status_code == 302   # sign in first


def test_erasing_a_record_forgets_the_sobriety_dates_kept_for_milestones(site, login_as):
    asha = make_alumnus(first_name="Asha", sobriety_date=local_today() - timedelta(days=90))
    event_id = _relapse(site, asha)
    coordinator = login_as("coordinator", client=site.test_client())
    opt_in(coordinator, asha)
    coordinator.post(f"/recovery/milestones/alumni/{asha.id}/relapses/{event_id}/sobriety-date",
                     data={"decision": "keep"})
    with site.app_context():
        owe_milestone_texts()
        erase_alumnus(db.session.get(Alumnus, asha.id))
    db.session.expire_all()
    assert db.session.scalar(db.select(MilestoneText)) is None
    change = db.session.scalar(db.select(SobrietyDateChange))
    assert change.previous_date is None and change.new_date is None
