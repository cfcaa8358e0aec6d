"""The one CSV writer for every file this service hands out, safe to open in a spreadsheet.

A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before
one) as a formula: a cohort named `=cmd|' /C calc'!A0` would run a command on the
coordinator's computer (CSV injection). Every text cell starting with one of those gets a
leading apostrophe, which Excel and LibreOffice do not show (OWASP's advice). Numbers are
written as they are: a number is never a formula, and "-3" must stay a number.

Lines end in CRLF (RFC 4180); a byte-order mark tells Excel the file is UTF-8, so names in
Devanagari open correctly."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from flask import Response

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def guard_cell(value) -> str:
    """The cell as text a spreadsheet shows and never runs. Phone numbers start with + and
    are guarded too."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence], *, bom: bool = True) -> str:
    buffer = io.StringIO()
    if bom:
        buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([guard_cell(name) for name in header])
    writer.writerows([guard_cell(value) for value in row] for row in rows)
    return buffer.getvalue()


def csv_download(text: str, filename: str) -> Response:
    """The file as an attachment, in UTF-8."""
    return Response(text.encode("utf-8"), content_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
