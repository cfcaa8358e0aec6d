"""Periodic jobs as data: (dotted job name, interval in seconds). The cron process enqueues
each on the periodic queue; the job itself re-derives its work from the database."""
PERIODIC_JOBS: list[tuple[str, int]] = [
    ("workers.jobs.heartbeat", 60),
]
