"""The files a CSV import keeps between its steps, under INSTANCE_PATH/imports/ and never in
the cookie: the pending upload between preview and confirm, then the report of what became
of each row, and the skipped rows as a CSV to fix and upload again. Each is readable only
by the user who uploaded it, and stale ones (they hold personal data) are removed."""
from __future__ import annotations

import json
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from flask import current_app

from alumni.csv_export import csv_text
from alumni.private_files import private_directory, write_private_file
from alumni.records.csv_checks import (
    PROBLEM_HEADER,
    TEMPLATE_HEADERS,
    ImportReport,
    Problem,
    header_name,
    unguard_cell,
)

PENDING_MAX_AGE = 24 * 3600
_UPLOAD_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def _imports_dir() -> Path:
    return private_directory(Path(current_app.config["INSTANCE_PATH"]) / "imports")


def save_pending(content: bytes, filename: str, user_id: int) -> str:
    """Store the upload and return its id; stale uploads (they hold personal data) go."""
    folder = _imports_dir()
    cutoff = time.time() - PENDING_MAX_AGE
    for old in folder.iterdir():
        if old.stat().st_mtime < cutoff:
            old.unlink(missing_ok=True)
    upload_id = secrets.token_urlsafe(18)
    write_private_file(folder / f"{upload_id}.csv", content)
    write_private_file(folder / f"{upload_id}.json", json.dumps({"filename": filename, "user_id": user_id}).encode())
    return upload_id


def load_pending(upload_id: str, user_id: int) -> tuple[bytes, str] | None:
    """The upload's bytes and file name, only for the user who uploaded it."""
    if not _UPLOAD_ID.match(upload_id or ""):
        return None
    folder = _imports_dir()
    meta_path, data_path = folder / f"{upload_id}.json", folder / f"{upload_id}.csv"
    if not meta_path.exists() or not data_path.exists():
        return None
    meta = json.loads(meta_path.read_text())
    if meta.get("user_id") != user_id:
        return None
    return data_path.read_bytes(), meta.get("filename", "")


def discard_pending(upload_id: str) -> None:
    if _UPLOAD_ID.match(upload_id or ""):
        for suffix in (".csv", ".json"):
            (_imports_dir() / f"{upload_id}{suffix}").unlink(missing_ok=True)


# --- the report of a finished import, kept (as long as an upload) after the upload goes ---

@dataclass
class ImportedRow:
    line: int
    alumnus_id: int
    name: str


@dataclass
class SkippedRow:
    line: int
    cells: list[str]
    problems: list[str]


@dataclass
class ImportResult:
    filename: str
    header: list[str]
    imported: list[ImportedRow]
    skipped: list[SkippedRow]


def _problem_text(problem: Problem) -> str:
    return f"{problem.column}: {problem.message}" if problem.column else problem.message


def problem_parts(text: str) -> tuple[str, str]:
    """A kept problem's column and message again ("" for a problem of the whole row), so a
    page can say the message in its reader's language and keep the column as it is."""
    column, colon, message = text.partition(": ")
    if colon and column in TEMPLATE_HEADERS:
        return column, message
    return "", text


def save_result(upload_id: str, report: ImportReport, filename: str, user_id: int) -> None:
    """Replace the upload with what became of each row: the imported rows by alumnus id,
    the skipped ones with their cells as read and why they were left out."""
    result = {"filename": filename, "user_id": user_id, "header": report.header,
              "imported": [{"line": row.line, "alumnus_id": row.alumnus_id,
                            "name": " ".join(filter(None, (row.values.get("first_name"), row.values.get("last_name"))))}
                           for row in report.rows if row.alumnus_id is not None],
              "skipped": [{"line": row.line, "cells": row.cells,
                           "problems": [_problem_text(p) for p in row.problems]}
                          for row in report.rows if row.alumnus_id is None]}
    if _UPLOAD_ID.match(upload_id or ""):
        write_private_file(_imports_dir() / f"{upload_id}.result.json", json.dumps(result).encode())
        discard_pending(upload_id)


def load_result(upload_id: str, user_id: int) -> ImportResult | None:
    """The report of a finished import, only for the user who ran it."""
    if not _UPLOAD_ID.match(upload_id or ""):
        return None
    path = _imports_dir() / f"{upload_id}.result.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text())
    if data.get("user_id") != user_id:
        return None
    return ImportResult(filename=data["filename"], header=data["header"],
                        imported=[ImportedRow(**row) for row in data["imported"]],
                        skipped=[SkippedRow(**row) for row in data["skipped"]])


def skipped_rows_csv(result: ImportResult, say: Callable[[str], str] = str) -> str:
    """The skipped rows in their original columns, plus why each was left out, to fix and
    upload again (the importer ignores the problem column, so `say` may put each problem in
    the words of whoever downloads the file; its header stays "problem", which it reads)."""
    width = len(result.header)
    # A file that was itself a skipped-rows file gets its old problems replaced, not doubled.
    keep = [i for i, name in enumerate(result.header) if header_name(unguard_cell(name)) != PROBLEM_HEADER]
    rows = [[(row.cells + [""] * width)[i] for i in keep] + ["; ".join(map(say, row.problems))]
            for row in result.skipped]
    return csv_text([*(result.header[i] for i in keep), PROBLEM_HEADER], rows)
