"""Recovery pages (issue 17): each part in modules of its own, routes on one blueprint."""
from flask import Blueprint

bp = Blueprint("recovery", __name__)

from alumni.web.recovery import milestone_views  # noqa: E402,F401  (routes register on bp)
from alumni.web.recovery import referral_views  # noqa: E402,F401
