"""Alumni records for people: list, enrol, profile and timeline, edit, status, erasure,
supporters, CSV import and export."""
from flask import Blueprint

bp = Blueprint("alumni", __name__)

from alumni.web.alumni import imports, views  # noqa: E402,F401  (routes register on bp)
