"""The start: the window shows its navigation at once, then the database is opened into it; pages are
built the first time they are shown."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication

from domain.errors import DomainError
from gui import app as app_module
from gui import i18n
from gui.main_window import MainWindow
from gui.pages.registry import KEYS, title
from storage.safety import InstanceLock, peek_language
from tests.conftest import FIXED_TODAY, FakeDialogs


def test_the_shell_lists_every_section_before_the_database_is_open(qtbot, tmp_path: Path) -> None:
    i18n.install("ky")
    window = MainWindow(db_path=tmp_path / "school.sqlite")
    qtbot.addWidget(window)
    window.show()
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [title(k) for k in KEYS]
    assert window.nav.item(0).text() == "Башкы бет"
    assert not window.nav.isEnabled()
    assert window._pages == {}  # nothing built, nothing read
    assert "school.sqlite" in window.statusBar().currentMessage()
    assert window.findChildren(QShortcut, "page_shortcut") == []  # the keys come with the database
    assert window._pages == {} and window.ctx is None
    i18n.install("ru")
    try:
        window.relabel()  # the file's language found before it is attached: still a shell
        assert window.nav.item(0).text() == "Главная"
        assert not window.nav.isEnabled() and not window.year_box.isEnabled()
        assert "school.sqlite" in window.statusBar().currentMessage()
    finally:
        i18n.install("ky")


def test_attach_builds_only_the_page_shown_and_the_others_on_first_visit(make_window) -> None:
    window = make_window("ky")
    assert window.nav.isEnabled()
    assert len(window.findChildren(QShortcut, "page_shortcut")) == len(KEYS) + 2
    assert list(window._pages) == ["home"]
    plan = window.show_page("plan")
    assert sorted(window._pages) == ["home", "plan"]
    assert window.stack.currentWidget() is plan and plan.isVisible()
    assert window.nav.item(KEYS.index("plan")).text() == plan.title()
    assert [p.key for p in window.pages] == list(KEYS)  # every page on demand, in navigation order
    assert [window.stack.widget(i) for i in range(window.stack.count())] == window.pages


def test_the_language_is_read_without_opening_the_file(demo_file: Path, tmp_path: Path) -> None:
    assert peek_language(tmp_path / "missing.sqlite") is None
    (tmp_path / "junk.sqlite").write_bytes(b"not a database at all" * 100)
    assert peek_language(tmp_path / "junk.sqlite") is None
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    assert peek_language(copy) in (None, "ky")  # never chosen: the window starts in Kyrgyz
    import sqlite3

    with sqlite3.connect(copy) as con:
        con.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('language', 'ru')")
    assert peek_language(copy) == "ru"


def _run(monkeypatch, path: Path, prepare=None, opener=None) -> tuple[int, FakeDialogs, list[MainWindow]]:
    """run_window on a file, with fake dialogs; it quits once the window has the database."""
    from cli.compose import compose

    opener = opener or (lambda: compose(path, lambda: FIXED_TODAY, window=True))
    dialogs = FakeDialogs()
    monkeypatch.setattr(app_module, "Dialogs", lambda: dialogs)
    seen: list[MainWindow] = []
    attach = MainWindow.attach

    def attached(self, ctx) -> None:
        attach(self, ctx)
        seen.append(self)
        QTimer.singleShot(0, lambda: QApplication.instance().exit(7))

    monkeypatch.setattr(MainWindow, "attach", attached)
    composed = []

    def open_it():
        composed.append(opener())
        return composed[0]

    code = app_module.run_window(path, None, open_it, None, prepare)
    return code, dialogs, seen


def test_run_window_opens_the_database_into_the_shown_window(qtbot, monkeypatch, demo_file, tmp_path) -> None:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    code, dialogs, seen = _run(monkeypatch, path, prepare=lambda: peek_language(path))
    assert code == 7 and dialogs.errors == []
    window = seen[0]
    assert window.isVisible() and window.nav.isEnabled()
    assert window.year_box.count() >= 1
    assert window.current_page().key in KEYS
    window.close()
    assert not Path(str(path) + "-wal").exists()  # the connections were closed when the window ended


def test_a_second_window_on_the_same_file_says_so_before_showing(qtbot, monkeypatch, demo_file, tmp_path) -> None:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    held = InstanceLock(path.resolve())
    held.acquire()
    try:
        second = InstanceLock(path.resolve())
        shown: list[MainWindow] = []
        monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
        code, dialogs, _ = _run(monkeypatch, path, prepare=second.acquire)
    finally:
        held.release()
    assert code == 1 and shown == []
    assert len(dialogs.errors) == 1 and str(path.resolve()) in dialogs.errors[0]


def test_a_damaged_file_closes_the_shown_window_with_the_message(qtbot, monkeypatch, tmp_path) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)

    def refuse():
        raise DomainError("database_damaged", path=str(path), backup="")

    code, dialogs, seen = _run(monkeypatch, path, opener=refuse)
    assert code == 1 and seen == [] and len(dialogs.errors) == 1


def test_the_window_takes_the_files_language_once_it_is_open(qtbot, monkeypatch, demo_file, tmp_path) -> None:
    import sqlite3

    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    with sqlite3.connect(path) as con:
        con.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('language', 'ru')")
    i18n.install("ky")
    try:
        code, _dialogs, seen = _run(monkeypatch, path, prepare=lambda: None)  # the language not known before
        assert code == 7
        assert seen[0].nav.item(0).text() == "Главная" and seen[0].ctx.lang == "ru"
        seen[0].close()
    finally:
        i18n.install("ky")


def test_the_language_is_read_from_a_folder_named_with_uri_signs(demo_file, tmp_path) -> None:
    import sqlite3

    folder = tmp_path / "мектеп ?2026 #1 100%"
    folder.mkdir()
    copy = folder / "demo.sqlite"
    shutil.copy(demo_file, copy)
    with sqlite3.connect(copy) as con:
        con.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('language', 'ru')")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    assert peek_language(copy) == "ru"
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # nothing made beside it


def test_a_failure_other_than_a_refusal_ends_the_start_with_a_message(qtbot, monkeypatch, tmp_path) -> None:
    path = tmp_path / "school.sqlite"

    def fail():
        raise PermissionError(13, "Permission denied", str(path))

    code, dialogs, seen = _run(monkeypatch, path, opener=fail)
    assert code == 1 and seen == []
    assert len(dialogs.errors) == 1 and "Permission denied" in dialogs.errors[0]


def test_the_callers_lock_is_kept_when_opening_fails(tmp_path) -> None:
    import pytest

    from cli.compose import compose

    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    lock = InstanceLock(path.resolve())
    lock.acquire()
    try:
        with pytest.raises(Exception):  # noqa: B017 - damaged: whatever the refusal, the lock must stay
            compose(path, lambda: FIXED_TODAY, window=True, lock=lock)
        with pytest.raises(DomainError) as refused:
            InstanceLock(path.resolve()).acquire()
        assert refused.value.kind == "database_in_use"
    finally:
        lock.release()
