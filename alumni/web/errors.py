"""Error pages for people, JSON errors for the API: never a traceback, never HTML to a client
that asked for JSON."""
from flask import Flask, render_template
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from alumni.access import json_error, wants_json

PLAIN_WORDS = {
    400: "The request could not be understood.",
    401: "Please sign in.",
    403: "Your role does not give access to this page.",
    404: "There is nothing at this address.",
    405: "That action is not allowed here.",
    409: "That conflicts with what is already recorded.",
    413: "The upload is too large. Split the file or ask an admin to raise MAX_CONTENT_LENGTH.",
    422: "Some of the data is not valid.",
    429: "Too many requests. Wait a moment and try again.",
    500: "Something went wrong on our side. It has been logged.",
}


def too_large_message(limit: int | None) -> str:
    if not limit:
        return PLAIN_WORDS[413]
    size = f"{limit / 1024 / 1024:.0f} MB" if limit >= 1024 * 1024 else f"{limit / 1024:.0f} KB" \
        if limit >= 1024 else f"{limit} bytes"
    return (f"The upload is too large: the limit is {size}. "
            "Split the file, or ask an admin to raise MAX_CONTENT_LENGTH.")


def _render(status: int, message: str | None = None):
    message = message or PLAIN_WORDS.get(status, "Something went wrong.")
    if wants_json():
        code = {400: "bad_request", 401: "unauthorised", 403: "forbidden", 404: "not_found",
                405: "method_not_allowed", 409: "conflict", 413: "too_large", 422: "invalid",
                429: "too_many_requests"}.get(status, "error")
        return json_error(status, code, message)
    return render_template("errors/error.html", status=status, message=message), status


def register_errors(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(error):
        return _render(400, "The form expired or was sent from elsewhere. Reload the page and try again.")

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        if error.code == 413:
            return _render(413, too_large_message(app.config.get("MAX_CONTENT_LENGTH")))
        return _render(error.code or 500, PLAIN_WORDS.get(error.code) if error.code == 403 else None)

    @app.errorhandler(Exception)
    def unexpected(error: Exception):
        app.logger.exception("Unhandled error")
        from alumni.extensions import db
        db.session.rollback()
        return _render(500)
