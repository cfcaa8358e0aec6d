"""POST /webhooks/email/inbound/<token>: an email reply relayed by Twilio SendGrid Inbound
Parse (a multipart form post). The token in the URL is the proof; it is compared in
constant time with INBOUND_EMAIL_TOKEN, and any mismatch (or no token configured) is 403.

When the database is unavailable the email is kept in the inbound spool for replay and
the relay still gets 200 (docs/safety-net.md)."""
from __future__ import annotations

import hmac

from flask import abort, current_app, request

from alumni.services.database_outage import database_unavailable
from alumni.services.inbound import handle_inbound
from alumni.services.inbound_forms import email_message
from alumni.services.inbound_replay import replay_soon
from alumni.services.inbound_spool import EMAIL
from alumni.webhooks import bp
from alumni.webhooks.spooling import keep_for_replay


@bp.route("/email/inbound/<token>", methods=["POST"])
def email_inbound(token: str):
    expected = current_app.config["INBOUND_EMAIL_TOKEN"]
    if not expected or not hmac.compare_digest(token.encode(), expected.encode()):
        abort(403)
    file_types = [f.mimetype for f in list(request.files.values())[:10]]
    inbound = email_message(request.form, file_types)
    if inbound is None:
        abort(400)
    try:
        result = handle_inbound(inbound, actor="email")
    except Exception as error:
        if not database_unavailable(error):
            raise
        keep_for_replay(EMAIL, error, file_types)
        return {"stored": False, "spooled": True, "message_id": None}, 200
    replay_soon()
    return {"stored": not result.duplicate, "message_id": result.message_id}, 200
