"""POST /webhooks/email/inbound/<token>: an email reply relayed by Twilio SendGrid Inbound
Parse (a multipart form post). The token in the URL is the proof; it is compared in
constant time with INBOUND_EMAIL_TOKEN, and any mismatch (or no token configured) is 403."""
from __future__ import annotations

import hashlib
import hmac
import json
from email.utils import parseaddr

from flask import abort, current_app, request

from alumni.domain.email_quotes import reply_body
from alumni.services.inbound import InboundMessage, handle_inbound
from alumni.webhooks import bp
from alumni.webhooks.twilio_inbound import clean


def _header(headers: str, name: str) -> str:
    prefix = name.lower() + ":"
    for line in (headers or "").splitlines():
        if line.lower().startswith(prefix):
            return line[len(prefix):].strip()
    return ""


def sender_address(form) -> str:
    _, addr = parseaddr(form.get("from", ""))
    if not addr:
        try:
            addr = json.loads(form.get("envelope", "") or "{}").get("from") or ""
        except (ValueError, AttributeError):
            addr = ""
    addr = (addr if isinstance(addr, str) else "").strip().lower()
    return addr if "@" in addr else ""


def provider_id(form, sender: str) -> str:
    """A stable id per email: its Message-ID when it has one, so a relay retry is one row."""
    headers = form.get("headers", "")
    key = _header(headers, "Message-ID") or "\n".join(
        [sender, _header(headers, "Date"), form.get("subject", ""), form.get("text", "")])
    return "email-" + hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:58]


@bp.route("/email/inbound/<token>", methods=["POST"])
def email_inbound(token: str):
    expected = current_app.config["INBOUND_EMAIL_TOKEN"]
    if not expected or not hmac.compare_digest(token.encode(), expected.encode()):
        abort(403)
    form = request.form
    sender = sender_address(form)
    if not sender:
        abort(400)
    _, to_addr = parseaddr(form.get("to", ""))
    body = reply_body(form.get("text", ""), form.get("html", ""), form.get("subject", ""))
    result = handle_inbound(InboundMessage(
        channel="email", provider_id=provider_id(form, sender), from_addr=clean(sender, 254),
        to_addr=clean(to_addr, 254), body=clean(body, 5000),
        attachments=tuple(clean(f.mimetype or "application/octet-stream", 100)
                          for f in list(request.files.values())[:10])), actor="email")
    return {"stored": not result.duplicate, "message_id": result.message_id}, 200
