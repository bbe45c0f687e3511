"""Keeping a year of work safe: the instance lock, integrity at start-up, automatic backups, restore.

The school PC may lose power at any moment: SQLite's transactions keep each action whole; this
module makes sure a damaged file is never overwritten, that two windows never share a file,
and that there is always a recent copy to go back to.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from domain.errors import DomainError
from storage.backup import backup_file, read_only_uri

KEEP_DEFAULT = 14


@dataclass
class BackupInfo:
    path: Path
    made: datetime
    size: int
    reason: str  # daily | manual | before-migration | before-restore


def backups_dir(db: Path) -> Path:
    return db.parent / "backups"


def list_backups(db: Path) -> list[BackupInfo]:
    """The backups of this database file, newest first."""
    folder = backups_dir(db)
    out = []
    for p in folder.glob(f"{db.stem}-*.sqlite") if folder.exists() else []:
        parts = p.stem[len(db.stem) + 1:].split("-", 2)
        try:
            made = datetime.strptime(f"{parts[0]}-{parts[1]}", "%Y%m%d-%H%M%S")
        except (IndexError, ValueError):
            continue
        out.append(BackupInfo(p, made, p.stat().st_size, parts[2] if len(parts) > 2 else ""))
    return sorted(out, key=lambda b: (b.made, b.path.name), reverse=True)


def make_backup(db: Path, reason: str = "manual", keep: int | None = None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups_dir(db) / f"{db.stem}-{stamp}-{reason}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = backups_dir(db) / f"{db.stem}-{stamp}-{reason}{n}.sqlite"
    backup_file(db, target)
    if keep is not None:
        prune(db, keep)
    return target


def prune(db: Path, keep: int) -> None:
    """Keep the newest ``keep`` daily and manual backups (the safety copies made before a migration or a
    restore are kept as well, up to the same number)."""
    for group in (("daily", "manual"), ("before-migration", "before-restore")):
        chosen = [b for b in list_backups(db) if b.reason.rstrip("0123456789") in group]
        for old in chosen[keep:]:
            old.path.unlink(missing_ok=True)


def daily_backup(db: Path, keep: int = KEEP_DEFAULT, now: datetime | None = None) -> Path | None:
    """Once a day of use: a copy when the newest daily one is from an earlier day."""
    now = now or datetime.now()
    if not db.exists() or db.stat().st_size == 0:
        return None
    daily = [b for b in list_backups(db) if b.reason.startswith("daily")]
    if daily and daily[0].made.date() >= now.date():
        return None
    return make_backup(db, "daily", keep)


def integrity_ok(path: Path) -> bool:
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            return con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def check_openable(db: Path) -> None:
    """Refuse, with a clear message, a file the app must not write to."""
    if not db.exists():
        folder = db.parent
        if folder.exists() and not os.access(folder, os.W_OK):
            raise DomainError("database_read_only", path=str(db))
        return
    if not os.access(db, os.W_OK) or (db.parent.exists() and not os.access(db.parent, os.W_OK)):
        raise DomainError("database_read_only", path=str(db))
    if db.stat().st_size:
        with open(db, "rb") as f:
            if f.read(16) != b"SQLite format 3\x00":
                raise DomainError("not_a_database", path=str(db), reason="")
    if db.stat().st_size and not integrity_ok(db):
        good = newest_good_backup(db)
        raise DomainError("database_damaged", path=str(db), backup=str(good.path) if good else "")


def newest_good_backup(db: Path) -> BackupInfo | None:
    for b in list_backups(db):
        if integrity_ok(b.path):
            return b
    return None


def restore(db: Path, backup: Path) -> Path:
    """Put a backup in place of the database; the current file is first copied aside (even a damaged one)."""
    backup = Path(backup)
    if not backup.exists() or not integrity_ok(backup):
        raise DomainError("bad_backup", path=str(backup))
    safety = None
    if db.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        safety = backups_dir(db) / f"{db.stem}-{stamp}-before-restore.sqlite"
        safety.parent.mkdir(parents=True, exist_ok=True)
        if integrity_ok(db):
            backup_file(db, safety)
        else:  # a damaged file cannot go through the backup API: keep its bytes as they are
            import shutil

            shutil.copy2(db, safety)
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    partial = db.with_name(db.name + ".restoring")
    backup_file(backup, partial)
    os.replace(partial, db)
    return safety or db


class InstanceLock:
    """One running window per database file: an OS lock on FILE.lock, released when the process ends
    (even when it is killed), so a stale lock never blocks the next start."""

    def __init__(self, db: Path) -> None:
        self.path = db.with_name(db.name + ".lock")
        self._handle = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+")  # noqa: SIM115 - held open for the life of the window
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            handle.close()
            raise DomainError("database_in_use", path=str(self.path.with_suffix(""))) from e
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def peek_language(db: Path) -> str | None:
    """The interface language the file was left in, read without opening it for writing (so the window
    can show itself in that language before the database is opened). None when it cannot be read."""
    if not db.exists() or db.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(read_only_uri(db), uri=True)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = 'language'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return row[0] if row and row[0] in ("ky", "ru") else None
