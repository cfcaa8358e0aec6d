"""The milestones panel on the profile: the sobriety date, the next milestone, the opt-in
to milestone texts and, after a relapse, the offer of a new sobriety date."""
from __future__ import annotations

from datetime import date

from flask_login import current_user

from alumni.access import MANAGERS
from alumni.core.centre_day import centre_today
from alumni.core.reader_clock import said_in_words
from alumni.domain.milestones import milestone_words
from alumni.models import Alumnus, AlumnusStatus
from alumni.recovery.milestones import upcoming_milestone, wants_milestone_texts
from alumni.recovery.milestones_sobriety import open_sobriety_offers
from alumni.web.recovery.milestone_forms import MilestoneTextsForm, SobrietyDateForm
from alumni.web.staff_locale import current_language


def _weekday_date(on: date) -> str:
    """"Tue 22 Dec 2026", its weekday and month in the staff member's language."""
    return said_in_words(on, "%a %d %b %Y", "EEE d MMM y")


def milestone_panel(alumnus: Alumnus) -> dict | None:
    if alumnus.status == AlumnusStatus.ERASED:
        return None
    can_manage = current_user.role in {str(role) for role in MANAGERS}
    upcoming = upcoming_milestone(alumnus, centre_today())
    return {
        "upcoming": upcoming,
        "upcoming_words": milestone_words(upcoming, current_language()) if upcoming else "",
        "upcoming_day": _weekday_date(upcoming.on) if upcoming else "",
        "texts_wanted": wants_milestone_texts(alumnus.id),
        "can_manage": can_manage,
        "texts_form": MilestoneTextsForm(),
        "sobriety_offers": open_sobriety_offers(alumnus) if can_manage else [],
        "sobriety_form": SobrietyDateForm(),
    }
