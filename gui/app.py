"""Starting the window (and the self-test that visits every page)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from domain.errors import DomainError
from gui import i18n
from gui.dialogs import Dialogs
from gui.main_window import MainWindow
from gui.messages import describe

if TYPE_CHECKING:
    from gui.context import AppContext


def resources_dir() -> Path:
    return Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent)) / "resources"


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        style = resources_dir() / "style.qss"
        if style.exists():
            app.setStyleSheet(style.read_text(encoding="utf-8"))
        icon = resources_dir() / "icons" / "usul.png"
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
    assert isinstance(app, QApplication)
    return app


def run_window(db_path: Path, lang: str | None, compose: Callable[[], Any],
               restore_backup: Callable[[Path, Path], Any] | None = None,
               prepare: Callable[[], str | None] | None = None) -> int:
    """Show the window at once, then open the database into it.

    ``prepare()`` runs before the window shows: it takes the file's lock (a refusal ends the start with
    its message) and returns the language the file was left in. ``compose()`` opens the database and
    returns the services (cli.compose.Composed); it runs once the window is on the screen."""
    app = _application()
    i18n.install(lang or "ky")
    dialogs = Dialogs()
    if prepare is not None:
        try:
            hint = prepare()
        except DomainError as e:
            dialogs.error(None, describe(e))
            return 1
        if not lang and hint:
            i18n.install(hint)
    window = MainWindow(db_path=db_path)
    window.show()
    outcome: list[int] = []
    started: list[bool] = []

    opened: list[Any] = []

    def kept_compose() -> Any:
        opened.append(compose())
        return opened[-1]

    def open_database() -> None:
        if started:  # once: after the first paint or on the timer, whichever comes first
            return
        started.append(True)
        try:
            code = _attach(window, db_path, lang, kept_compose, dialogs, restore_backup or (lambda db, backup: None))
        except Exception as e:  # in a timer's slot nothing above would see it: say it and end the start
            dialogs.error(None, QCoreApplication.translate(
                "App", "The database {path} could not be opened: {error}").format(path=db_path, error=e))
            code = 1
        if code is not None:
            outcome.append(code)
            window.hide()  # not close(): closing the last window would post a second quit
            app.exit(code)

    # Once the window has painted itself (so the wait shows a window, not a hole in the screen); the
    # timer covers a platform that paints late or never.
    window.first_painted.connect(lambda: QTimer.singleShot(0, open_database))
    QTimer.singleShot(400, open_database)
    code = app.exec()
    for composed in opened:  # the connections closed: SQLite folds its journal back into the file
        composed.close()
    return outcome[0] if outcome else code


def _attach(window: MainWindow, db_path: Path, lang: str | None, compose: Callable[[], Any], dialogs: Dialogs,
            restore: Callable[[Path, Path], Any]) -> int | None:
    """Open the database into the shown window; an exit code when the start ends here instead."""
    composed = open_or_recover(compose, db_path, dialogs, restore)
    if composed is None:
        return 1
    services = composed.services
    chosen = services.school.language()
    if not lang and chosen != i18n.current():
        i18n.install(chosen)
        window.relabel()
    ctx = context_of(composed, db_path, lang or chosen)
    if services.school.is_empty():
        from gui.first_run import FirstRunDialog

        if not FirstRunDialog(ctx).exec():
            return 0
    window.attach(ctx)
    return None


def context_of(composed: Any, db_path: Path, lang: str) -> AppContext:
    """What the window needs from the composition root."""
    # Imported after the window shows: it brings the undo stack and the domain.
    from gui.context import AppContext

    return AppContext(composed.services, db_path, lang, read_sheets=composed.read_sheets,
                      documents=composed.documents, backups=composed.backups)


def open_or_recover(compose: Callable[[], Any], db_path: Path, dialogs: Dialogs,
                    restore: Callable[[Path, Path], Any]) -> Any:
    """Open the database; a damaged file is never written to: offer its newest good backup instead."""
    try:
        return compose()
    except DomainError as e:
        if e.kind == "database_damaged" and e.fields.get("backup"):
            question = QCoreApplication.translate(
                "App", "The database {path} is damaged and was not changed. Restore the newest good backup "
                       "({backup})? The damaged file is kept beside the backups.").format(**e.fields)
            if dialogs.confirm(None, question):
                try:
                    restore(db_path, Path(e.fields["backup"]))
                    return compose()
                except DomainError as again:
                    dialogs.error(None, describe(again))
                    return None
            return None
        dialogs.error(None, describe(e))
        return None


def run_selftest(db_path: Path, lang: str | None, compose: Callable[[], Any]) -> int:
    """Open the main window (offscreen without a display), visit every page, one line per page."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application()
    i18n.install(lang or "ky")
    try:
        composed = compose()
    except DomainError as e:
        sys.stderr.write(describe(e) + "\n")
        return 1
    lang = i18n.install(lang or composed.services.school.language())
    window = MainWindow(context_of(composed, db_path, lang))
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
