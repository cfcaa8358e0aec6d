"""Peer mentors: profiles, suggestions for a new graduate, matches, introductions, nudges,
a mentee's MENTOR request, and ending a match. Texts are CheckIn rows of kind notice
(introductions, nudges, requests) sent by the one dispatcher."""
from __future__ import annotations

from datetime import date, datetime

from flask import current_app
from sqlalchemy import func
from sqlalchemy.exc import IntegrityError

from alumni.core.audit import audit
from alumni.core.cases import open_case
from alumni.core.consent import has_consent, record_consent
from alumni.domain.mentor_matching import (
    MenteeFacts,
    MentorFacts,
    Suggestion,
    rank_mentors,
    score_mentor,
    why_not_eligible,
)
from alumni.domain.schedule import QuietHours, planned_send_time
from alumni.domain.supporter_texts import MENTOR_NUMBER_CONSENT
from alumni.extensions import db
from alumni.models import (
    LANGUAGES,
    Alumnus,
    AlumnusStatus,
    CheckIn,
    CheckInKind,
    FollowUpReason,
    MentorMatch,
    MentorMessage,
    MentorMessagePurpose,
    MentorProfile,
    PlanStep,
    utcnow,
)
from alumni.peer.peer_messages import cancel_if_unsent, dispatch_now, ensure_peer_templates, owe_text

MAX_CAPACITY = 10


# Why a request cannot be carried out, in plain English, by name; {blanks} are filled when
# raised. Pages say each sentence again in the reader's language from its name and values
# (alumni/web/mentors/mentor_words.py; a test checks every name has a translation).
MENTOR_PROBLEMS = {
    "cannot_mentor": "That alumnus cannot be a mentor.",
    "capacity": "Capacity must be between 1 and {most}.",
    "no_language": "Choose at least one language the mentor speaks.",
    "mentee_inactive": "The graduate is not active.",
    "no_profile": "That person has no mentor profile.",
    "mentee_has_mentor": "{mentee} already has a mentor; end that match first.",
    "mentee_just_matched": "{mentee} already has a mentor.",
    # {refusal}: the matching rules' reason (alumni/domain/mentor_matching.py, why_not_eligible).
    "not_eligible": "{mentor} {refusal}.",
    "no_match": "No such match.",
    "match_ended": "This match has already ended.",
    "no_reason": "Say why the match ends.",
}


class MentorProblem(ValueError):
    """A request that cannot be carried out, in plain words (shown to the coordinator):
    str() is the English sentence; `problem` (a key of MENTOR_PROBLEMS) and `values` let a
    page say it in the reader's language."""

    def __init__(self, problem: str, **values: str | int):
        super().__init__(MENTOR_PROBLEMS[problem].format(**values))
        self.problem, self.values = problem, values


def save_mentor_profile(alumnus_id: int, *, consent: bool, trained_on: date | None, capacity: int,
                        languages: list[str], area: str, active: bool = True,
                        notes: str | None = None) -> MentorProfile:
    """Create or update an alumnus's mentor profile; commits."""
    alumnus = db.session.get(Alumnus, alumnus_id)
    if alumnus is None or alumnus.status in (AlumnusStatus.ERASED, AlumnusStatus.WITHDRAWN):
        raise MentorProblem("cannot_mentor")
    if not 1 <= capacity <= MAX_CAPACITY:
        raise MentorProblem("capacity", most=MAX_CAPACITY)
    languages = [lang for lang in languages if lang in LANGUAGES]
    if not languages:
        raise MentorProblem("no_language")
    profile = db.session.scalar(db.select(MentorProfile).where(MentorProfile.alumnus_id == alumnus_id))
    created = profile is None
    if created:
        profile = MentorProfile(alumnus_id=alumnus_id)
        db.session.add(profile)
    if consent and not profile.consent:
        profile.consent_recorded_at = utcnow()
    profile.consent, profile.trained_on, profile.capacity = consent, trained_on, capacity
    profile.languages, profile.area, profile.active = languages, area.strip(), active
    profile.notes = notes
    audit("mentor.profile_created" if created else "mentor.profile_updated", alumnus_id=alumnus_id,
          detail={"consent": consent, "capacity": capacity, "active": active, "languages": languages})
    db.session.commit()
    return profile


def current_mentee_counts() -> dict[int, int]:
    rows = db.session.execute(
        db.select(MentorMatch.mentor_id, func.count()).where(MentorMatch.ended_at.is_(None))
        .group_by(MentorMatch.mentor_id))
    return {mentor_id: count for mentor_id, count in rows}


