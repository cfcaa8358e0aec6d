"""Why the unknown-senders inbox refused to link or dismiss a message, in the staff member's
language. alumni/replies/unknown_senders.py raises InboxError in English (what the logs
read); the inbox flashes it back through this table (alumni/core/sentences_read_back.py),
and a test checks every sentence InboxError is raised with has its entry."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

from alumni.core.sentences_read_back import read_back

INBOX_REFUSALS = {
    "That message is no longer waiting in the inbox.": _l("That message is no longer waiting in the inbox."),
    "No alumnus found: enter their record number, phone number or email.":
        _l("No alumnus found: enter their record number, phone number or email."),
}


def inbox_refusal_words(error: Exception) -> str:
    return read_back(str(error), INBOX_REFUSALS)
