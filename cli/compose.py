"""The composition root's wiring: open the database, build the services, hand over the file readers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from domain.services.container import Services, build_services


@dataclass
class Composed:
    services: Services
    db: Any  # storage.database.Database
    read_sheets: Callable[[Path], list[Any]]
    user_templates: Path  # the data folder's templates/: a copy there overrides the built-in one
    documents: Any = None  # storage.documents.DocumentMaker
    lock: Any = None  # storage.safety.InstanceLock held by the window

    @property
    def backups(self) -> BackupOps:
        return BackupOps(self.db)

    def close(self) -> None:
        self.db.close()
        if self.lock is not None:
            self.lock.release()


def compose(db_path: Path, today: Callable[[], date], window: bool = False, lock: Any = None) -> Composed:
    """Open the database and build the services. For the window: take the file's lock first (one
    window per file; ``lock`` when the caller has taken it already) and make the day's automatic backup."""
    from storage.database import open_database
    from storage.safety import InstanceLock, daily_backup
    from storage.xlsx_grid import read_sheets

    taken = None  # a lock taken here is released here on failure; the caller's stays the caller's
    if window and lock is None:
        lock = taken = InstanceLock(Path(db_path).resolve())
        lock.acquire()
    try:
        db = open_database(db_path)
    except Exception:
        if taken is not None:
            taken.release()
        raise
    services = build_services(db.uow, today)
    services.school.ensure_initial_year()
    services.staff.ensure_catalogue()
    if window:
        keep = services.school.setting("backup_keep", "14")
        daily_backup(db.path, int(keep) if keep.isdigit() else 14)
    from storage.documents import DocumentMaker

    user_templates = Path(db_path).resolve().parent / "templates"
    return Composed(services, db, read_sheets, user_templates,
                    DocumentMaker(services, user_templates, chart_png=draw_chart), lock)


class BackupOps:
    """What the Backups page may do with the open database file."""

    def __init__(self, db: Any) -> None:
        self.db = db

    def list(self) -> list[Any]:
        from storage.safety import list_backups

        return list_backups(self.db.path)

    def make(self) -> Path:
        from storage.safety import make_backup

        return make_backup(self.db.path, "manual")

    def restore(self, backup: Path) -> Path:
        """Close the connections, put the backup in place (the current file is kept first), reopen."""
        from storage.safety import restore

        self.db.engine.dispose()
        return restore(self.db.path, backup)


def draw_chart(chart: Any) -> bytes:
    """A report's chart as PNG, drawn by the window's painter (needs a QGuiApplication)."""
    from gui.charts import bar_chart_png

    return bar_chart_png(chart.title, chart.labels, chart.series, chart.maximum)
