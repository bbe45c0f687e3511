"""Data safety: the instance lock, read-only and damaged files, locked output, backups and restore."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from domain.errors import DomainError
from domain.services.container import build_services
from storage.database import open_database
from storage.safety import InstanceLock, daily_backup, list_backups, make_backup, prune, restore
from storage.word import write_atomically

ROOT = Path(__file__).resolve().parents[2]


def filled(tmp_path: Path) -> Path:
    path = tmp_path / "school.sqlite"
    db = open_database(path)
    s = build_services(db.uow)
    s.school.ensure_initial_year()
    from domain.model import School

    s.school.save_school(School(name_ky="№95 мектеп-гимназиясы"))
    db.close()
    return path


def test_a_second_lock_on_the_same_file_is_refused_and_released_on_exit(tmp_path: Path) -> None:
    path = filled(tmp_path)
    code = (f"import sys, time; sys.path.insert(0, {str(ROOT)!r}); from pathlib import Path; "
            f"from storage.safety import InstanceLock; lock = InstanceLock(Path({str(path)!r})); lock.acquire(); "
            "print('locked', flush=True); time.sleep(30)")
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DomainError) as info:
            InstanceLock(path).acquire()
        assert info.value.kind == "database_in_use"
    finally:
        holder.kill()  # even a killed process leaves no stale lock behind
        holder.wait()
    lock = InstanceLock(path)
    lock.acquire()
    lock.release()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_a_read_only_database_is_refused_with_a_message(tmp_path: Path) -> None:
    path = filled(tmp_path)
    path.chmod(0o444)
    with pytest.raises(DomainError) as info:
        open_database(path)
    assert info.value.kind == "database_read_only"


def test_read_only_database_check_without_permissions(tmp_path: Path, monkeypatch) -> None:
    """As root the permission bits do not stop writes, so the check is shown through os.access."""
    path = filled(tmp_path)
    before = path.read_bytes()
    monkeypatch.setattr(os, "access", lambda p, mode: mode != os.W_OK)
    with pytest.raises(DomainError) as info:
        open_database(path)
    assert info.value.kind == "database_read_only" and path.read_bytes() == before


def test_a_damaged_database_is_never_overwritten_and_the_newest_good_backup_is_offered(tmp_path: Path) -> None:
    path = filled(tmp_path)
    good = make_backup(path, "manual")
    data = bytearray(path.read_bytes())
    for i in range(4096, min(len(data), 12288)):
        data[i] = 0xFF
    path.write_bytes(bytes(data))
    damaged = path.read_bytes()
    with pytest.raises(DomainError) as info:
        open_database(path)
    assert info.value.kind == "database_damaged" and info.value.fields["backup"] == str(good)
    assert path.read_bytes() == damaged
    safety = restore(path, good)
    assert Path(safety).read_bytes() == damaged  # the damaged file is kept, byte for byte
    db = open_database(path)
    assert build_services(db.uow).school.school().name_ky == "№95 мектеп-гимназиясы"
    db.close()


def test_restore_first_backs_up_the_current_file(tmp_path: Path) -> None:
    path = filled(tmp_path)
    old = make_backup(path, "manual")
    db = open_database(path)
    from domain.model import School

    build_services(db.uow).school.save_school(School(name_ky="Жаңы ат"))
    db.close()
    safety = restore(path, old)
    assert sqlite3.connect(safety).execute("SELECT name_ky FROM school").fetchone() == ("Жаңы ат",)
    assert sqlite3.connect(path).execute("SELECT name_ky FROM school").fetchone() == ("№95 мектеп-гимназиясы",)
    with pytest.raises(DomainError) as info:
        restore(path, tmp_path / "nothing.sqlite")
    assert info.value.kind == "bad_backup"


def test_daily_backups_once_a_day_keeping_the_last_n(tmp_path: Path) -> None:
    path = filled(tmp_path)
    first = daily_backup(path, keep=3)
    assert first is not None and daily_backup(path, keep=3) is None  # the same day: no second copy
    for i in range(5):
        target = path.parent / "backups" / f"school-{(datetime.now() - timedelta(days=i + 1)):%Y%m%d-%H%M%S}-daily.sqlite"
        target.write_bytes(first.read_bytes())
    prune(path, 3)
    dailies = [b for b in list_backups(path) if b.reason == "daily"]
    assert len(dailies) == 3 and dailies[0].path == first


def test_an_output_file_held_by_another_program_gets_a_clear_refusal(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "protocol.docx"
    out.write_bytes(b"old")

    def locked(src, dst):  # what Windows does while Word holds the file open
        raise PermissionError(13, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(DomainError) as info:
        write_atomically(out, lambda p: Path(p).write_bytes(b"new"))
    assert info.value.kind == "file_locked" and info.value.fields["path"] == str(out)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["protocol.docx"]  # no temporary file left behind


def test_cli_restore(tmp_path: Path) -> None:
    path = filled(tmp_path)
    backup = make_backup(path, "manual")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(path), "restore", str(backup)],
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert any(b.reason == "before-restore" for b in list_backups(path))
    bad = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(path), "restore", "/nonexistent"],
                         capture_output=True, text=True, env=env)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
