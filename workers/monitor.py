"""The recovery monitor, periodically: close each questionnaire open for 48 hours, keeping
what was answered (alumni/recovery/monitor.py)."""
from __future__ import annotations

from alumni.recovery.monitor import expire_rounds


def expire_monitor_rounds() -> dict:
    return {"expired": expire_rounds()}
