"""Webhooks called by providers (Twilio, the inbound-email relay). They carry their own
proof (a signature or a secret token), so they are public to the role check and exempt
from CSRF, and they answer machines: never an HTML error page."""
from flask import Blueprint

from alumni.access import PUBLIC, allow_blueprint
from alumni.extensions import csrf

bp = Blueprint("webhooks", __name__)
allow_blueprint(bp, PUBLIC)
csrf.exempt(bp)

# Route modules attach their views to bp when imported.
from alumni.webhooks import routes  # noqa: E402,F401