def _mentor_facts(profile: MentorProfile, counts: dict[int, int]) -> MentorFacts:
    person = profile.alumnus
    return MentorFacts(
        alumnus_id=person.id, name=person.full_name, languages=tuple(profile.languages or ()),
        programme=person.programme, area=profile.area,
        recovery_since=person.sobriety_date or person.discharge_date,
        capacity=profile.capacity, current_mentees=counts.get(person.id, 0),
        active=profile.active and person.status == AlumnusStatus.ACTIVE,
        consent=profile.consent, trained=profile.trained_on is not None)


def _mentee_facts(mentee: Alumnus, area: str | None) -> MenteeFacts:
    return MenteeFacts(mentee.id, mentee.language, mentee.programme, area)


def min_recovery_days() -> int:
    return int(current_app.config["MENTOR_MIN_RECOVERY_DAYS"])


def suggest_mentors(mentee: Alumnus, area: str | None = None, today: date | None = None) -> list[Suggestion]:
    counts = current_mentee_counts()
    profiles = db.session.scalars(db.select(MentorProfile).join(Alumnus, Alumnus.id == MentorProfile.alumnus_id)
                                  .where(MentorProfile.active.is_(True))).all()
    facts = [_mentor_facts(p, counts) for p in profiles]
    return rank_mentors(_mentee_facts(mentee, area), facts, today or date.today(), min_recovery_days())


def current_match_for_mentee(mentee_id: int) -> MentorMatch | None:
    return db.session.scalar(db.select(MentorMatch).where(
        MentorMatch.mentee_id == mentee_id, MentorMatch.ended_at.is_(None)))


def current_matches_of_mentor(mentor_id: int) -> list[MentorMatch]:
    """A mentor's current matches, the most recent first (CONCERN without a name is about it)."""
    return list(db.session.scalars(db.select(MentorMatch).where(
        MentorMatch.mentor_id == mentor_id, MentorMatch.ended_at.is_(None))
        .order_by(MentorMatch.started_at.desc(), MentorMatch.id.desc())))


def plan_step_days(mentee: Alumnus) -> list[int]:
    """The day offsets of the mentee's plan: the moments a coordinator may pick for nudges."""
    if mentee.plan_id is None:
        return []
    return sorted(set(db.session.scalars(db.select(PlanStep.day_offset).where(PlanStep.plan_id == mentee.plan_id))))


def _message(match: MentorMatch, alumnus_id: int, key: str, purpose: str, due: datetime | None = None,
             day_offset: int | None = None) -> CheckIn:
    checkin = owe_text(alumnus_id, key, CheckInKind.NOTICE, due)
    db.session.add(MentorMessage(match_id=match.id, purpose=purpose, day_offset=day_offset, checkin_id=checkin.id))
    return checkin


def confirm_match(mentee_id: int, mentor_id: int, *, nudge_days: list[int], area: str | None = None,
                  by_id: int | None = None, now: datetime | None = None,
                  share_number: bool | None = None) -> MentorMatch:
    """Match, owe both introductions and the mentor's nudges; commits. share_number: what
    the mentee said about giving their number to the mentor, recorded as consent before
    the introductions are owed (None: ask nothing new; the newest answer on record holds).
    Without that consent the mentor's texts give the centre's number, not the mentee's."""
    now = now or utcnow()
    mentee = db.session.get(Alumnus, mentee_id)
    profile = db.session.scalar(db.select(MentorProfile).where(MentorProfile.alumnus_id == mentor_id))
    if mentee is None or mentee.status != AlumnusStatus.ACTIVE:
        raise MentorProblem("mentee_inactive")
    if profile is None:
        raise MentorProblem("no_profile")
    if current_match_for_mentee(mentee_id) is not None:
        raise MentorProblem("mentee_has_mentor", mentee=mentee.full_name)
    facts = _mentor_facts(profile, current_mentee_counts())
    mentee_facts = _mentee_facts(mentee, area)
    refusal = why_not_eligible(facts, mentee_facts, now.date(), min_recovery_days())
    if refusal:
        raise MentorProblem("not_eligible", mentor=profile.alumnus.full_name, refusal=refusal)
    ensure_peer_templates()
    match = MentorMatch(mentor_id=mentor_id, mentee_id=mentee_id, started_at=now, confirmed_by_id=by_id,
                        nudge_days=sorted(set(nudge_days)),
                        reasons=list(score_mentor(facts, mentee_facts, now.date()).reasons))
    try:
        with db.session.begin_nested():
            db.session.add(match)
    except IntegrityError:
        raise MentorProblem("mentee_just_matched", mentee=mentee.full_name) from None
    if share_number is not None:
        record_consent(mentee_id, MENTOR_NUMBER_CONSENT, share_number, "form", by_id=by_id)
    mentor_intro = "mentor_intro_mentor" if has_consent(mentee_id, MENTOR_NUMBER_CONSENT) else \
        "mentor_intro_via_centre"
    intros = [_message(match, mentee_id, "mentor_intro_mentee", MentorMessagePurpose.INTRO_MENTEE, now).id,
              _message(match, mentor_id, mentor_intro, MentorMessagePurpose.INTRO_MENTOR, now).id]
    mentor = profile.alumnus
    quiet = QuietHours.parse(current_app.config.get("QUIET_HOURS", "21:00-09:00"))
    for day in match.nudge_days:
        due = planned_send_time(mentee.discharge_date, day, mentor.preferred_hour, mentor.timezone, quiet)
        if due > now:
            _message(match, mentor_id, "mentor_nudge", MentorMessagePurpose.NUDGE, due, day)
    for alumnus_id, role in ((mentee_id, "mentee"), (mentor_id, "mentor")):
        audit("mentor.matched", alumnus_id=alumnus_id,
              detail={"match_id": match.id, "as": role, "mentor_id": mentor_id, "mentee_id": mentee_id})
    db.session.commit()
    dispatch_now(intros)
    return db.session.get(MentorMatch, match.id)


