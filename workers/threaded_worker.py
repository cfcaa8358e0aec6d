"""An RQ worker that runs up to N jobs at once in threads: `flask worker --threads N`.

Sending is waiting: a provider that answers in 200 ms caps a one-job-at-a-time worker at
five messages a second, whatever TWILIO_MAX_MPS allows. This worker keeps dequeuing while
jobs wait on the network, so one process reaches the account-wide cap (kept in Redis, see
alumni/delivery/rate_limit.py) instead of needing dozens of processes.

Each job still runs through RQ's own perform_job (registries, results, failure records,
short TTLs) in its own app context and database session; RQ 3 tracks several executions
per worker. Job timeouts use a timer instead of SIGALRM, which only the main thread may use.
A SIGKILL loses the jobs in flight; their rows stay `sending` and the sweeper reconciles
them with the provider."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from rq.timeouts import TimerDeathPenalty

from workers.app_worker import AppWorker


class ThreadPoolWorker(AppWorker):
    death_penalty_class = TimerDeathPenalty
    threads = 8

    def _ensure_pool(self) -> None:
        if getattr(self, "_pool", None) is None:
            self._pool = ThreadPoolExecutor(max_workers=self.threads, thread_name_prefix="rq-job")
            self._free = threading.BoundedSemaphore(self.threads)
            self._done_lock = threading.Lock()

    def execute_job(self, job, queue):
        """Hand the job to a free thread (waiting for one) and return to dequeuing."""
        self._ensure_pool()
        self._free.acquire()
        execution = self.prepare_execution(job)

        def run():
            try:
                self.perform_job(job, queue, execution)
            finally:
                self._free.release()

        self._pool.submit(run)

    def wait_for_running_jobs(self) -> None:
        pool = getattr(self, "_pool", None)
        if pool is not None:
            pool.shutdown(wait=True)
            self._pool = None

    def teardown(self):
        # Warm shutdown and burst end: let the jobs in flight finish before leaving.
        self.wait_for_running_jobs()
        super().teardown()
