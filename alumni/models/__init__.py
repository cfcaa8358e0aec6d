"""All models, imported here so Alembic and the app see the whole schema.

The vocabulary the columns hold (alumni/domain/vocabulary.py) is passed on from here as
well, so a module names a model and its statuses in one import: some 190 imports across
every package read them this way."""
from alumni.domain.vocabulary import (
    PREFERRED_CHANNEL,
    AlumnusStatus,
    Channel,
    CheckInKind,
    CheckInStatus,
    FollowUpReason,
    FollowUpStatus,
    Role,
)
from alumni.models.alumnus import LANGUAGES, Alumnus, Cohort, Consent, ConsentSource, Supporter
from alumni.models.api_token import ApiToken
from alumni.models.audit import AuditEvent
from alumni.models.base import utcnow
from alumni.models.checkin import CheckIn
from alumni.models.cohort_message import CohortMessage, CohortMessageRecipient
from alumni.models.event import (
    INVITES_ALUMNI,
    INVITES_SUPPORTERS,
    Audience,
    Event,
    EventMode,
    EventOccurrence,
    Invitation,
    Recurrence,
    Rsvp,
    SupporterInvitation,
)
from alumni.models.followup import (
                                   REASON_PRIORITY,
                                   Contact,
                                   ContactKind,
                                   ContactOutcome,
                                   FollowUp,
)
from alumni.models.mentor import MentorMatch, MentorMessage, MentorMessagePurpose, MentorProfile
from alumni.models.message import Direction, Message
from alumni.models.milestone import MilestoneText, SobrietyDateChange, SobrietyDecision
from alumni.models.monitor import MonitorAnswer, MonitorRound, RoundStatus
from alumni.models.plan import MessageTemplate, Plan, PlanStep
from alumni.models.referral import Referral, ReferralStep
from alumni.models.safety import OnCallShift, PlanOffer, RelapseEvent
from alumni.models.session import UserSession
from alumni.models.user import User

__all__ = [
    "LANGUAGES", "Alumnus", "AlumnusStatus", "Channel", "Cohort", "Consent", "ConsentSource",
    "Supporter", "ApiToken", "AuditEvent", "utcnow", "CheckIn", "CheckInKind", "CheckInStatus",
    "REASON_PRIORITY", "Contact", "ContactKind", "ContactOutcome", "FollowUp", "FollowUpReason",
    "FollowUpStatus", "Direction", "Message", "PREFERRED_CHANNEL", "MessageTemplate", "Plan",
    "PlanStep", "Role", "User", "UserSession", "OnCallShift", "PlanOffer", "RelapseEvent",
    "Audience", "Event", "EventMode", "EventOccurrence", "Invitation", "Recurrence", "Rsvp",
    "INVITES_ALUMNI", "INVITES_SUPPORTERS", "SupporterInvitation",
    "MentorMatch", "MentorMessage", "MentorMessagePurpose", "MentorProfile",
    "MilestoneText", "SobrietyDateChange", "SobrietyDecision",
    "Referral", "ReferralStep",
    "CohortMessage", "CohortMessageRecipient",
    "MonitorAnswer", "MonitorRound", "RoundStatus",
]
