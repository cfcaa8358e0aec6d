"""Recovery pages: referrals back to treatment and sobriety milestones, each in modules of
its own, their routes on one blueprint."""
from flask import Blueprint

bp = Blueprint("recovery", __name__)

from alumni.web.recovery import milestone_views, referral_views  # noqa: E402,F401  (routes register on bp)
