"""`flask worker` and `flask scheduler`, registered through the flask.commands entry point
so the app package never imports workers/."""
from __future__ import annotations

import importlib
import logging

import click
from flask import current_app
from flask.cli import with_appcontext

from alumni.jobs import ALL_QUEUES, PERIODIC
from alumni.long_lived import settle_start_up_objects
from alumni.redis_conn import get_redis

# A send is mostly waiting on the provider: at 200 ms a request, 16 jobs in flight allow
# 80 messages a second, so one worker with no options (as `make run` starts it) reaches a
# 50/s TWILIO_MAX_MPS. Threads rather than an async sender: the send path, the twilio
# client and SQLAlchemy stay the plain blocking code every other job uses.
DEFAULT_THREADS = 16


@click.command("worker")
@click.option("--queues", "-q", multiple=True, help="Queues to serve (default: all).")
@click.option("--burst", is_flag=True, help="Stop when the queues are empty.")
@click.option("--threads", type=click.IntRange(1, 256), default=DEFAULT_THREADS, show_default=True,
              help="Jobs run at once in threads (sending waits on the network: see workers/threaded_worker.py).")
@click.option("--heartbeat", type=click.IntRange(1, 3600), default=None,
              help="Seconds between an idle worker's heartbeats (default: workers/app_worker.py's).")
@with_appcontext
def worker_command(queues: tuple[str, ...], burst: bool, threads: int, heartbeat: int | None) -> None:
    """Run an RQ worker for this app."""
    from rq import Queue

    from workers.app_worker import HEARTBEAT_SECONDS, AppWorker
    from workers.threaded_worker import ThreadPoolWorker

    AppWorker.app = current_app._get_current_object()
    connection = get_redis()
    worker_class = AppWorker
    if threads > 1:
        worker_class = type("ThreadPoolWorker", (ThreadPoolWorker,), {"threads": threads})
    worker = worker_class([Queue(name, connection=connection) for name in serving_order(queues)],
                          connection=connection, worker_ttl=(heartbeat or HEARTBEAT_SECONDS) + 15)
    settle_start_up_objects()
    worker.work(burst=burst, logging_level="INFO", with_scheduler=True)


def serving_order(queues: tuple[str, ...]) -> list[str]:
    """The queues to serve, the app's own in ALL_QUEUES order (alerts first) whatever order
    they were named in, then any others as given."""
    chosen = list(dict.fromkeys(queues)) or list(ALL_QUEUES)
    return [q for q in ALL_QUEUES if q in chosen] + [q for q in chosen if q not in ALL_QUEUES]


def _resolve(dotted: str):
    module, _, name = dotted.rpartition(".")
    return getattr(importlib.import_module(module), name)


@click.command("scheduler")
@with_appcontext
def scheduler_command() -> None:
    """Run the RQ cron scheduler that enqueues the periodic jobs (dispatcher, sweepers)."""
    from rq.cron import CronScheduler

    from workers.periodic import PERIODIC_JOBS

    scheduler = CronScheduler(connection=get_redis(), logging_level=logging.INFO)
    for dotted, interval in PERIODIC_JOBS:
        scheduler.register(_resolve(dotted), PERIODIC, interval=interval,
                           result_ttl=current_app.config["RQ_RESULT_TTL"],
                           failure_ttl=current_app.config["RQ_FAILURE_TTL"])
    scheduler.start()
