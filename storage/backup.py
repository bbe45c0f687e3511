"""Consistent copies of the database file through SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def read_only_uri(path: Path | str) -> str:
    """An SQLite URI that opens ``path`` read-only; the path is escaped, so a '?', '#' or '%' in a folder
    name is part of the name (written raw, '?' would start the options and drop mode=ro)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def backup_file(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` page by page while it may be in use; the target appears whole or not at all."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    if partial.exists():
        partial.unlink()
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(partial, target)
    return target
