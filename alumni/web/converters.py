"""URL converters shared by every route."""
from __future__ import annotations

from werkzeug.routing import IntegerConverter

DATABASE_ID_MAX = 2**31 - 1  # ids are 32-bit integers in both databases


class DatabaseIdConverter(IntegerConverter):
    """`<int:...>` everywhere: a number too long to be an id is no record (404). Without the
    cap PostgreSQL refuses it mid-query and the visitor gets a 500."""

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", DATABASE_ID_MAX)
        super().__init__(map, *args, **kwargs)


def register_converters(app) -> None:
    app.url_map.converters["int"] = DatabaseIdConverter
