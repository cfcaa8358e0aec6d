"""Forms for milestones: the opt-in to milestone texts, and the sobriety date after a relapse."""
from __future__ import annotations

from wtforms import DateField, HiddenField
from wtforms.validators import AnyOf, Optional

from alumni.web.staff_forms import StaffForm


class MilestoneTextsForm(StaffForm):
    """Yes or no to a text on each milestone (the button says which)."""
    wanted = HiddenField(validators=[AnyOf(("yes", "no"))])


class SobrietyDateForm(StaffForm):
    """Set a new sobriety date after a relapse (its day when left as it is), or keep the old."""
    new_date = DateField("New sobriety date", validators=[Optional()])
    decision = HiddenField(validators=[AnyOf(("apply", "keep"))])
