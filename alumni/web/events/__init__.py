"""Alumni meetings for people: list, create and edit, invitations and RSVPs, the sign-in
sheet, and the peer-support reports. Coordinators and admins run meetings; all staff may
view them and use the sign-in sheet (whoever is at the door signs people in)."""
from flask import Blueprint

bp = Blueprint("events", __name__)


def init_peer_support() -> None:
    """Plug peer support into the shared seams: the renderer (event and peer variables),
    the inbound pipeline (MENTOR, YES/NO) and the alumnus timeline and profile."""
    from alumni.services.peer_messages import register_peer_context
    from alumni.services.peer_replies import register_peer_replies
    from alumni.services.peer_timeline import register_peer_timeline
    register_peer_context()
    register_peer_replies()
    register_peer_timeline()


init_peer_support()

from alumni.web.events import reports, views  # noqa: E402,F401  (routes register on bp)
