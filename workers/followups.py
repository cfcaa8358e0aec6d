"""Periodic follow-up jobs: reply sweeper and non-response ladder, snooze wake-up, crisis
re-alerts, and the dashboard roll-up. The decisions live in alumni/workspace; these take
ids (or nothing), re-derive their work from the database and let failures reach RQ."""
from __future__ import annotations


def sweep_replies() -> dict:
    """sent/delivered past the reply window -> missed; missed cases; ladder rungs."""
    from alumni.workspace.followup_sweeps import sweep_replies as sweep
    report = sweep()
    return {"missed": report.missed, "cases_opened": report.cases_opened,
            "nudges": report.nudges, "call_tasks": report.call_tasks}


def wake_snoozed() -> int:
    from alumni.workspace.followups import wake_snoozed as wake
    return wake()


def realert_crises() -> int:
    """Unacknowledged crisis cases past CRISIS_ACK_MINUTES alert again (see
    alumni.workspace.alerts.realert_crises for who and how)."""
    from alumni.workspace.alerts import realert_crises as realert
    return realert()


def rollup_figures(days_back: int = 14) -> int:
    from alumni.workspace.figures import rollup
    return rollup(days_back=days_back)
