"""An RQ worker that runs every job inside a fresh Flask app context.

SimpleWorker (no fork per job) keeps the database pool and Redis connections warm; each
job gets its own app context, so its SQLAlchemy session is opened and removed per job."""
from __future__ import annotations

from flask import Flask
from rq.worker import SimpleWorker


class AppWorker(SimpleWorker):
    app: Flask | None = None

    def perform_job(self, job, queue, *args, **kwargs):
        with self.app.app_context():
            try:
                return super().perform_job(job, queue, *args, **kwargs)
            finally:
                from alumni.extensions import db
                db.session.remove()
