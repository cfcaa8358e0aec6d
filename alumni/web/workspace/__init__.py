"""The staff workspace: the "Needs follow-up" queue and the case page."""
from flask import Blueprint

bp = Blueprint("workspace", __name__)

from alumni.web.workspace import views  # noqa: E402,F401  (routes register on bp)
