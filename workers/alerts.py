"""Sending one urgent alert to one staff member on one channel (alumni.workspace.alerts
decides whether it is still needed and what it says)."""
from __future__ import annotations


def send_staff_alert(user_id: int, followup_id: int, channel: str, message_id: int | None = None,
                     reminder: bool = False) -> str:
    from alumni.workspace.alerts import send_alert
    return send_alert(user_id, followup_id, channel, message_id, reminder)
