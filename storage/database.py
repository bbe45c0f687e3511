"""Open the SQLite file: pragmas, a backup before any migration, Alembic upgrade to head."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import sessionmaker

from domain.errors import DomainError
from storage.backup import backup_file, read_only_uri
from storage.migrations import HEAD_REVISION, MIGRATIONS_DIR
from storage.safety import backups_dir, check_openable
from storage.uow import SqlUnitOfWork


class StorageError(DomainError):
    """A problem with the file itself (not a database, unreadable, damaged)."""


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def current_revision(path: Path) -> str | None:
    """The schema revision stored in the file, read without importing Alembic."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            row = con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if row is None:
                tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if tables:
                    raise StorageError("foreign_database", path=str(path))
                return None
            found = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return found[0] if found else None
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise StorageError("not_a_database", path=str(path), reason=str(e)) from e


def upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


class Database:
    """An open database file: make units of work on it."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._sessions)

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path | str, *, migrate: bool = True) -> Database:
    path = Path(path).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    check_openable(path)  # read-only or damaged: refuse before anything is written
    revision = current_revision(path)
    engine = make_engine(path)
    if migrate and revision != HEAD_REVISION:
        if revision is not None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup_file(path, backups_dir(path) / f"{path.stem}-{stamp}-before-migration.sqlite")
        upgrade(engine)
    return Database(path, engine)
