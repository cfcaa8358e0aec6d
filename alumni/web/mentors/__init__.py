"""Peer mentors for people: profiles, suggestions for a new graduate, confirm, end.
Coordinators and admins only: matching is a clinical-programme decision."""
from flask import Blueprint

from alumni.access import MANAGERS, allow_blueprint

bp = Blueprint("mentors", __name__)
allow_blueprint(bp, *MANAGERS)

from alumni.web.mentors import views  # noqa: E402,F401  (routes register on bp)
