"""Health data never reaches a log: phone numbers, email addresses and message bodies are
masked in every log record this process writes, whoever logs it (our code, SQLAlchemy's
error text, a driver's DETAIL line, RQ's traceback of a failed job, gunicorn's access log).

One filter, installed explicitly by each process's start-up (create_app, which the web app,
`flask worker` and `flask scheduler` all go through, and gunicorn's config hook). It is
installed as a wrapper of the log-record factory rather than on a handler, because a record
reaches handlers we do not create (RQ adds its own to its loggers, gunicorn to its own):
every record is masked when it is made, before any handler can see it.

What counts as a message body is a guess from context (a `body=`/`Body:` field, a
statement's `[parameters: ...]`, PostgreSQL's `DETAIL:` line, which quotes the failing
row); phone numbers and email addresses are masked wherever they appear. Query strings of
request lines go too: a search for `?q=98123` is a part of a phone number."""
from __future__ import annotations

import logging
import re
import traceback

MASK = "[redacted]"

_EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
# +91 98123 45678, +919812345678, whatsapp:+14155238886 ...
_E164 = re.compile(r"\+\d(?:[\s().-]?\d){6,14}")
# 98123 45678, 098123-45678, 9812345678, 91 98123 45678: an Indian mobile, with or without
# prefix. A whole word only: the digits at the start of an identifier (a message's
# console-09282227734d47...) are not a number, and masking them hides what a log line is about.
_INDIAN = re.compile(r"(?<![\w+])(?:0|91[\s-]?)?[6-9]\d{4}[\s-]?\d{5}(?!\w)")
# Free text by the name it is given: body=..., "Body": "...", 'notes': '...'
_NAMED_TEXT = re.compile(
    r"""(?ix)
    (\b(?:body|message_body|text|notes?|outcome)\b['"]?\s*[:=]\s*)
    (?: '(?:[^'\\]|\\.)*' | "(?:[^"\\]|\\.)*" | [^,&\s)\]}]+ )""")
# SQLAlchemy's error text: "[parameters: (...)]" (when an engine does not hide them); a
# repr is one line, so the rest of the line goes
_PARAMETERS = re.compile(r"\[parameters: [^\n]*")
# PostgreSQL's detail line: "DETAIL:  Failing row contains (..., +91..., I relapsed ...)."
_DETAIL = re.compile(r"(DETAIL:)[^\n]*")
_REQUEST_QUERY = re.compile(r"((?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) [^\s?\"]*)\?[^\s\"]*")


def redact(text: str) -> str:
    """The text with health data masked."""
    text = _PARAMETERS.sub(f"[parameters: {MASK}]", text)
    text = _DETAIL.sub(rf"\1 {MASK}", text)
    text = _REQUEST_QUERY.sub(rf"\1?{MASK}", text)
    text = _NAMED_TEXT.sub(rf"\1{MASK}", text)
    text = _EMAIL.sub(MASK, text)
    text = _E164.sub(MASK, text)
    return _INDIAN.sub(MASK, text)


class RedactingFilter(logging.Filter):
    """Masks one record in place: its message (args merged in first, since an argument is
    where a number or a text usually sits), its exception text and its stack."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed call (wrong number of args): keep what was written
            message = f"{record.msg} {record.args}"
        record.msg, record.args = redact(message), ()
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            # The exception object itself carries the parameters; handlers that read it
            # (rather than exc_text) would see them.
            record.exc_info = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


# The console transport's one line per message (channel, masked address, first words) is
# what a developer trying the loop after `make run` needs to see: it is left as written,
# but only while an app outside production is current. Anywhere else it is masked too.
UNMASKED_OUTSIDE_PRODUCTION = frozenset({"alumni.console_outbox"})


def _left_as_written(record: logging.LogRecord) -> bool:
    if record.name not in UNMASKED_OUTSIDE_PRODUCTION:
        return False
    from flask import current_app, has_app_context
    return has_app_context() and current_app.config.get("ALUMNI_ENV") != "production"


def install_log_redaction() -> None:
    """Mask every log record made in this process from now on. Idempotent: create_app runs
    more than once in a process (tests, the CLI) and the wrapper is added once."""
    current = logging.getLogRecordFactory()
    if getattr(current, "redacts_health_data", False):
        return
    redacting = RedactingFilter()

    def make_record(*args, **kwargs) -> logging.LogRecord:
        record = current(*args, **kwargs)
        if not _left_as_written(record):
            redacting.filter(record)
        return record

    make_record.redacts_health_data = True
    logging.setLogRecordFactory(make_record)
