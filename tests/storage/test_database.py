"""The file itself: migrations to head match the mapping, pragmas, backups, refusing foreign files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from domain.errors import DomainError
from storage.database import backups_dir, open_database, upgrade
from storage.migrations import HEAD_REVISION, MIGRATIONS_DIR
from storage.tables import Base


def test_empty_file_upgraded_to_head_matches_the_mapping(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = open_database(tmp_path / "a.sqlite")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.close()
    assert diff == []


def test_head_constant_is_alembics_head() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD_REVISION


def test_database_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    db.close()


def test_opening_at_head_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    open_database(path).close()
    open_database(path).close()
    assert not backups_dir(path).exists()


def test_a_pending_migration_is_preceded_by_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='0000'")  # pretend an older schema
    con.commit()
    con.close()
    with pytest.raises(Exception):  # noqa: B017 - unknown revision: alembic refuses, but the copy exists
        open_database(path)
    copies = list(backups_dir(path).glob("a-*-before-migration.sqlite"))
    assert len(copies) == 1
    assert sqlite3.connect(copies[0]).execute("SELECT version_num FROM alembic_version").fetchone() == ("0000",)


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is a text file, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(DomainError) as info:
        open_database(path)
    assert info.value.kind == "not_a_database"
    assert path.read_bytes() == before


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(DomainError) as info:
        open_database(path)
    assert info.value.kind == "foreign_database"


def test_upgrade_runs_on_a_bare_engine(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'b.sqlite'}")
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
