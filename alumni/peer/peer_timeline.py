"""Peer support on the alumnus's timeline (invitations, RSVPs, attendance, mentor matches)
and the profile panel; both listed in alumni/wiring.py. A meeting's time is the one clock's
(the centre's zone, labelled) and a match's reasons are said again, both in the reader's
language (English for the API and outside a request)."""
from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from alumni.core.reader_clock import clock
from alumni.extensions import db
from alumni.models import Event, EventOccurrence, Invitation, MentorMatch, MentorProfile, Rsvp
from alumni.peer.mentor_reason_words import reason_words

RSVP_WORDS = {Rsvp.YES: _l("YES"), Rsvp.NO: _l("NO")}


def rsvp_title(answer: str) -> str:
    return _("RSVP: %(answer)s", answer=RSVP_WORDS.get(answer, answer))


def peer_timeline(alumnus_id: int) -> list:
    from alumni.core.timeline import TimelineEntry

    entries = []
    rows = db.session.execute(
        db.select(Invitation, EventOccurrence, Event).select_from(Invitation)
             .join(EventOccurrence, EventOccurrence.id == Invitation.occurrence_id)
             .join(Event, Event.id == EventOccurrence.event_id)
        .where(Invitation.alumnus_id == alumnus_id)).all()
    for invitation, occurrence, event in rows:
        when = f"{event.title}, {clock(occurrence.starts_at)}"
        if invitation.checkin_id:
            entries.append(TimelineEntry(invitation.created_at, "event", _("Invited to a meeting"), when))
        if invitation.rsvp != Rsvp.NONE and invitation.rsvp_at:
            entries.append(TimelineEntry(invitation.rsvp_at, "event", rsvp_title(invitation.rsvp), when,
                                         badge="ok" if invitation.rsvp == Rsvp.YES else ""))
        if invitation.attended and invitation.attended_at:
            entries.append(TimelineEntry(invitation.attended_at, "event", _("Attended a meeting"), when, badge="ok"))
    matches = db.session.scalars(db.select(MentorMatch).where(
        (MentorMatch.mentor_id == alumnus_id) | (MentorMatch.mentee_id == alumnus_id)))
    for match in matches:
        as_mentor = match.mentor_id == alumnus_id
        other = match.mentee if as_mentor else match.mentor
        title = (_("Became peer mentor to %(name)s", name=other.full_name) if as_mentor
                 else _("Matched with peer mentor %(name)s", name=other.full_name))
        entries.append(TimelineEntry(match.started_at, "mentor", title,
                                     "; ".join(reason_words(reason) for reason in match.reasons or [])))
        if match.ended_at:
            entries.append(TimelineEntry(match.ended_at, "mentor",
                                         _("Mentor match with %(name)s ended", name=other.full_name),
                                         match.end_reason or ""))
    return entries


def peer_panel(alumnus) -> dict | None:
    """Profile panel: mentor profile, current mentor or mentees, meetings attended."""
    profile = db.session.scalar(db.select(MentorProfile).where(MentorProfile.alumnus_id == alumnus.id))
    mentor_match = db.session.scalar(db.select(MentorMatch).where(
        MentorMatch.mentee_id == alumnus.id, MentorMatch.ended_at.is_(None)))
    mentees = db.session.scalars(db.select(MentorMatch).where(
        MentorMatch.mentor_id == alumnus.id, MentorMatch.ended_at.is_(None))).all()
    attended = db.session.scalar(db.select(db.func.count()).select_from(Invitation).where(
        Invitation.alumnus_id == alumnus.id, Invitation.attended.is_(True)))
    return {"profile": profile, "mentor_match": mentor_match, "mentees": mentees, "attended": attended or 0}
