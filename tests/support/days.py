"""The centre's day, as the service counts "today": in its DEFAULT_TIMEZONE (Asia/Kolkata unless
the environment says otherwise), not the machine's. Between 18:30 and midnight UTC the two are
different days, so a test that builds dates from the machine's day fails in those hours."""
from __future__ import annotations

import os
from datetime import date, datetime
from zoneinfo import ZoneInfo


def centre_today() -> date:
    return datetime.now(ZoneInfo(os.environ.get("DEFAULT_TIMEZONE", "Asia/Kolkata"))).date()
