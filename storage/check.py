"""SQLite's own checks of the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storage.backup import read_only_uri


def integrity_problems(path: Path) -> list[str]:
    con = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
        problems = [r for r in rows if r != "ok"]
        for table, rowid, parent, _fk in con.execute("PRAGMA foreign_key_check"):
            problems.append(f"foreign key: {table} row {rowid} -> {parent}")
        return problems
    except sqlite3.DatabaseError as e:
        return [str(e)]
    finally:
        con.close()
