"""An RQ worker that runs every job inside a fresh Flask app context.

SimpleWorker (no fork per job) keeps the database pool and Redis connections warm; each
job gets its own app context, so its SQLAlchemy session is opened and removed per job.

It also puts itself back on the worker list when Redis forgot it: a Redis restarted
without persistence (or flushed) drops every worker's registration while the workers keep
running, and /healthz, which counts registered workers, reported "0 workers" until each
one happened to restart. Each heartbeat checks the registration and renews it."""
from __future__ import annotations

from flask import Flask
from rq import worker_registration
from rq.worker import SimpleWorker

# An idle worker beats once per dequeue timeout (worker_ttl - 15 s); RQ's default of 420 s
# left a forgotten worker off the list for up to seven minutes.
HEARTBEAT_SECONDS = 30


class AppWorker(SimpleWorker):
    app: Flask | None = None

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("worker_ttl", HEARTBEAT_SECONDS + 15)
        super().__init__(*args, **kwargs)

    def perform_job(self, job, queue, *args, **kwargs):
        with self.app.app_context():
            try:
                return super().perform_job(job, queue, *args, **kwargs)
            finally:
                from alumni.extensions import db
                db.session.remove()

    def heartbeat(self, timeout: int | None = None, pipeline=None):
        super().heartbeat(timeout, pipeline)
        if pipeline is None:
            self.register_again_if_forgotten()

    def register_again_if_forgotten(self) -> bool:
        """True when Redis had lost this worker and it registered itself again."""
        if self.connection.sismember(worker_registration.REDIS_WORKER_KEYS, self.key):
            return False
        with self.connection.pipeline() as pipeline:
            pipeline.hset(self.key, mapping=self.serialize())
            worker_registration.register(self, pipeline)
            pipeline.expire(self.key, self.worker_ttl + 60)
            pipeline.execute()
        self.log.warning("Worker %s: Redis had forgotten this worker (restarted or flushed); registered again",
                         self.name)
        return True
