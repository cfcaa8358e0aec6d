"""Which database errors mean "the database is unavailable right now" (try again later)
rather than "this code or this data is wrong" (a bug: let it fail loudly).

Unavailable: cannot connect or lost the connection (refused, restarting, shut down), the
pool had no connection in time, locked ("database is locked"), full disk, read-only after
a failover, a statement or lock timeout. These are what the DB-API reports as
OperationalError, InterfaceError or InternalError; a constraint violation, bad SQL or
bad data (IntegrityError, ProgrammingError, DataError) is not."""
from __future__ import annotations

from sqlalchemy import exc

UNAVAILABLE_ERRORS = (exc.OperationalError, exc.InterfaceError, exc.InternalError,
                      exc.TimeoutError, exc.DisconnectionError)


def database_unavailable(error: BaseException) -> bool:
    if isinstance(error, UNAVAILABLE_ERRORS):
        return True
    return isinstance(error, exc.DBAPIError) and bool(error.connection_invalidated)
