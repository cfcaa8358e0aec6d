"""Putting work on RQ queues, by the job's dotted name (so nothing here imports workers/).

Queues are named by purpose. Deterministic job ids (letters, digits, _ and -) keep one
job per piece of work: enqueuing an id that is already waiting does nothing."""
from __future__ import annotations

import zlib
from dataclasses import dataclass

from flask import current_app
from rq import Queue
from rq.job import Job, JobStatus
from rq.utils import get_call_string

from alumni.redis_conn import get_redis

OUTREACH = "outreach"    # sending messages
DEFAULT = "default"      # alerts and other short work
PERIODIC = "periodic"    # dispatcher, sweepers
ALL_QUEUES = (OUTREACH, DEFAULT, PERIODIC)

_LIVE = {JobStatus.QUEUED, JobStatus.STARTED, JobStatus.SCHEDULED, JobStatus.DEFERRED}


def get_queue(name: str) -> Queue:
    return Queue(name, connection=get_redis(), default_timeout=300)


def job_is_live(job_id: str) -> bool:
    """Is a job with this id still waiting or running? False when Redis lost it."""
    return job_id in live_job_ids([job_id])


def enqueue(func_path: str, *args, queue: str = DEFAULT, job_id: str | None = None, **options) -> Job | None:
    """Enqueue unless a live job with the same id exists. Arguments are ids, never phone
    numbers or message bodies (RQ keeps them in Redis)."""
    if job_id is not None and job_is_live(job_id):
        return None
    config = current_app.config
    return get_queue(queue).enqueue(
        func_path, *args, job_id=job_id,
        result_ttl=config["RQ_RESULT_TTL"], failure_ttl=config["RQ_FAILURE_TTL"], **options)


def live_job_ids(job_ids: list[str]) -> set[str]:
    """Which of these ids have a live job (waiting or running), in one round trip."""
    if not job_ids:
        return set()
    # Only each job's status field, one pipeline: cheap enough for 100,000 ids at a time.
    with get_redis().pipeline(transaction=False) as pipe:
        for job_id in job_ids:
            pipe.hget(Job.key_for(job_id), "status")
        statuses = pipe.execute()
    live = {status.value for status in _LIVE}
    return {job_id for job_id, status in zip(job_ids, statuses)
            if status is not None and status.decode() in live}


def enqueue_many(func_path: str, calls: list[tuple[str, tuple]], queue: str = DEFAULT) -> int:
    """enqueue() for many (job_id, args) at once, through one Redis pipeline: same function,
    same queue options, and ids that already have a live job are skipped. Returns how many
    were enqueued."""
    live = live_job_ids([job_id for job_id, _ in calls])
    fresh = [(job_id, args) for job_id, args in calls if job_id not in live]
    if not fresh:
        return 0
    config = current_app.config

    def prepare(items):
        return [Queue.prepare_data(func_path, args=args, job_id=job_id, result_ttl=config["RQ_RESULT_TTL"],
                                   failure_ttl=config["RQ_FAILURE_TTL"]) for job_id, args in items]

    target = get_queue(queue)
    shape = learn_job_shape(target, prepare(fresh[:2])) if len(fresh) > 2 else None
    # No MULTI/EXEC: each job's keys are written whole either way, and a half-sent batch is
    # recovered like a lost one (the database still says `queued`).
    with target.connection.pipeline(transaction=False) as pipe:
        if shape is None:
            target.enqueue_many(prepare(fresh), pipeline=pipe)
        else:
            shape.write(fresh, pipe)
        pipe.execute()
    return len(fresh)


# Job data is only ever read back through zlib.decompress, which takes any window size; a
# small window makes compressing a 60-byte payload ~5x cheaper than zlib.compress's default
# (which allocates and clears 256 KiB of state per call). The payload inside is RQ's own.
_WBITS, _MEM_LEVEL = 9, 1
# Fields RQ stamps with the clock: equal within a batch, so not compared when learning.
_CLOCK_FIELDS = ("created_at", "enqueued_at")


@dataclass
class JobShape:
    """What RQ writes to Redis for one job of a batch (Queue.enqueue_many), learnt from RQ
    itself, so 100,000 jobs cost one HSET each instead of building 100,000 RQ Job objects
    (~100 us each, mostly RQ's per-job serializer lookup and attribute set-up)."""

    func_path: str
    queue_key: str
    registry_command: tuple     # SADD rq:queues <queue key>, once per batch
    fields: list                # HSET field/value pairs; data and description vary per job
    data_at: int
    description_at: int
    dumps: object

    def job_fields(self, args: tuple) -> list:
        fields = list(self.fields)
        packer = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, _WBITS, _MEM_LEVEL)
        fields[self.data_at] = packer.compress(self.dumps((self.func_path, None, args, {}))) + packer.flush()
        fields[self.description_at] = get_call_string(self.func_path, args, {}, max_length=75)
        return fields

    def write(self, calls: list[tuple[str, tuple]], pipe) -> None:
        """Every job hash first, then the ids onto the queue: a worker never pops an id
        whose hash is not there yet."""
        pipe.execute_command(*self.registry_command)
        for job_id, args in calls:
            pipe.execute_command("HSET", Job.key_for(job_id), *self.job_fields(args))
        for start in range(0, len(calls), 1000):
            pipe.execute_command("RPUSH", self.queue_key, *[job_id for job_id, _ in calls[start:start + 1000]])


def learn_job_shape(target: Queue, samples: list) -> JobShape | None:
    """Let RQ enqueue two sample jobs into a pipeline that is never sent and read back the
    commands. None (use RQ itself) unless they are exactly: SADD the queue registry, then
    per job HSET status, HSET the whole hash, RPUSH the id; and the second job's hash is
    reproduced from the first's with only its data and description recomputed."""
    recorder = target.connection.pipeline(transaction=False)
    try:
        target.enqueue_many(samples, pipeline=recorder)
        commands = [tuple(args) for args, _options in recorder.command_stack]
    finally:
        recorder.reset()
    if len(commands) != 7 or commands[0] != ("SADD", target.redis_queues_keys, target.key):
        return None
    hashes = []
    for (data, (status_cmd, hash_cmd, push_cmd)) in zip(samples, (commands[1:4], commands[4:7])):
        key = Job.key_for(data.job_id)
        fields = list(hash_cmd[2:])
        if (status_cmd[:3] != ("HSET", key, "status") or hash_cmd[:2] != ("HSET", key)
                or push_cmd != ("RPUSH", target.key, data.job_id)
                or dict(zip(fields[::2], fields[1::2])).get("status") != status_cmd[3]):
            return None
        hashes.append(fields)
    names = hashes[0][::2]
    if "data" not in names or "description" not in names:
        return None
    shape = JobShape(func_path=samples[0].func, queue_key=target.key, registry_command=commands[0],
                     fields=hashes[0], data_at=2 * names.index("data") + 1,
                     description_at=2 * names.index("description") + 1, dumps=target.serializer.dumps)
    return shape if _same_job(shape.job_fields(tuple(samples[1].args)), hashes[1]) else None


def _same_job(built: list, recorded: list) -> bool:
    """Field by field equal, the job data compared as the worker reads it (decompressed)
    and the clock fields only by name."""
    if built[::2] != recorded[::2]:
        return False
    for name, mine, theirs in zip(built[::2], built[1::2], recorded[1::2]):
        if name == "data":
            if zlib.decompress(mine) != zlib.decompress(theirs):
                return False
        elif name not in _CLOCK_FIELDS and mine != theirs:
            return False
    return True
