"""Answering a crisis email by email, after the inbound email's transaction has committed
(alumni.replies.email_answers decides whether it is still owed and sends it once)."""
from __future__ import annotations


def send_email_answer(message_id: int) -> str:
    from alumni.replies.email_answers import send_email_answer as send
    return send(message_id)
