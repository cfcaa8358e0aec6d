"""Alumni meetings for people: list, create and edit, invitations and RSVPs, the sign-in
sheet, and the peer-support reports. Coordinators and admins run meetings; all staff may
view them and use the sign-in sheet (whoever is at the door signs people in)."""
from flask import Blueprint

bp = Blueprint("events", __name__)

from alumni.web.events import reports, views  # noqa: E402,F401  (routes register on bp)
