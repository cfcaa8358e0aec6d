"""The warm text on a sobriety milestone: owed once, sent by the one dispatcher.

A periodic job (workers.milestones.owe_milestone_texts) looks at everyone who opted in and
has a sobriety date, and for a milestone falling today or tomorrow where they live adds one
CheckIn row (kind notice) due at their preferred hour on the day, outside quiet hours. The
row and its MilestoneText go in together; the MilestoneText's unique key (alumnus, sobriety
date, milestone) means a second run, or two at once, owes nothing more. From then on the
text is an ordinary check-in: the dispatcher and the sender apply status, channel consent,
quiet hours and retries, the renderer the alumnus's language and discreet mode.

The job also withdraws texts not yet sent whose reason has gone (consent withdrawn, a new
sobriety date set through the record's edit form, a record no longer active); changes made
from the milestone panel withdraw them at once.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError

from alumni.domain.milestones import (
    MILESTONE_CONSENT,
    Milestone,
    milestone_send_time,
    milestone_words,
    milestones_between,
)
from alumni.domain.schedule import utc_to_local, zone
from alumni.extensions import db
from alumni.models import (
    PREFERRED_CHANNEL,
    Alumnus,
    AlumnusStatus,
    CheckIn,
    CheckInKind,
    CheckInStatus,
    Consent,
    utcnow,
)
from alumni.models.milestone import MilestoneText
from alumni.peer.peer_messages import cancel_if_unsent
from alumni.plans.plans import among, quiet_hours
from alumni.plans.shipped_templates import add_missing_templates

MILESTONE_TEMPLATE_KEY = "milestone"
WITHDRAWN = "milestone text no longer wanted"

_SIGN = "{% if centre_name %} - {{ centre_name }}{% endif %}"
# language -> (email subject, body). Written for each language rather than translated. In
# discreet mode nothing names recovery, sobriety or treatment: a shared phone reads a
# friend's congratulations, and centre_name is empty there too.
MILESTONE_TEMPLATES: dict[str, tuple[str, str]] = {
    "en": ("A day worth celebrating",
           "{% if discreet %}Hi {{ first_name }}, {{ milestone }} today! We're so proud of you and "
           "cheering you on. Keep going."
           "{% else %}Hi {{ first_name }}, today is {{ milestone }} of your recovery! Every one of "
           "those days took courage, and we're so proud of you. Keep going - we're cheering for "
           "you.{% endif %}" + _SIGN),
    "hi": ("आज का ख़ास दिन",
           "{% if discreet %}नमस्ते {{ first_name }}, आज पूरे {{ milestone }} हो गए! हमें आप पर बहुत "
           "गर्व है। ऐसे ही आगे बढ़ते रहिए।"
           "{% else %}नमस्ते {{ first_name }}, आज आपके नशा-मुक्त सफ़र के {{ milestone }} पूरे हुए! "
           "इसमें आपकी हर दिन की हिम्मत है, हमें आप पर बहुत गर्व है। ऐसे ही आगे बढ़ते रहिए, हम आपके "
           "साथ हैं।{% endif %}" + _SIGN),
    "mr": ("आजचा खास दिवस",
           "{% if discreet %}नमस्कार {{ first_name }}, आज {{ milestone }} पूर्ण झाले! आम्हाला तुमचा "
           "खूप अभिमान आहे. असेच पुढे चालत राहा."
           "{% else %}नमस्कार {{ first_name }}, आज तुमच्या व्यसनमुक्तीच्या प्रवासाला {{ milestone }} "
           "पूर्ण झाले! यात तुमच्या रोजच्या जिद्दीचा वाटा आहे, आम्हाला तुमचा खूप अभिमान आहे. असेच पुढे "
           "चालत राहा, आम्ही तुमच्यासोबत आहोत.{% endif %}" + _SIGN),
}


def ensure_milestone_templates() -> None:
    """Add any missing milestone template (the caller commits); an admin's edit stays. Each
    in a savepoint: a run beside this one may be adding the same template."""
    add_missing_templates({MILESTONE_TEMPLATE_KEY: MILESTONE_TEMPLATES}, each_in_savepoint=True)


def opted_in(alumnus_ids: set[int]) -> set[int]:
    """Who among these has said yes to milestone texts (their newest such consent row)."""
    newest: dict[int, tuple[int, bool]] = {}
    if not alumnus_ids:
        return set()
    for alumnus_id, consent_id, granted in db.session.execute(
            db.select(Consent.alumnus_id, Consent.id, Consent.granted)
            .where(Consent.channel == MILESTONE_CONSENT, among(Consent.alumnus_id, alumnus_ids))):
        if alumnus_id not in newest or consent_id > newest[alumnus_id][0]:
            newest[alumnus_id] = (consent_id, bool(granted))
    return {alumnus_id for alumnus_id, (_, granted) in newest.items() if granted}


def _candidates() -> list[Alumnus]:
    """Active alumni with a sobriety date who opted in."""
    with_consent = set(db.session.scalars(db.select(Consent.alumnus_id).where(
        Consent.channel == MILESTONE_CONSENT, Consent.granted.is_(True)).distinct()))
    wanted = opted_in(with_consent)
    if not wanted:
        return []
    return list(db.session.scalars(db.select(Alumnus).where(
        among(Alumnus.id, wanted), Alumnus.status == AlumnusStatus.ACTIVE, Alumnus.sobriety_date.is_not(None))))


def owe_milestone_texts(now: datetime | None = None) -> int:
    """Add the text for each milestone falling today or tomorrow (the alumnus's local days)
    that is not owed yet; commits. Returns how many were added."""
    now = now or utcnow()
    withdraw_unwanted_texts()
    people = _candidates()
    if not people:
        return 0
    ensure_milestone_templates()
    quiet = quiet_hours()
    owed = {(row.alumnus_id, row.sobriety_date, row.milestone_key) for row in db.session.execute(
        db.select(MilestoneText.alumnus_id, MilestoneText.sobriety_date, MilestoneText.milestone_key)
        .where(among(MilestoneText.alumnus_id, {p.id for p in people}),
               MilestoneText.milestone_on >= (now - timedelta(days=2)).date()))}
    added = 0
    for alumnus in people:
        tz = zone(alumnus.timezone)
        today = utc_to_local(now, tz).date()
        for milestone in milestones_between(alumnus.sobriety_date, today, today + timedelta(days=1)):
            if (alumnus.id, alumnus.sobriety_date, milestone.key) in owed:
                continue
            due = milestone_send_time(milestone.on, alumnus.preferred_hour, tz, quiet, now)
            if due is not None and _owe(alumnus, milestone, due, now):
                added += 1
    db.session.commit()
    return added


def _owe(alumnus: Alumnus, milestone: Milestone, due: datetime, now: datetime) -> bool:
    """The check-in and its MilestoneText in a savepoint: when another run got there first,
    the unique key refuses this pair alone and the rest of the run goes on."""
    try:
        with db.session.begin_nested():
            checkin = CheckIn(alumnus_id=alumnus.id, kind=CheckInKind.NOTICE, template_key=MILESTONE_TEMPLATE_KEY,
                              channel=PREFERRED_CHANNEL, due_at=due, status=CheckInStatus.SCHEDULED,
                              reply_window_hours=24, attempts=0, created_at=now, updated_at=now)
            db.session.add(checkin)
            db.session.flush()
            db.session.add(MilestoneText(alumnus_id=alumnus.id, sobriety_date=alumnus.sobriety_date,
                                         milestone_key=milestone.key, milestone_on=milestone.on,
                                         days=milestone.days, years=milestone.years,
                                         checkin_id=checkin.id, created_at=now))
            db.session.flush()
    except IntegrityError:
        return False
    return True


def withdraw_unwanted_texts(alumnus_id: int | None = None) -> int:
    """Cancel milestone texts not yet sent whose reason has gone: the person is no longer
    active, no longer opted in, or their sobriety date is not the one the text counted
    from. In the caller's transaction."""
    query = (db.select(MilestoneText, CheckIn, Alumnus)
             .join(CheckIn, CheckIn.id == MilestoneText.checkin_id)
             .join(Alumnus, Alumnus.id == MilestoneText.alumnus_id)
             .where(CheckIn.status.in_((CheckInStatus.SCHEDULED, CheckInStatus.QUEUED))))
    if alumnus_id is not None:
        query = query.where(MilestoneText.alumnus_id == alumnus_id)
    rows = db.session.execute(query).all()
    wanted = opted_in({text.alumnus_id for text, _, _ in rows})
    cancelled = 0
    for text, checkin, alumnus in rows:
        if (alumnus.status != AlumnusStatus.ACTIVE or alumnus.id not in wanted
                or alumnus.sobriety_date != text.sobriety_date):
            cancelled += cancel_if_unsent(checkin, WITHDRAWN)
    db.session.flush()
    return cancelled


def milestone_context(checkin: CheckIn) -> dict:
    """The `milestone` template variable ('90 days', 'एक साल') for a milestone text."""
    if checkin.template_key != MILESTONE_TEMPLATE_KEY:
        return {}
    text = db.session.scalar(db.select(MilestoneText).where(MilestoneText.checkin_id == checkin.id))
    if text is None:
        return {}
    alumnus = checkin.alumnus or db.session.get(Alumnus, checkin.alumnus_id)
    milestone = Milestone(text.milestone_on, text.days, text.years)
    return {"milestone": milestone_words(milestone, alumnus.language if alumnus else "en")}
