"""The milestones panel on the profile: the sobriety date, the next milestone, the opt-in
to milestone texts and, after a relapse, the offer of a new sobriety date."""
from __future__ import annotations

from flask_login import current_user

from alumni.access import MANAGERS
from alumni.domain.milestones import milestone_words
from alumni.models import Alumnus, AlumnusStatus
from alumni.records.alumni import centre_today
from alumni.recovery.milestones import upcoming_milestone, wants_milestone_texts
from alumni.recovery.milestones_sobriety import open_sobriety_offers
from alumni.web.recovery.milestone_forms import MilestoneTextsForm, SobrietyDateForm


def milestone_panel(alumnus: Alumnus) -> dict | None:
    if alumnus.status == AlumnusStatus.ERASED:
        return None
    can_manage = current_user.role in {str(role) for role in MANAGERS}
    upcoming = upcoming_milestone(alumnus, centre_today())
    return {
        "upcoming": upcoming,
        "upcoming_words": milestone_words(upcoming, "en") if upcoming else "",
        "texts_wanted": wants_milestone_texts(alumnus.id),
        "can_manage": can_manage,
        "texts_form": MilestoneTextsForm(),
        "sobriety_offers": open_sobriety_offers(alumnus) if can_manage else [],
        "sobriety_form": SobrietyDateForm(),
    }
