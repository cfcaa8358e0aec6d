"""The staff workspace: the "Needs follow-up" queue and the case page."""
from flask import Blueprint

bp = Blueprint("workspace", __name__)

from alumni.web.workspace import views  # noqa: E402,F401  (routes register on bp)
from alumni.web.workspace import profile_panels  # noqa: E402,F401  (panels on the alumnus page)
from alumni.services import ladder_timeline  # noqa: E402,F401  (ladder rungs on the timeline)
