"""Whole numbers typed by people or sent by programs (a page, an id in a query string).

`str.isdigit` is not the test: it is true for "²" and "٣", which `int` then refuses or
reads as 3; and a number longer than a database id fails inside the query. Only ASCII
digits, within bounds, count."""
from __future__ import annotations

import re

DATABASE_ID_MAX = 2**31 - 1   # ids are 32-bit in SQLite's and PostgreSQL's INTEGER columns
PAGE_MAX = 100_000
_ASCII_DIGITS = re.compile(r"[0-9]{1,18}")


def whole_number(text: str | None, minimum: int, maximum: int) -> int | None:
    """The number from minimum to maximum that the text is, or None (absent, malformed, or
    out of bounds): the caller decides whether None is an error or "no filter"."""
    if text is None or not _ASCII_DIGITS.fullmatch(text):
        return None
    value = int(text)
    return value if minimum <= value <= maximum else None


def positive_int(text: str | None, maximum: int = DATABASE_ID_MAX) -> int | None:
    """An id or a page number: from 1 to maximum, or None."""
    return whole_number(text, 1, maximum)
