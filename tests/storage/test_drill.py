"""Power-cut drills: the app is killed (SIGKILL) at random moments in the middle of a large import
and of plan edits. Every time the file opens, passes the integrity check, and holds either all or
none of the interrupted action."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from domain.services.container import build_services
from storage.database import open_database

ROOT = Path(__file__).resolve().parents[2]
ROWS = 300
SUBJECTS = ["Математика", "Физика", "Химия", "Тарых", "Англис тили", "Башталгыч класстар"]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL drill")


def staff_file(path: Path, prefix: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["ФИО", "Предмет", "Категория", "Стаж"])
    for i in range(ROWS):
        ws.append([f"{prefix}{i:03d} Аты{i} Атасы{i}", SUBJECTS[i % len(SUBJECTS)], ["I", "II", "высшая", ""][i % 4],
                   1 + i % 30])
    wb.save(path)
    return path


def fresh_db(tmp_path: Path) -> Path:
    path = tmp_path / "drill.sqlite"
    db = open_database(path)
    s = build_services(db.uow)
    s.school.ensure_initial_year()
    s.staff.ensure_catalogue()
    db.close()
    return path


def sound(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    return con


def kill_at_random(cmd: list[str], rng: random.Random, low: float, high: float) -> bool:
    """Start, wait a random moment, SIGKILL. True when it was killed before it finished."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    time.sleep(rng.uniform(low, high))
    finished = proc.poll() is not None
    if not finished:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    return not finished


def test_killed_in_the_middle_of_a_large_import(tmp_path: Path) -> None:
    path = fresh_db(tmp_path)
    rng = random.Random(95)
    killed = 0
    for attempt in range(8):
        prefix = f"Дрилл{attempt}-"
        xlsx = staff_file(tmp_path / f"staff{attempt}.xlsx", prefix)
        killed += kill_at_random([sys.executable, "main.py", "--db", str(path), "import-staff", str(xlsx)],
                                 rng, 0.4, 3.0)
        con = sound(path)
        count = con.execute("SELECT count(*) FROM teacher WHERE surname LIKE ?", (prefix + "%",)).fetchone()[0]
        links = con.execute("SELECT count(*) FROM teacher_subject ts JOIN teacher t ON t.id = ts.teacher_id "
                            "WHERE t.surname LIKE ?", (prefix + "%",)).fetchone()[0]
        con.close()
        assert count in (0, ROWS), f"attempt {attempt}: {count} of {ROWS} teachers landed"
        assert links == count
    assert killed >= 2, "the drill should interrupt some imports"
    db = open_database(path)  # and the app still opens it
    assert build_services(db.uow).staff.teachers() is not None
    db.close()


EDITOR = """
import sys
sys.path.insert(0, {root!r})
from storage.database import open_database
from domain.services.container import build_services
db = open_database({db!r})
s = build_services(db.uow)
year = s.school.current_year()
n = 0
while True:
    for item in s.plan.items(year.id):
        n += 1
        item.event = f"Иш-чара {{n}}"
        item.expected = f"Натыйжа {{n}}"  # one edit changes both, in one transaction
        s.plan.save_item(item)
"""


def test_killed_in_the_middle_of_plan_edits(tmp_path: Path) -> None:
    from domain.plan import PlanItem

    path = fresh_db(tmp_path)
    db = open_database(path)
    s = build_services(db.uow)
    year = s.school.current_year()
    for i in range(60):
        s.plan.save_item(PlanItem(year.id, f"Иш-чара {i}", expected=f"Натыйжа {i}"))
    db.close()
    script = tmp_path / "editor.py"
    script.write_text(EDITOR.format(root=str(ROOT), db=str(path)), encoding="utf-8")
    rng = random.Random(2026)
    for _ in range(8):
        assert kill_at_random([sys.executable, str(script)], rng, 0.5, 2.0)
        con = sound(path)
        rows = con.execute("SELECT event, expected FROM plan_item").fetchall()
        con.close()
        assert len(rows) == 60
        for event, expected in rows:
            assert event.split()[-1] == expected.split()[-1], f"half an edit landed: {event!r} / {expected!r}"
