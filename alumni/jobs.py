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

ALERTS = "alerts"        # crisis alerts to staff: never behind a check-in backlog
OUTREACH = "outreach"    # sending messages
DEFAULT = "default"      # other short work
PERIODIC = "periodic"    # dispatcher, sweepers
# A worker takes jobs from its queues in this order: alerts first.
ALL_QUEUES = (ALERTS, OUTREACH, DEFAULT, PERIODIC)

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
    """enqueue() for many (job_id, args) at once: same function, same queue options, and
    ids that already have a live job are skipped. Returns how many were enqueued."""
    config = current_app.config

    def prepare(items):
        return [Queue.prepare_data(func_path, args=args, job_id=job_id, result_ttl=config["RQ_RESULT_TTL"],
                                   failure_ttl=config["RQ_FAILURE_TTL"]) for job_id, args in items]

    target = get_queue(queue)
    shape = learn_job_shape(target, prepare(calls[:2])) if len(calls) > 2 else None
    if shape is not None:
        return shape.enqueue(calls)
    live = live_job_ids([job_id for job_id, _ in calls])
    fresh = [(job_id, args) for job_id, args in calls if job_id not in live]
    if not fresh:
        return 0
    # No MULTI/EXEC: each job's keys are written whole either way, and a half-sent batch is
    # recovered like a lost one (the database still says `queued`).
    with target.connection.pipeline(transaction=False) as pipe:
        target.enqueue_many(prepare(fresh), pipeline=pipe)
        pipe.execute()
    return len(fresh)


# Job data is only ever read back through zlib.decompress, which takes any window size; a
# small window makes compressing a 60-byte payload several times cheaper than
# zlib.compress's defaults (which set up ~256 KiB of state per call). The payload is RQ's own.
_WBITS, _MEM_LEVEL = 9, 1
# Fields RQ stamps with the clock: equal within a batch, so not compared when learning.
_CLOCK_FIELDS = ("created_at", "enqueued_at")
# Jobs per script call: each call holds Redis for a few milliseconds at most.
_SCRIPT_CHUNK = 1000

# The commands RQ's enqueue_many sends for each job (HSET the job hash, RPUSH its id, SADD
# the queue to the registry), run inside Redis, each only for an id with no live job: the
# check and the write are one atomic step, and the client packs 3 values per job instead
# of a 36-value HSET and an HGET. KEYS: queue, queue registry, job hashes. ARGV: n, the n
# shared hash values (field, value, ...), the data and description positions in them, the
# live statuses (comma-separated), then job id, data, description per job.
_ENQUEUE_SCRIPT = """
local n = tonumber(ARGV[1])
local fields = {}
for i = 1, n do fields[i] = ARGV[1 + i] end
local data_at, description_at = tonumber(ARGV[n + 2]), tonumber(ARGV[n + 3])
local live = {}
for status in string.gmatch(ARGV[n + 4], '[^,]+') do live[status] = true end
local pushed = {}
local at = n + 5
for k = 3, #KEYS do
  local status = redis.call('HGET', KEYS[k], 'status')
  if not (status and live[status]) then
    fields[data_at] = ARGV[at + 1]
    fields[description_at] = ARGV[at + 2]
    redis.call('HSET', KEYS[k], unpack(fields))
    pushed[#pushed + 1] = ARGV[at]
  end
  at = at + 3
end
if #pushed > 0 then
  redis.call('SADD', KEYS[2], KEYS[1])
  redis.call('RPUSH', KEYS[1], unpack(pushed))
end
return #pushed
"""


@dataclass
class JobShape:
    """What RQ writes to Redis for one job of a batch (Queue.enqueue_many), learnt from RQ
    itself, so 100,000 jobs cost a few values each instead of 100,000 RQ Job objects
    (~100 us each, mostly RQ's per-job serializer lookup and attribute set-up)."""

    func_path: str
    target: Queue
    fields: list                # HSET field/value pairs; data and description vary per job
    data_at: int
    description_at: int

    def job_data(self, args: tuple) -> bytes:
        packer = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, _WBITS, _MEM_LEVEL)
        return packer.compress(self.target.serializer.dumps((self.func_path, None, args, {}))) + packer.flush()

    def description(self, args: tuple) -> str:
        return get_call_string(self.func_path, args, {}, max_length=75)

    def job_fields(self, args: tuple) -> list:
        fields = list(self.fields)
        fields[self.data_at], fields[self.description_at] = self.job_data(args), self.description(args)
        return fields

    def enqueue(self, calls: list[tuple[str, tuple]]) -> int:
        """Write every job whose id has no live job, in the order given; returns how many."""
        script = self.target.connection.register_script(_ENQUEUE_SCRIPT)
        head = [len(self.fields), *self.fields, self.data_at + 1, self.description_at + 1,
                ",".join(sorted(status.value for status in _LIVE))]
        enqueued = 0
        for start in range(0, len(calls), _SCRIPT_CHUNK):
            chunk = calls[start:start + _SCRIPT_CHUNK]
            keys = [self.target.key, self.target.redis_queues_keys, *[Job.key_for(job_id) for job_id, _ in chunk]]
            per_job = [value for job_id, args in chunk
                       for value in (job_id, self.job_data(args), self.description(args))]
            enqueued += script(keys=keys, args=head + per_job)
        return enqueued


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
    shape = JobShape(func_path=samples[0].func, target=target, fields=hashes[0],
                     data_at=2 * names.index("data") + 1, description_at=2 * names.index("description") + 1)
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
