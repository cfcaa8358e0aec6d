"""Meetings as a coordinator runs them: create, invite the right people, remind the yeses,
take attendance, see who said yes and did not come."""
from datetime import timedelta

import pytest

from alumni.domain.event_rules import EventDraft
from alumni.extensions import db
from alumni.models import AuditEvent, CheckIn, CheckInKind, CheckInStatus, Cohort, Invitation, utcnow
from alumni.peer.event_attendance import no_shows, set_attendance, sign_in_rows
from alumni.peer.events import (
    EventInvalid,
    apply_rsvp,
    create_event,
    invite_occurrence,
    open_invitation_questions,
    send_due_invitations,
    send_due_reminders,
    update_event,
)
from tests.support.factories import make_alumnus


def draft(**kw):
    values = dict(title="Sunday circle", starts_at=utcnow() + timedelta(days=3), place="Community hall")
    values.update(kw)
    return EventDraft(**values)


def test_a_meeting_needs_a_title_a_place_and_a_future_date(db_session):
    with pytest.raises(EventInvalid) as error:
        create_event(draft(title=" ", place="", starts_at=utcnow() - timedelta(hours=1)), by_id=None)
    assert set(error.value.fields) == {"title", "place", "starts_on"}
    with pytest.raises(EventInvalid) as error:
        create_event(draft(mode="online", link="zoom"), by_id=None)
    assert "link" in error.value.fields


def test_weekly_meeting_has_its_next_dates_ready(db_session):
    event = create_event(draft(recurrence="weekly"), by_id=None)
    starts = [o.starts_at for o in event.occurrences]
    assert len(starts) >= 8 and starts[1] - starts[0] == timedelta(days=7)


def test_invitations_go_to_the_audience_only_once_as_checkins(db_session):
    hindi = make_alumnus(language="hi")
    make_alumnus(language="en")
    make_alumnus(language="hi", status="withdrawn")
    event = create_event(draft(audience="language", audience_values=["hi"]), by_id=None)
    occurrence = event.occurrences[0]
    assert invite_occurrence(occurrence.id) == 1
    assert invite_occurrence(occurrence.id) == 0
    (invitation,) = db.session.scalars(db.select(Invitation)).all()
    assert invitation.alumnus_id == hindi.id
    checkin = db.session.get(CheckIn, invitation.checkin_id)
    assert (checkin.kind, checkin.template_key) == (CheckInKind.INVITATION, "event_invitation")
    # handed to the dispatcher: queued now, or held for the morning in quiet hours
    assert checkin.status in (CheckInStatus.QUEUED, CheckInStatus.SCHEDULED)
    assert db.session.scalar(db.select(AuditEvent).where(AuditEvent.action == "event.invited")).alumnus_id == hindi.id


def test_cohort_audience(db_session):
    cohort = Cohort(name="Jan 2026")
    db.session.add(cohort)
    db.session.commit()
    member = make_alumnus(cohort_id=cohort.id)
    make_alumnus()
    event = create_event(draft(audience="cohorts", audience_values=[str(cohort.id)]), by_id=None)
    invite_occurrence(event.occurrences[0].id)
    assert [i.alumnus_id for i in db.session.scalars(db.select(Invitation))] == [member.id]


def test_the_scheduler_invites_a_week_ahead(db_session):
    make_alumnus()
    now = utcnow()
    create_event(draft(starts_at=now + timedelta(days=10)), by_id=None)
    assert send_due_invitations(now) == 0
    assert send_due_invitations(now + timedelta(days=3, hours=1)) == 1


def _sent_invitation(starts_in=timedelta(days=3)):
    alumnus = make_alumnus()
    event = create_event(draft(starts_at=utcnow() + starts_in), by_id=None)
    invite_occurrence(event.occurrences[0].id)
    invitation = db.session.scalar(db.select(Invitation))
    checkin = db.session.get(CheckIn, invitation.checkin_id)
    checkin.status, checkin.sent_at = CheckInStatus.SENT, utcnow()
    db.session.commit()
    return alumnus, invitation


