"""Twilio request signatures, checked against PUBLIC_BASE_URL + path (the address Twilio
called), so the check holds behind a proxy that rewrites the Host or scheme."""
from __future__ import annotations

from functools import wraps

from flask import abort, current_app, request
from twilio.request_validator import RequestValidator


def public_url_for_request() -> str:
    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    query = request.query_string.decode()
    return f"{base}{request.path}" + (f"?{query}" if query else "")


def signature_is_valid() -> bool:
    token = current_app.config["TWILIO_AUTH_TOKEN"]
    signature = request.headers.get("X-Twilio-Signature", "")
    if not token or not signature:
        return False
    validator = RequestValidator(token)
    return validator.validate(public_url_for_request(), request.form.to_dict(flat=True), signature)


def require_twilio_signature(view):
    """403 and nothing stored when the signature is missing or wrong."""
    @wraps(view)
    def checked(*args, **kwargs):
        if not signature_is_valid():
            abort(403)
        return view(*args, **kwargs)
    return checked
