"""How messages.attachments keeps the content types of the media sent with a text (MMS,
WhatsApp): written when an inbound message is stored, read back when it is judged again
(the unknown-senders inbox) or shown."""
from __future__ import annotations

from alumni.models import Message

ATTACHMENTS_LIMIT = Message.__table__.c.attachments.type.length   # 400


def attachments_column(content_types: tuple[str, ...]) -> str:
    """The content types as messages.attachments keeps them: space-separated, whole entries
    only (those that would not fit are dropped, none is cut in half), so that
    stored_attachments gives back each one kept."""
    kept: list[str] = []
    length = -1
    for content_type in content_types:
        entry = "".join(content_type.split()) or "application/octet-stream"
        if length + 1 + len(entry) > ATTACHMENTS_LIMIT:
            break
        kept.append(entry)
        length += 1 + len(entry)
    return " ".join(kept)


def stored_attachments(column: str | None) -> tuple[str, ...]:
    return tuple((column or "").split())

