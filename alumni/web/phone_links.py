"""Every phone number the app shows is a link that dials it: a coordinator working the
queue from a phone, or from a laptop paired with one, taps the number instead of copying it."""
from __future__ import annotations

import phonenumbers
from flask import Flask
from markupsafe import Markup, escape

from alumni.domain.phones import format_phone

# A WhatsApp sender arrives as "whatsapp:+91…"; the number behind it is still dialled.
_CHANNEL_PREFIXES = ("whatsapp:", "sms:", "tel:")


def dialable(value: str | None) -> str:
    """The E.164 number to dial, or "" when the text is not a phone number (an email sender)."""
    text = (value or "").strip()
    for prefix in _CHANNEL_PREFIXES:
        if text.lower().startswith(prefix):
            text = text[len(prefix):]
    if not text.startswith("+"):
        return ""
    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def tel_link(value: str | None, text: str | None = None) -> Markup:
    """`<a href="tel:+91…">+91 98123 45678</a>`; anything that is not a number is shown as
    it is, escaped; nothing for no value. ``text`` replaces the shown words."""
    number = dialable(value)
    if not number:
        return escape(value or "")
    shown = text if text is not None else format_phone(number)
    return Markup('<a class="tel" href="tel:{}">{}</a>').format(number, shown)


def init_phone_links(app: Flask) -> None:
    app.add_template_filter(tel_link, "tel_link")
