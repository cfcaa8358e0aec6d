"""Why a new sobriety date after a relapse was refused, in the staff member's language.
alumni/recovery/milestones_sobriety.py raises SobrietyOfferClosed in English (the API and the
logs read it); the profile's flash reads it back through this table
(alumni/core/sentences_read_back.py), the relapse's day said as the pages say a day. A test
checks every sentence SobrietyOfferClosed is raised with has its entry."""
from __future__ import annotations

from datetime import datetime

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from alumni.core.sentences_read_back import read_back
from alumni.web.clock_filter import day

# How milestones_sobriety writes the relapse's day ("{event.occurred_on:%d %b %Y}").
ENGLISH_DAY = "%d %b %Y"


def _before_relapse(on: str) -> str | None:
    try:
        relapse_day = datetime.strptime(on, ENGLISH_DAY).date()
    except ValueError:
        return None
    return _("The new sobriety date cannot be before the relapse on %(day)s.", day=day(relapse_day))


SOBRIETY_REFUSALS = {
    "The sobriety date cannot be in the future.": _l("The sobriety date cannot be in the future."),
    "The new sobriety date cannot be before the relapse on {on}.": _before_relapse,
    "This record was erased.": _l("This record was erased."),
    "The sobriety date after that relapse has already been decided.":
        _l("The sobriety date after that relapse has already been decided."),
}


def sobriety_refusal_words(closed: Exception) -> str:
    return read_back(str(closed), SOBRIETY_REFUSALS)
