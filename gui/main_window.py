"""The main window: navigation on the left, the pages, the academic-year chooser, a status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from gui import i18n
from gui.pages.registry import KEYS, build_page, title

# The shell is shown before the domain is imported, and the Qt classes it does not draw with are
# imported where they are used (each costs the start a few milliseconds).
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QHeaderView, QTableView, QTreeView

    from domain.changes import Changed
    from gui.context import AppContext
    from gui.pages.base import Page


class MainWindow(QMainWindow):
    """Shown at once with its navigation; ``attach`` hands it the open database. A page is built the
    first time it is shown (the navigation needs only the titles), so the start does not wait for them."""

    first_painted = Signal()  # the window is on the screen: time to open the database into it

    def __init__(self, ctx: AppContext | None = None, db_path: Path | None = None) -> None:
        super().__init__()
        self._painted = False
        self.ctx: AppContext = ctx  # type: ignore[assignment]  # None only while the shell waits for attach()
        self.db_path = ctx.db_path if ctx is not None else Path(db_path or "")
        self.setObjectName("MainWindow")
        self.resize(1200, 760)
        self._pages: dict[str, Page] = {}
        self._dirty: set[str] = set()
        self._seen: set[str] = set()
        self.file_link = QLabel()
        self.file_link.setObjectName("file_link")
        self.file_link.setOpenExternalLinks(True)
        self._build()
        settings = self._settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """The database is open: connect the window to it and show the last page used."""
        from PySide6.QtGui import QKeySequence

        self.ctx = ctx
        self.db_path = ctx.db_path
        ctx.changed.connect(self._on_changed)
        ctx.language_changed.connect(self._on_language)
        ctx.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        # Undo and redo through the services (gui/undo.py); Ctrl+Y as well as the platform's redo key.
        self.undo_action = ctx.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = ctx.undo_stack.createRedoAction(self)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # Ctrl+Y everywhere; a key twice would be ambiguous
            redo_keys.insert(0, QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        self.addActions([self.undo_action, self.redo_action])
        ctx.file_saved.connect(self._file_saved)
        self._install_keys()
        self.nav.setEnabled(True)
        self.year_box.setEnabled(True)
        self._fill_years()
        last = self._settings().value("window/page")
        self.show_page(last if isinstance(last, str) and last in KEYS else 0)
        self.statusBar().showMessage(str(self.db_path))

    def _install_keys(self) -> None:
        """Ctrl+1…8, Ctrl+F, Ctrl+N, Ctrl+Q: with the database (the standard keys cost the shell ~50 ms)."""
        from PySide6.QtGui import QAction, QKeySequence, QShortcut

        quit_action = QAction(self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        for i in range(len(KEYS)):
            sc = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            sc.setObjectName("page_shortcut")
            sc.activated.connect(lambda i=i: self.show_page(i))
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setObjectName("page_shortcut")
        find.activated.connect(self.open_search)
        new_sc = QShortcut(QKeySequence.StandardKey.New, self)
        new_sc.setObjectName("page_shortcut")
        new_sc.activated.connect(lambda: self.current_page().new_item())

    def relabel(self) -> None:
        """Redraw the shell in the language just installed (the file's own, found once it is open)."""
        self._build()

    @property
    def pages(self) -> list[Page]:
        """Every page, in navigation order (building those not shown yet)."""
        return [self._page_at(i) for i in range(len(KEYS))]

    # -- building -------------------------------------------------------------
    def _build(self, page_index: int | None = None) -> None:
        self.setWindowTitle(self.tr("Усулдук кабинет") + f" — {self.db_path.name}")
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
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self.setCentralWidget(central)

        self._pages = {}
        self._seen = set()
        for i, key in enumerate(KEYS):
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
            self.nav.addItem(title(key))
            self.nav.item(i).setToolTip(f"Ctrl+{i + 1}")
        self.nav.currentRowChanged.connect(self._show_page)
        self._dirty = set(KEYS)
        if self.ctx is None:  # the shell: nothing to choose until the database is open
            self.nav.setEnabled(False)
            self.year_box.setEnabled(False)
            self.statusBar().showMessage(self.tr("Opening {path}…").format(path=self.db_path))
        if page_index is not None:
            self._fill_years()
            self.show_page(page_index)
            self.statusBar().showMessage(str(self.db_path))

    def _page_at(self, index: int) -> Page:
        """The page at a place in the navigation, built on first use."""
        key = KEYS[index]
        page = self._pages.get(key)
        if page is None:
            if self.ctx is None:
                raise RuntimeError("a page is built once the database is attached")
            page = build_page(key, self.ctx)
            self._pages[key] = page
            placeholder = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            if hasattr(page, "open_requested"):
                page.open_requested.connect(self.open_target)
        return page

    def _fill_years(self) -> None:
        current = self.ctx.services.school.current_year()
        self.year_box.clear()
        for year in self.ctx.services.school.years():
            self.year_box.addItem(year.label, year.id)
            if current is not None and year.id == current.id:
                self.year_box.setCurrentIndex(self.year_box.count() - 1)

    # -- navigation -----------------------------------------------------------
    def current_page(self) -> Page:
        return self._page_at(max(0, self.nav.currentRow()))

    def page(self, key: str) -> Page:
        return self._page_at(KEYS.index(key))

    def show_page(self, index_or_key: int | str) -> Page:
        index = index_or_key if isinstance(index_or_key, int) else KEYS.index(index_or_key)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)  # calls _show_page
        else:
            self._show_page(index)
        return self._page_at(index)

    # -- memory: window size, last page, column widths -----------------------------
    def _settings(self) -> QSettings:
        return QSettings()

    def _restore_columns(self, page: Page) -> None:
        settings = self._settings()
        for view in _views(page):
            state = settings.value(f"columns/{view.objectName()}") if view.objectName() else None
            if isinstance(state, QByteArray) and view.model() is not None:
                _header(view).restoreState(state)

    def save_state(self) -> None:
        settings = self._settings()
        settings.setValue("window/geometry", self.saveGeometry())
        if self.ctx is not None:
            settings.setValue("window/page", KEYS[max(0, self.nav.currentRow())])
        for view in _views(self):
            if view.objectName() and view.model() is not None:
                settings.setValue(f"columns/{view.objectName()}", _header(view).saveState())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    def _file_saved(self, message: str, path: str) -> None:
        """'Протокол № 3 сакталды' with a link that opens the file in its program."""
        import html

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
        if index < 0 or self.ctx is None:
            return
        page = self._page_at(index)
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
        self._dirty = set(KEYS)
        current = self.current_page()
        current.refresh(changed)
        self._dirty.discard(current.key)

    def _on_language(self, lang: str) -> None:
        self.ctx.lang = i18n.install(lang)
        self._build(max(0, self.nav.currentRow()))



def _views(widget: QWidget) -> list[QTableView | QTreeView]:
    """The tables and trees whose column widths are remembered."""
    from PySide6.QtWidgets import QTableView, QTreeView

    return [*widget.findChildren(QTableView), *widget.findChildren(QTreeView)]


def _header(view: QTableView | QTreeView) -> QHeaderView:
    from PySide6.QtWidgets import QTableView

    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()