def test_an_rsvp_closes_the_question_and_a_yes_gets_a_reminder_the_day_before(db_session):
    alumnus, invitation = _sent_invitation()
    assert [q.ref_id for q in open_invitation_questions(alumnus.id, utcnow())] == [invitation.id]
    apply_rsvp(invitation, "yes")
    db.session.commit()
    assert open_invitation_questions(alumnus.id, utcnow()) == []
    assert db.session.get(CheckIn, invitation.checkin_id).status == CheckInStatus.REPLIED
    start = invitation.occurrence.starts_at
    assert send_due_reminders(start - timedelta(hours=30)) == 0
    assert send_due_reminders(start - timedelta(hours=23)) == 1
    assert send_due_reminders(start - timedelta(hours=22)) == 0
    reminder = db.session.get(CheckIn, invitation.reminder_checkin_id)
    assert (reminder.kind, reminder.template_key) == (CheckInKind.REMINDER, "event_reminder")


def test_after_the_reminder_a_no_is_a_change_of_mind(db_session):
    alumnus, invitation = _sent_invitation()
    apply_rsvp(invitation, "yes", now=utcnow() - timedelta(days=2))
    db.session.commit()
    send_due_reminders(invitation.occurrence.starts_at - timedelta(hours=23))
    reminder = db.session.get(CheckIn, invitation.reminder_checkin_id)
    reminder.status, reminder.sent_at = CheckInStatus.SENT, utcnow()
    db.session.commit()
    (question,) = open_invitation_questions(alumnus.id, utcnow())
    assert question.ref_id == invitation.id


def test_sign_in_sheet_marks_present_and_takes_walk_ins(db_session, app):
    alumnus, invitation = _sent_invitation()
    walk_in = make_alumnus(first_name="Walkin", last_name="Person")
    occurrence = invitation.occurrence
    rows = sign_in_rows(occurrence)
    assert [r.alumnus_id for r in rows] == [alumnus.id]
    assert [r.alumnus_id for r in sign_in_rows(occurrence, "walkin")] == [walk_in.id]
    set_attendance(occurrence.id, walk_in.id, True, by_id=None)
    set_attendance(occurrence.id, alumnus.id, True, by_id=None)
    set_attendance(occurrence.id, alumnus.id, False, by_id=None)
    present = {r.alumnus_id for r in sign_in_rows(occurrence) if r.attended}
    assert present == {walk_in.id}


def test_a_yes_who_did_not_come_is_a_no_show_after_the_meeting(db_session):
    alumnus, invitation = _sent_invitation(starts_in=timedelta(hours=3))
    apply_rsvp(invitation, "yes")
    db.session.commit()
    start = invitation.occurrence.starts_at
    assert no_shows(start + timedelta(minutes=30)) == []
    (shown,) = no_shows(start + timedelta(hours=3))
    assert shown.alumnus_id == alumnus.id
    set_attendance(invitation.occurrence_id, alumnus.id, True, by_id=None)
    assert no_shows(start + timedelta(hours=3)) == []


def test_moving_a_meeting_moves_only_uninvited_dates(db_session):
    make_alumnus()
    event = create_event(draft(recurrence="weekly"), by_id=None)
    first = event.occurrences[0]
    invite_occurrence(first.id)
    new_start = event.starts_at + timedelta(hours=2)
    update_event(event, draft(recurrence="weekly", starts_at=new_start))
    starts = [o.starts_at for o in event.occurrences]
    assert first.starts_at in starts
    assert new_start + timedelta(days=7) in starts and first.starts_at + timedelta(days=7) not in starts


def test_an_invitation_inside_quiet_hours_waits_for_the_morning(app, make_app):
    hour = utcnow().hour
    quiet_app = make_app(QUIET_HOURS=f"{hour:02d}:00-{(hour + 2) % 24:02d}:00")
    with app.app_context():
        person_id = make_alumnus(timezone="UTC").id
    with quiet_app.app_context():
        event = create_event(draft(), by_id=None)
        invite_occurrence(event.occurrences[0].id)
        checkin = db.session.get(CheckIn, db.session.scalar(db.select(Invitation.checkin_id)))
        assert checkin.alumnus_id == person_id
        assert checkin.status == CheckInStatus.SCHEDULED
        assert checkin.due_at.hour == (hour + 2) % 24 and checkin.due_at > utcnow()
