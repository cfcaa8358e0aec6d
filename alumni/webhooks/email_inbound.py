"""POST /webhooks/email/inbound: an email reply relayed by Twilio SendGrid Inbound Parse (a
multipart form post). The proof is HTTP Basic auth: the password is compared in constant
time with INBOUND_EMAIL_TOKEN; the user name is not checked (it is written to access logs,
so it must never be the secret). No or a wrong password is 401 with a Basic challenge; no
token configured is 403. Nothing is stored either way.

The secret is not in the path, where every access log (ours, a proxy's, a load
balancer's) would keep it. POST /webhooks/email/inbound/<token>, which took it there, still
works for one release and warns once per process; it goes in the next.

Who sent the email is a separate question from who relayed it: the relay's SPF and DKIM
verdicts decide whether it may act as the alumnus its From address names
(alumni.domain.email_authenticity); an unverified one waits in the unknown-senders inbox.

When the database is unavailable the email is kept in the inbound spool for replay and
the relay still gets 200 (docs/safety-net.md)."""
from __future__ import annotations

import hmac
import logging

from flask import abort, current_app, request

from alumni.core.database_outage import database_unavailable
from alumni.replies.inbound import handle_inbound
from alumni.replies.inbound_forms import email_message
from alumni.replies.inbound_replay import replay_soon
from alumni.replies.inbound_spool import EMAIL
from alumni.webhooks import bp
from alumni.webhooks.spooling import keep_for_replay

log = logging.getLogger(__name__)
REALM = 'Basic realm="inbound-email"'
_path_token_warned = False


@bp.route("/email/inbound", methods=["POST"])
def email_inbound():
    expected = _expected_token()
    credentials = request.authorization
    password = credentials.password if credentials is not None and credentials.type == "basic" else None
    if not password or not _same(password, expected):
        return {"error": "authentication required"}, 401, {"WWW-Authenticate": REALM}
    return _receive()


@bp.route("/email/inbound/<token>", methods=["POST"])
def email_inbound_path_token(token: str):
    """Deprecated: the secret in the path lands in access logs."""
    expected = _expected_token()
    if not _same(token, expected):
        abort(403)
    _warn_path_token_once()
    return _receive()


def _expected_token() -> str:
    expected = current_app.config["INBOUND_EMAIL_TOKEN"]
    if not expected:
        abort(403)   # inbound email is switched off
    return expected


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode("utf-8", "replace"))


def _warn_path_token_once() -> None:
    global _path_token_warned
    if not _path_token_warned:
        _path_token_warned = True
        log.warning("inbound email arrived with the secret in the URL path, which access logs keep: "
                    "set the relay's URL to https://<user>:<secret>@<host>/webhooks/email/inbound "
                    "(HTTP Basic auth) and change INBOUND_EMAIL_TOKEN; the path form goes in the next release")


def _receive():
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
