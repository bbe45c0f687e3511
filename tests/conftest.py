"""Shared fixtures: a real SQLite file per test, the services over it, a window with fake dialogs."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXED_TODAY = date(2026, 11, 23)


def pytest_configure(config: pytest.Config) -> None:
    import tempfile

    from PySide6.QtCore import QSettings

    from scripts.build_translations import main as build_translations

    build_translations()
    # The window remembers its size and pages in QSettings: never in the real user's settings.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="usul-settings-"))


@pytest.fixture
def db(tmp_path: Path):
    from storage.database import open_database

    database = open_database(tmp_path / "school.sqlite")
    yield database
    database.close()


@pytest.fixture
def services(db):
    from domain.services.container import build_services

    built = build_services(db.uow, lambda: FIXED_TODAY)
    built.staff.ensure_catalogue()
    return built


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    """The sample school, built once per session; each test gets its own copy."""
    from domain.demo import load_demo
    from domain.services.container import build_services
    from storage.database import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path)
    load_demo(build_services(database.uow, lambda: FIXED_TODAY))
    database.close()
    return path


@pytest.fixture
def demo_services(demo_file, tmp_path: Path, db):
    """The services over a private copy of the sample school (the ``db`` fixture's file is replaced)."""
    from domain.services.container import build_services
    from storage.backup import backup_file

    db.close()
    backup_file(demo_file, db.path)
    for suffix in ("-wal", "-shm"):
        Path(str(db.path) + suffix).unlink(missing_ok=True)
    return build_services(db.uow, lambda: FIXED_TODAY)


class FakeDialogs:
    """Records what the window would have shown; answers confirmations with ``answer``."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.answer = True
        self.open_path = ""
        self.save_path = ""

    def error(self, parent, text: str) -> None:
        self.errors.append(text)

    def info(self, parent, text: str) -> None:
        self.infos.append(text)

    def confirm(self, parent, text: str) -> bool:
        return self.answer

    def open_file(self, parent, title: str, filters: str) -> str:
        return self.open_path

    def save_file(self, parent, title: str, name: str, filters: str) -> str:
        return self.save_path


def activate(qtbot, window) -> None:
    """Make the window active so that its keyboard shortcuts fire (offscreen needs asking)."""
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


@pytest.fixture
def make_window(qtbot, db):
    """Build the main window over a database in a language, with fake dialogs."""
    from PySide6.QtCore import QSettings

    from domain.services.container import build_services
    from gui import i18n
    from gui.context import AppContext
    from gui.main_window import MainWindow

    QSettings().clear()  # each test starts from a window that remembers nothing

    def make(lang: str = "ky", services=None):
        services = services or build_services(db.uow, lambda: FIXED_TODAY)
        services.school.ensure_initial_year()
        services.staff.ensure_catalogue()
        i18n.install(lang)
        from cli.compose import BackupOps
        from storage.documents import DocumentMaker
        from storage.xlsx_grid import read_sheets

        ctx = AppContext(services, db.path, lang, FakeDialogs(), read_sheets=read_sheets,
                         documents=DocumentMaker(services, db.path.parent / "templates"), backups=BackupOps(db))
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        return window

    yield make
    i18n.install("ky")
