"""Periodic referral job: remind staff of referrals whose next step is late. The decision
lives in alumni/recovery/referral_reminders.py; this re-derives its work from the
database and lets failures reach RQ."""
from __future__ import annotations


def remind_overdue_referrals() -> int:
    """Opens a referral_due case for each alumnus with a late referral; returns how many."""
    from alumni.recovery.referral_reminders import remind_overdue
    from alumni.recovery.referrals import centre_today
    return remind_overdue(centre_today())
