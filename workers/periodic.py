"""Periodic jobs as data: (dotted job name, interval in seconds). The cron process enqueues
each on the periodic queue; the job itself re-derives its work from the database."""
PERIODIC_JOBS: list[tuple[str, int]] = [
    ("workers.jobs.heartbeat", 60),
    ("workers.events.send_invitations_and_reminders", 300),
    ("workers.milestones.owe_milestones", 600),
    ("workers.monitor.expire_monitor_rounds", 300),
    ("workers.dispatch.dispatch_due_checkins", 60),
    ("workers.delivery.reconcile_stale_sending", 60),
    ("workers.followups.sweep_replies", 60),
    ("workers.followups.wake_snoozed", 300),
    ("workers.referrals.remind_overdue_referrals", 3600),
    ("workers.followups.realert_crises", 60),
    ("workers.followups.rollup_figures", 600),
    ("workers.inbound_spool.replay_inbound_spool", 60),
]
