"""Starting the window (and the self-test that visits every page)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from domain.errors import DomainError
from domain.services.container import Services, build_services
from gui import i18n
from gui.context import AppContext
from gui.dialogs import Dialogs
from gui.main_window import MainWindow
from gui.messages import describe


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    return app


def open_services(db_path: Path, today: Callable[[], date]) -> tuple[Services, object]:
    from storage.database import open_database

    db = open_database(db_path)
    services = build_services(db.uow, today)
    services.school.ensure_initial_year()
    return services, db


def run_window(db_path: Path, lang: str | None, today: Callable[[], date]) -> int:
    app = _application()
    i18n.install(lang or "ky")
    try:
        services, db = open_services(db_path, today)
    except DomainError as e:
        Dialogs().error(None, describe(e))
        return 1
    lang = i18n.install(lang or services.school.language())
    ctx = AppContext(services, db_path, lang)
    if services.school.is_empty():
        from gui.first_run import FirstRunDialog

        if not FirstRunDialog(ctx).exec():
            return 0
    window = MainWindow(ctx)
    window.show()
    return app.exec()


def run_selftest(db_path: Path, lang: str | None, today: Callable[[], date]) -> int:
    """Open the main window (offscreen without a display), visit every page, one line per page."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application()
    i18n.install(lang or "ky")
    try:
        services, _db = open_services(db_path, today)
    except DomainError as e:
        sys.stderr.write(describe(e) + "\n")
        return 1
    lang = i18n.install(lang or services.school.language())
    window = MainWindow(AppContext(services, db_path, lang))
    window.show()
    app.processEvents()
    for i, page in enumerate(window.pages):
        window.show_page(i)
        app.processEvents()
        visible = window.stack.currentWidget() is page and page.isVisible()
        print(f"{page.key}\t{page.title()}\t{'ok' if visible else 'FAILED'}")
        if not visible:
            return 1
    window.close()
    return 0
