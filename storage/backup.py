"""Consistent copies of the database file through SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def backup_file(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` page by page while it may be in use; the target appears whole or not at all."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    if partial.exists():
        partial.unlink()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
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
