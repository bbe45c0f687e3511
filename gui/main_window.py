"""The main window: navigation on the left, the pages, the academic-year chooser, a status bar."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QToolBar,
    QTreeView,
    QWidget,
)

from domain.changes import Changed
from gui import i18n
from gui.context import AppContext
from gui.pages.base import Page
from gui.pages.registry import build_pages


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.resize(1200, 760)
        self.pages: list[Page] = []
        self._dirty: set[str] = set()
        self._seen: set[str] = set()
        ctx.changed.connect(self._on_changed)
        ctx.language_changed.connect(self._on_language)
        ctx.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        quit_action = QAction(self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        # Undo and redo through the services (gui/undo.py); Ctrl+Y as well as the platform's redo key.
        self.undo_action = ctx.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = ctx.undo_stack.createRedoAction(self)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # Ctrl+Y everywhere; a key twice would be ambiguous
            redo_keys.insert(0, QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        self.addActions([self.undo_action, self.redo_action])
        self.file_link = QLabel()
        self.file_link.setObjectName("file_link")
        self.file_link.setOpenExternalLinks(True)
        ctx.file_saved.connect(self._file_saved)
        self._build()
        self._restore_state()

    # -- building -------------------------------------------------------------
    def _build(self, page_index: int = 0) -> None:
        self.setWindowTitle(self.tr("Усулдук кабинет") + f" — {self.ctx.db_path.name}")
        old_toolbar = self.findChild(QToolBar, "main_toolbar")
        if old_toolbar is not None:
            self.removeToolBar(old_toolbar)
            old_toolbar.deleteLater()
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Academic year:") + " "))
        self.year_box = QComboBox()
        self.year_box.setObjectName("year_box")
        self.year_box.setMinimumWidth(140)
        self.year_box.setToolTip(self.tr("The academic year every page shows"))
        self.year_box.activated.connect(self._on_year_chosen)
        toolbar.addWidget(self.year_box)
        self.addToolBar(toolbar)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(240)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self.setCentralWidget(central)

        self.pages = build_pages(self.ctx)
        for i, page in enumerate(self.pages):
            self.stack.addWidget(page)
            self.nav.addItem(f"{page.title()}\tCtrl+{i + 1}")
            item = self.nav.item(i)
            item.setText(page.title())
            item.setToolTip(f"Ctrl+{i + 1}")
        self.nav.currentRowChanged.connect(self._show_page)
        for shortcut in self.findChildren(QShortcut, "page_shortcut"):
            shortcut.deleteLater()
        for i in range(len(self.pages)):
            sc = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            sc.setObjectName("page_shortcut")
            sc.activated.connect(lambda i=i: self.show_page(i))
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setObjectName("page_shortcut")
        find.activated.connect(self.open_search)
        new_sc = QShortcut(QKeySequence.StandardKey.New, self)
        new_sc.setObjectName("page_shortcut")
        new_sc.activated.connect(lambda: self.current_page().new_item())
        for page in self.pages:
            if hasattr(page, "open_requested"):
                page.open_requested.connect(self.open_target)
        self._fill_years()
        self._dirty = {p.key for p in self.pages}
        self.show_page(page_index)
        self.statusBar().showMessage(str(self.ctx.db_path))

    def _fill_years(self) -> None:
        current = self.ctx.services.school.current_year()
        self.year_box.clear()
        for year in self.ctx.services.school.years():
            self.year_box.addItem(year.label, year.id)
            if current is not None and year.id == current.id:
                self.year_box.setCurrentIndex(self.year_box.count() - 1)

    # -- navigation -----------------------------------------------------------
    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def page(self, key: str) -> Page:
        return next(p for p in self.pages if p.key == key)

    def show_page(self, index_or_key: int | str) -> Page:
        index = index_or_key if isinstance(index_or_key, int) else [p.key for p in self.pages].index(index_or_key)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)  # calls _show_page
        else:
            self._show_page(index)
        return self.pages[index]

    # -- memory: window size, last page, column widths -----------------------------
    def _settings(self) -> QSettings:
        return QSettings()

    def _restore_state(self) -> None:
        settings = self._settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        last = settings.value("window/page")
        if isinstance(last, str) and last in [p.key for p in self.pages]:
            self.show_page(last)
        self._restore_columns(self.current_page())

    def _restore_columns(self, page: Page) -> None:
        settings = self._settings()
        for view in _views(page):
            state = settings.value(f"columns/{view.objectName()}") if view.objectName() else None
            if isinstance(state, QByteArray) and view.model() is not None:
                _header(view).restoreState(state)

    def save_state(self) -> None:
        settings = self._settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/page", self.current_page().key)
        for view in _views(self):
            if view.objectName() and view.model() is not None:
                settings.setValue(f"columns/{view.objectName()}", _header(view).saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    def _file_saved(self, message: str, path: str) -> None:
        """'Протокол № 3 сакталды' with a link that opens the file in its program."""
        url = QUrl.fromLocalFile(path).toString()
        name = html.escape(Path(path).name)
        link = f'<a href="{url}">{name}</a>'
        text = html.escape(message)
        self.file_link.setText(text.replace(name, link, 1) if name in text else f"{text} — {link}")
        self.statusBar().addPermanentWidget(self.file_link)
        self.file_link.show()

    def open_search(self) -> None:
        from gui.search import SearchDialog

        dialog = SearchDialog(self.ctx, self)
        dialog.open_requested.connect(self.open_target)
        self.search_dialog = dialog
        dialog.open()

    def open_target(self, key: str, target: object = None) -> Page:
        """Go to a page and, when it can, to one item on it (a link from Home or the search)."""
        page = self.show_page(key)
        if target is not None and hasattr(page, "focus_item"):
            page.focus_item(target)
        return page

    def _show_page(self, index: int) -> None:
        if index < 0:
            return
        page = self.pages[index]
        if page.key in self._dirty:
            first = page.key not in self._seen
            page.refresh(None)
            self._dirty.discard(page.key)
            if first:
                self._seen.add(page.key)
                self._restore_columns(page)
        self.stack.setCurrentIndex(index)

    # -- reacting -------------------------------------------------------------
    def _on_year_chosen(self, index: int) -> None:
        year_id = self.year_box.itemData(index)
        if year_id is not None:
            self.ctx.run(self.ctx.services.school.set_current_year, int(year_id), parent=self)

    def _on_changed(self, changed: Changed) -> None:
        if changed.years:
            self._fill_years()
        self._dirty = {p.key for p in self.pages}
        current = self.current_page()
        current.refresh(changed)
        self._dirty.discard(current.key)

    def _on_language(self, lang: str) -> None:
        self.ctx.lang = i18n.install(lang)
        self._build(self.stack.currentIndex())



def _views(widget: QWidget) -> list[QTableView | QTreeView]:
    """The tables and trees whose column widths are remembered."""
    return [*widget.findChildren(QTableView), *widget.findChildren(QTreeView)]


def _header(view: QTableView | QTreeView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()
