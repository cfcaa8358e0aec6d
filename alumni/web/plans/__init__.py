"""Plans and message templates for admins and coordinators; the check-ins panel and the
"check in now" button on an alumnus's profile."""
from flask import Blueprint

from alumni.access import MANAGERS, allow_blueprint

bp = Blueprint("plans", __name__)
allow_blueprint(bp, *MANAGERS)

from alumni.web.plans import panel, views  # noqa: E402,F401  (routes register on bp)
