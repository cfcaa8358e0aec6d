"""Checks run before serving, so a wrong URL is one clear line rather than a traceback."""
from __future__ import annotations

from flask import current_app
from redis.exceptions import RedisError
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from alumni.extensions import db
from alumni.redis_conn import get_redis, redacted_url


class ServiceUnavailable(RuntimeError):
    pass


def _redact(url: str) -> str:
    from sqlalchemy.engine import make_url
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparseable URL is shown as the operator typed it
        return url


def check_services() -> None:
    url = current_app.config["SQLALCHEMY_DATABASE_URI"]
    try:
        db.session.execute(text("SELECT 1"))
    except (SQLAlchemyError, ImportError) as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        raise ServiceUnavailable(f"cannot reach the database at {_redact(url)}: {reason}") from None
    finally:
        db.session.remove()
    try:
        get_redis().ping()
    except (RedisError, OSError) as error:
        raise ServiceUnavailable(
            f"cannot reach Redis at {redacted_url(current_app.config['REDIS_URL'])}: {error}") from None