def end_match(match_id: int, reason: str, *, now: datetime | None = None) -> MentorMatch:
    """End a match with a reason; nudges not yet sent are cancelled; commits."""
    match = db.session.get(MentorMatch, match_id)
    if match is None:
        raise MentorProblem("no_match")
    if match.ended_at is not None:
        raise MentorProblem("match_ended")
    reason = reason.strip()
    if not reason:
        raise MentorProblem("no_reason")
    _end(match, reason, now)
    db.session.commit()
    return match


def forget_alumnus(alumnus_id: int, *, now: datetime | None = None) -> None:
    """Erasure: end every current match the person is in and wipe what their mentor profile
    says about them (area, notes). In the caller's transaction; counts of matches stay."""
    current = db.session.scalars(db.select(MentorMatch).where(
        MentorMatch.ended_at.is_(None),
        (MentorMatch.mentor_id == alumnus_id) | (MentorMatch.mentee_id == alumnus_id))).all()
    for match in current:
        _end(match, "record erased", now)
    profile = db.session.scalar(db.select(MentorProfile).filter_by(alumnus_id=alumnus_id))
    if profile is not None:
        profile.area, profile.notes, profile.active, profile.consent = "", None, False, False


def _end(match: MentorMatch, reason: str, now: datetime | None) -> None:
    match.ended_at = now or utcnow()
    match.end_reason = reason[:300]
    for link in match.messages:
        cancel_if_unsent(link.checkin, "mentor match ended")
    for alumnus_id in (match.mentee_id, match.mentor_id):
        audit("mentor.match_ended", alumnus_id=alumnus_id, detail={"match_id": match.id, "reason": match.end_reason})


def handle_mentor_request(mentee: Alumnus, *, message_id: int | None, actor: str | None = None) -> str:
    """A mentee replied MENTOR: open a mentor_request case and text the mentor (in the
    caller's transaction). Returns what was done, in plain words."""
    match = current_match_for_mentee(mentee.id)
    note = None if match else "Asked for a mentor but has none matched yet."
    case, created = open_case(mentee.id, FollowUpReason.MENTOR_REQUEST, message_id=message_id, note=note,
                              actor=actor or "system")
    word = "opened a mentor-request case" if created else "added to the open mentor-request case"
    if match is None:
        return f"Asked for their mentor (none matched): {word}"
    ensure_peer_templates()
    # The periodic dispatcher sends it (within a minute): this runs inside the inbound
    # pipeline's transaction, which must not be committed half-way.
    _message(match, match.mentor_id, "mentor_request", MentorMessagePurpose.REQUEST)
    for alumnus_id in (mentee.id, match.mentor_id):
        audit("mentor.requested", alumnus_id=alumnus_id, actor=actor,
              detail={"match_id": match.id, "followup_id": case.id})
    return f"Asked for their mentor: texted {match.mentor.first_name}; {word}"
