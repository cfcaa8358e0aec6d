"""What we answer a text we could not store yet (the database is unavailable, so we do
not know who wrote or in which language they read). Pure: no Flask, no database.

A crisis still gets the helpline at once, in the language the text's script suggests;
anything else gets no answer until the text has been replayed through the normal pipeline
(an ordinary answer then would guess wrong, and might name the centre on a shared phone)."""
from __future__ import annotations

from alumni.domain.crisis import detect
from alumni.domain.reply_texts import Answer, reply_text

DEVANAGARI = range(0x0900, 0x0980)


def guess_language(text: str) -> str:
    """'hi' for a text written in Devanagari (Hindi and Marathi readers both read the Hindi
    answer), else 'en'. Latin-script Hindi ("marna chahta hun") gets English: the sender
    reads Latin script."""
    return "hi" if any(ord(character) in DEVANAGARI for character in text or "") else "en"


def offline_answer(text: str, *, helpline: str, centre: str) -> str | None:
    """The helpline reply when the text names a crisis, else None (an empty TwiML answer)."""
    if not detect(text or "").crisis:
        return None
    return reply_text(Answer.CRISIS, guess_language(text), centre=centre, helpline=helpline)
