"""Teachers' growth page: topics, open lessons, mutual visits, what is coming due.

This module holds what the four tabs share: one snapshot of the year's people and names, a plain
table model with a teacher filter over it, and small builders for tables, buttons and documents.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.associations import Association
from domain.errors import DomainError, ValidationErrors
from domain.model import AcademicYear
from domain.staff import Subject, Teacher
from domain.years import parse_label
from gui.messages import describe
from gui.staff.model import sort_key
from gui.undo import ServiceCommand
from gui.widgets import FieldError, push_button

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
DOC_LANGS = (("ky", "Кыргызча"), ("ru", "Русский"))


@dataclass
class GrowthData:
    """What every tab needs to name people and things, loaded once per refresh."""

    lang: str
    today: date
    year: AcademicYear | None = None
    teachers: dict[int, Teacher] = field(default_factory=dict)
    subjects: dict[int, Subject] = field(default_factory=dict)
    associations: dict[int, Association] = field(default_factory=dict)
    memberships: dict[int, list[int]] = field(default_factory=dict)
    names: dict[int, str] = field(init=False)  # full names: a refresh names the same people thousands of times

    def __post_init__(self) -> None:
        self.names = {i: t.full_name for i, t in self.teachers.items()}

    @property
    def year_id(self) -> int | None:
        return self.year.id if self.year is not None else None

    @property
    def first(self) -> int | None:
        """The first calendar year of the chosen academic year (2026 for 2026–2027)."""
        return parse_label(self.year.label) if self.year is not None else None

    def name(self, teacher_id: int | None) -> str:
        return self.names.get(teacher_id, "—") if teacher_id is not None else "—"

    def short(self, teacher_id: int | None) -> str:
        t = self.teachers.get(teacher_id) if teacher_id is not None else None
        return t.short_name if t else "—"

    def active(self, keep: int | None = None) -> list[Teacher]:
        """The teachers still on the staff (and ``keep``, even if archived), in alphabetical order."""
        people = [t for t in self.teachers.values() if not t.archived or t.id == keep]
        return sorted(people, key=lambda t: sort_key(t.full_name))

    def subject_name(self, subject_id: int | None) -> str:
        s = self.subjects.get(subject_id) if subject_id is not None else None
        return s.name(self.lang) if s else ""

    def association_name(self, association_id: int | None) -> str:
        a = self.associations.get(association_id) if association_id is not None else None
        return a.name(self.lang) if a else ""

    def association_of(self, teacher_id: int) -> int | None:
        """The teacher's subject association of the year (not the class leaders'), if any."""
        ids = self.memberships.get(teacher_id, [])
        for aid in ids:
            a = self.associations.get(aid)
            if a is not None and a.kind.value != "class_leaders":
                return aid
        return ids[0] if ids else None

    def theme(self) -> str:
        if self.year is None:
            return ""
        return (self.year.theme_ru if self.lang == "ru" else self.year.theme_ky) or self.year.theme_ky \
            or self.year.theme_ru


@dataclass
class Row:
    """One line of a table: what it shows, how it sorts, and whom it is about (for the filter)."""

    id: int
    cells: list[str]
    sort: list[Any]
    teachers: frozenset[int] = frozenset()
    tips: dict[int, str] = field(default_factory=dict)
    centered: frozenset[int] = frozenset()


class RowsModel(QAbstractTableModel):
    """A read-only table of plain rows, computed by the tab when it loads."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, row_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self.headers):
            return None
        r, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return r.cells[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.tips.get(column) or None
        if role == ID_ROLE:
            return r.id
        if role == SORT_ROLE:
            return r.sort[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in r.centered:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class TeacherFilter(QSortFilterProxyModel):
    """Only the rows about one teacher (the page's teacher filter); sorting by SORT_ROLE."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.teacher_id: int | None = None
        self.setSortRole(SORT_ROLE)

    def set_teacher(self, teacher_id: int | None) -> None:
        self.beginFilterChange()
        self.teacher_id = teacher_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self.teacher_id is None or not isinstance(model, RowsModel):
            return True
        return self.teacher_id in model.row(source_row).teachers


def make_table(name: str, proxy: QSortFilterProxyModel, stretch: int, on_activate: Callable[[], None]) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(50)
    table.setProperty("stretch", stretch)
    table.activated.connect(lambda _index: on_activate())
    return table


def fit_columns(table: QTableView, cap: int = 270) -> None:
    """Columns as wide as their contents but at most ``cap``: the stretched one gets the rest."""
    stretch = table.property("stretch")
    header = table.horizontalHeader()
    for column in range(header.count()):
        if column != stretch:
            table.resizeColumnToContents(column)
            if header.sectionSize(column) > cap:
                header.resizeSection(column, cap)


class KeyAction(QObject):
    """A key pressed in a widget does one thing there (Delete in a table, Enter in a field of a dialog)."""

    def __init__(self, widget: QWidget, keys: tuple[Qt.Key, ...], slot: Callable[[], Any]) -> None:
        super().__init__(widget)
        self.keys, self.slot = keys, slot
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in self.keys \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            self.slot()
            return True
        return False


ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def current_id(table: QTableView) -> int | None:
    rows = table.selectionModel().selectedRows()
    return table.model().data(rows[0], ID_ROLE) if rows else None


def select_id(table: QTableView, model: RowsModel, row_id: int | None) -> bool:
    proxy = table.model()
    row = model.row_of(row_id)
    if row < 0 or not isinstance(proxy, QSortFilterProxyModel):
        return False
    index = proxy.mapFromSource(model.index(row, 0))
    if not index.isValid():
        return False
    table.selectRow(index.row())
    table.scrollTo(index)
    return True


def button(name: str, text: str, slot: Callable[[], Any], tip: str = "") -> QPushButton:
    """A named button that Enter in the tab's dialogs does not press by default."""
    b = push_button(name, text, slot, tip)
    b.setAutoDefault(False)
    return b


def fill_teachers(box: QComboBox, data: GrowthData, chosen: int | None, blank: str | None = None) -> None:
    """Teachers by full name (the archived one kept when it is ``chosen``); typing a name finds it."""
    box.blockSignals(True)
    box.clear()
    if blank is not None:
        box.addItem(blank, None)
    for t in data.active(keep=chosen):
        box.addItem(t.full_name, t.id)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    box.blockSignals(False)


def in_year(day: date, year: AcademicYear | None) -> date:
    """``day`` if it falls in the year, else the nearest end of it (a new date starts inside the year)."""
    if year is None:
        return day
    return min(max(day, year.start), year.end)


def years_range(start_year: int, years: int) -> str:
    """2025 and 3 → 2025–2028: from the first autumn to the last spring."""
    return f"{start_year}\u2013{start_year + years}"


def save_document(parent: QWidget, ctx: Any, title: str, name: str, suffix: str,
                  make: Callable[[Path], Path]) -> Path | None:
    """Ask where, make the file through the domain (errors as sentences), say where it went."""
    filters = {".docx": QCoreApplication.translate("Growth", "Word documents (*.docx)"),
               ".xlsx": QCoreApplication.translate("Growth", "Excel workbooks (*.xlsx)")}[suffix]
    path = ctx.dialogs.save_file(parent, title, name, filters)
    if not path:
        return None
    out = Path(path)
    if out.suffix.lower() != suffix:
        out = out.with_name(out.name + suffix)
    made = ctx.run(make, out, parent=parent)
    if made is not None:
        ctx.file_saved.emit(QCoreApplication.translate("Growth", "{title}: saved").format(title=title), str(made))
    return made


class RecordTab(QWidget):
    """What the topics, lessons and visits tabs share: a table of records, one editor at a time, and
    finding a saved record again. A tab sets ``table`` and ``model`` and writes ``open_editor``."""

    table: QTableView
    model: RowsModel

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        self.data: GrowthData = page.data
        self.editor: Any = None

    def select(self, record_id: int | None) -> bool:
        return select_id(self.table, self.model, record_id)

    def new_item(self) -> Any:
        return self.open_editor(None)

    def edit_current(self) -> Any:
        record_id = current_id(self.table)
        return self.open_editor(record_id) if record_id is not None else None

    def open_editor(self, record_id: int | None) -> Any:
        raise NotImplementedError

    def show_editor(self, editor: Any) -> Any:
        self.editor = editor
        editor.finished.connect(self._editor_closed)
        editor.open()
        return editor

    def widenings(self) -> list[Callable[[], None]]:
        """What to let go of, in turn, when a saved record is hidden by the filters."""
        return [lambda: self.page.show_teacher(None)]

    def _editor_closed(self) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        if editor.saved_id is not None:
            steps = iter(self.widenings())
            while not self.select(editor.saved_id):
                step = next(steps, None)
                if step is None:
                    break
                step()
        self.table.setFocus()
        editor.deleteLater()


class DeleteRecord(ServiceCommand):
    """Deleting a topic, lesson or visit; Ctrl+Z saves it back as it was (under a new id)."""

    def __init__(self, ctx: Any, text: str, record: Any, delete: Callable[[int], Any],
                 save: Callable[[Any], tuple[int, Any]]) -> None:
        super().__init__(ctx, text)
        self.record, self._delete, self._save = record, delete, save

    def do(self) -> Any:
        return self._delete(self.record.id)

    def revert(self) -> Any:
        new_id, changed = self._save(replace(self.record, id=None))
        self.record = replace(self.record, id=new_id)
        return changed


class EditorDialog(QDialog):
    """What the topic, lesson and visit editors share: fields with their errors under them, Save/Cancel."""

    prefix = ""
    teacher_keys: tuple[str, ...] = ("teacher",)

    def __init__(self, ctx: Any, data: GrowthData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{self.prefix}_editor")
        self.ctx, self.data = ctx, data
        self.saved_id: int | None = None
        self.errors: dict[str, FieldError] = {}
        self.fields: dict[str, QWidget] = {}

    @staticmethod
    def text_box(value: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        return edit

    def error_label(self, key: str) -> FieldError:
        error = FieldError()
        error.setObjectName(f"{self.prefix}_{key}_error")
        self.errors[key] = error
        return error

    def add_row(self, form: QFormLayout, label: str, key: str, widget: QWidget, hint: str = "") -> None:
        """A field named ``<prefix>_<key>``, an optional grey hint above it, its error label under it."""
        widget.setObjectName(f"{self.prefix}_{key}")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if hint:
            note = QLabel(hint)
            note.setObjectName(f"{self.prefix}_{key}_hint")
            note.setStyleSheet("color: #555;")
            note.setWordWrap(True)
            column.addWidget(note)
        column.addWidget(widget)
        column.addWidget(self.error_label(key))
        box.setFocusProxy(widget)
        form.addRow(label, box)
        self.fields[key] = widget

    def button_row(self) -> QHBoxLayout:
        self.save_button = QPushButton(QCoreApplication.translate("Growth", "&Save"))
        self.save_button.setObjectName(f"{self.prefix}_save")
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(QCoreApplication.translate("Growth", "Cancel"))
        cancel.setObjectName(f"{self.prefix}_cancel")
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        row = QHBoxLayout()
        row.addWidget(self.error_label("general"), 1)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(cancel)
        return row

    def save(self) -> bool:
        raise NotImplementedError

    def submit(self, action: Callable[[Any], tuple[int, Any]], value: Any) -> bool:
        """Save through the domain; a refusal is shown next to the field it is about."""
        for error in self.errors.values():
            error.clear_error()
        missing = [k for k in self.teacher_keys if getattr(value, f"{k}_id", 0) is None]
        try:
            if missing:
                raise DomainError("required", field=missing[0])
            self.saved_id, changed = action(value)
        except ValidationErrors as e:
            self.show_errors(e.errors)
            return False
        except DomainError as e:
            self.show_errors([e])
            return False
        self.ctx.changed.emit(changed)
        self.accept()
        return True

    def error_place(self, error: DomainError, key: str, text: str) -> tuple[str, str]:
        """Where an error goes and what it says; an editor refines it for its own fields."""
        return key, text

    def show_errors(self, errors: list[DomainError]) -> None:
        first = None
        for e in errors:
            key = (e.field or "").split(".")[0]
            text = describe(e)
            if e.kind == "required":
                text = QCoreApplication.translate("Growth", "Choose the teacher.") if key in self.teacher_keys \
                    else QCoreApplication.translate("Growth", "This must be filled in.")
            key, text = self.error_place(e, key, text)
            key = key if key in self.errors else "general"
            target = self.errors[key]
            target.show_error(f"{target.text()}\n{text}" if not target.isHidden() else text)
            first = first or key
        if first in self.fields:
            self.fields[first].setFocus()
