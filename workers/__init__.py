"""RQ entry points: job functions and the worker / cron start-up (flask worker, flask scheduler)."""
