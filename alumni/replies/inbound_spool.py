"""Where an inbound request waits while the database is unavailable: a Redis list, or,
when Redis is unavailable too, an append-only JSON-lines file in the instance folder.

Only requests whose signature (or token) was already checked are kept: the form fields as
the provider posted them, which webhook they came to and when. They hold phone numbers and
message bodies, so the file is its owner's only (0600) and nothing here logs an entry.

Entries leave the spool only once the replay has committed them (inbound_replay), so a
crash at any point replays an entry again, which the pipeline answers as a duplicate.

The file: web processes append one line each under an exclusive flock, fsync'd. The
replay moves the file aside (an atomic rename) before reading it; a writer that opened the
file just before the rename notices, under its lock, that the path now names another
file and writes again to the new one, so no line lands in a file already read."""
from __future__ import annotations

import fcntl
import fnmatch
import json
import os
import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from flask import current_app
from redis.exceptions import RedisError

from alumni.redis_conn import get_redis

REDIS_KEY = "alumni:inbound-spool"
FILE_NAME = "inbound-spool.jsonl"
ASIDE_PATTERN = "inbound-spool.replaying.*.jsonl"   # files moved aside for replay
UNREADABLE_NAME = "inbound-spool.unreadable.jsonl"   # torn lines, kept for a person to read

TWILIO = "twilio"
EMAIL = "email"


@dataclass(frozen=True)
class SpooledRequest:
    kind: str                       # TWILIO | EMAIL: which webhook took it
    path: str                       # the path it was posted to
    form: dict[str, str]            # the form fields as posted
    received_at: str                # ISO 8601, UTC
    file_types: list[str] = field(default_factory=list)   # email: attached files' content types
    spool_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def received(self) -> datetime:
        return datetime.fromisoformat(self.received_at)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_json(cls, raw: str | bytes) -> SpooledRequest:
        """Raises ValueError for anything that is not a whole entry (a torn last line)."""
        try:
            data = json.loads(raw)
            return cls(kind=data["kind"], path=data["path"], form=dict(data["form"]),
                       received_at=data["received_at"], file_types=list(data.get("file_types") or []),
                       spool_id=data["spool_id"])
        except (TypeError, KeyError, AttributeError) as error:
            raise ValueError(f"not a spooled request: {type(error).__name__}") from None


def new_request(kind: str, path: str, form: dict[str, str], file_types: list[str] | None = None) -> SpooledRequest:
    return SpooledRequest(kind=kind, path=path, form=dict(form), file_types=list(file_types or []),
                          received_at=datetime.now(UTC).isoformat())


def spool(request: SpooledRequest) -> str:
    """Keep the request durably; returns where ("redis" or "file"). Raises OSError only
    when neither Redis nor the file would take it."""
    line = request.to_json()
    try:
        get_redis().rpush(REDIS_KEY, line)
        return "redis"
    except (RedisError, OSError):
        append_to_file(spool_folder() / FILE_NAME, line)
        return "file"


def spool_folder() -> Path:
    return Path(current_app.config["INSTANCE_PATH"])


def anything_waiting() -> bool:
    """Cheap enough to ask after every webhook: one listing of the instance folder and one LLEN."""
    try:
        names = os.listdir(current_app.config["INSTANCE_PATH"])
    except FileNotFoundError:
        names = []
    if any(name == FILE_NAME or fnmatch.fnmatchcase(name, ASIDE_PATTERN) for name in names):
        return True
    return bool(get_redis().llen(REDIS_KEY))


def waiting_count() -> dict[str, int | None]:
    """How many requests wait, per store (None: Redis could not be asked)."""
    in_files = sum(len(read_file_lines(path)) for path in _files_waiting(spool_folder()))
    try:
        in_redis = get_redis().llen(REDIS_KEY)
    except (RedisError, OSError):
        in_redis = None
    return {"redis": in_redis, "file": in_files}


def health() -> dict:
    """For /healthz: texts waiting are a warning (the replay runs every minute), not a failure."""
    counts = waiting_count()
    waiting = (counts["redis"] or 0) + counts["file"]
    return {"ok": waiting == 0 and counts["redis"] is not None, "waiting": waiting, **counts}


# --- Redis ------------------------------------------------------------------------------------

def redis_entries(start: int, count: int) -> list[bytes]:
    return get_redis().lrange(REDIS_KEY, start, start + count - 1)


def remove_from_redis(raw: bytes) -> None:
    # Each entry carries its own spool id, so this removes exactly that entry.
    get_redis().lrem(REDIS_KEY, 1, raw)


# --- the file ---------------------------------------------------------------------------------

def append_to_file(path: Path, line: str) -> None:
    """Append one line and fsync it (and the folder when the file is new)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = (line.rstrip("\n") + "\n").encode("utf-8")
    while True:
        created = not path.exists()
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            if not _still_named(fd, path):
                continue   # moved aside for replay since we opened it: write to the new file
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)   # closing releases the lock
        if created:
            _fsync_folder(path.parent)
        return


def _still_named(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _files_waiting(folder: Path) -> list[Path]:
    aside = sorted(folder.glob(ASIDE_PATTERN))
    return aside + [folder / FILE_NAME] if (folder / FILE_NAME).exists() else aside


def files_to_replay() -> list[Path]:
    """The files to replay, oldest first: any left by an interrupted replay, then the
    spool file moved aside now (new requests start a new spool file)."""
    folder = spool_folder()
    try:
        # Nanoseconds, zero-padded: the names sort in the order the files were moved.
        os.replace(folder / FILE_NAME, folder / ASIDE_PATTERN.replace("*", f"{time.time_ns():020d}"))
        _fsync_folder(folder)
    except FileNotFoundError:
        pass
    return sorted(folder.glob(ASIDE_PATTERN))


def read_file_lines(path: Path) -> list[str]:
    """The file's lines, read under its lock so a writer mid-append finishes first."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return []
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with os.fdopen(os.dup(fd), "rb") as file:
            content = file.read()
    finally:
        os.close(fd)
    return [line for line in content.decode("utf-8", "replace").splitlines() if line.strip()]


def respool_to_file(lines: list[str]) -> None:
    """Lines of a replayed file that could not be replayed go back to the spool file."""
    path = spool_folder() / FILE_NAME
    for line in lines:
        append_to_file(path, line)


def keep_unreadable(line: str) -> None:
    append_to_file(spool_folder() / UNREADABLE_NAME, line)


def delete_aside(path: Path) -> None:
    path.unlink(missing_ok=True)
    _fsync_folder(path.parent)
