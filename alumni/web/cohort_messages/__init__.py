"""A message to a group, for people: write it once in English (Hindi and Marathi if
wanted), see who it reaches and who is skipped and why, confirm, and see what became of it.
Coordinators and admins send; it goes through the dispatcher like any check-in."""
from flask import Blueprint

bp = Blueprint("cohort_messages", __name__)

from alumni.web.cohort_messages import views  # noqa: E402,F401  (routes register on bp)
