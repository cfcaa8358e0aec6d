"""Files under the instance folder hold health data (the SQLite database, pending CSV uploads)
or the key that signs sessions: each is created readable by its owner only (0600, folders
0700), from the first byte, whatever the process's umask. A file or folder that already
exists keeps the mode its operator gave it."""
from __future__ import annotations

import os
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIRECTORY = 0o700


def private_directory(path: Path) -> Path:
    """The folder, created (with any missing parents) for its owner only."""
    missing = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIRECTORY)
        except FileExistsError:   # another process made it first
            continue
        folder.chmod(PRIVATE_DIRECTORY)   # mkdir's mode passes through the umask
    return path


def create_private_file(path: Path) -> bool:
    """Create an empty file for its owner only, unless it exists; True when created."""
    private_directory(path.parent)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        return False
    os.chmod(path, PRIVATE_FILE)
    return True


def write_private_file(path: Path, data: bytes) -> None:
    """Write the whole file, private from its creation (never briefly readable by others)."""
    private_directory(path.parent)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(descriptor, "wb") as handle:
        os.fchmod(handle.fileno(), PRIVATE_FILE)
        handle.write(data)
