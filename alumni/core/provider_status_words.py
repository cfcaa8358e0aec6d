"""A provider's delivery status, as the timeline's badge on a message shows it, in the reader's
language. The delivery code stores Twilio's own status words (messages.provider_status; every
one it keeps is ranked in alumni/domain/message_status.py), which the API and the logs read as
stored; a test checks each ranked status has its words here."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_babel import lazy_pgettext

PROVIDER_STATUS_WORDS = {
    "pending": lazy_pgettext("message status", "pending"),
    "unconfirmed": lazy_pgettext("message status", "unconfirmed"),
    "accepted": lazy_pgettext("message status", "accepted"),
    "scheduled": lazy_pgettext("message status", "scheduled"),
    "queued": _l("queued"),
    "sending": _l("sending"),
    "sent": _l("sent"),
    "undelivered": lazy_pgettext("message status", "undelivered"),
    "failed": _l("failed"),
    "delivered": _l("delivered"),
    "read": lazy_pgettext("message status", "read"),
}
