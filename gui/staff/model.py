"""The staff table: one plain row per teacher, and the filter over it (text, subject, category, cycle).

Also the small editable tables of the teacher's card (courses, attestations): model, delegate, keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from domain.staff import CATEGORY_ORDER, Category, Cycle, Subject, Teacher
from gui.widgets import DateEdit, fmt_date

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

CATEGORY_SOURCES: dict[Category, str] = {
    Category.HIGHEST: QT_TRANSLATE_NOOP("Category", "Highest"),
    Category.FIRST: QT_TRANSLATE_NOOP("Category", "I"),
    Category.SECOND: QT_TRANSLATE_NOOP("Category", "II"),
    Category.NONE: QT_TRANSLATE_NOOP("Category", "None"),
}
NO_CATEGORY = QT_TRANSLATE_NOOP("Category", "No category")
CATEGORY_CHOICES = [Category.HIGHEST, Category.FIRST, Category.SECOND, Category.NONE]

ARCHIVED_COLOR = QColor("#777777")
DUE_COLOR = QColor("#a04a00")

# The Kyrgyz alphabet: ң, ө, ү sort after н, о, у (not after я, as their code points would).
KY_ALPHABET = "абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюя"
_KY_ORDER = {ch: chr(0xE000 + i) for i, ch in enumerate(KY_ALPHABET)}
# Typed without a Kyrgyz keyboard, ң ө ү come out as н о у: both spellings find the same teacher.
_FOLD = str.maketrans({"ё": "е", "ң": "н", "ө": "о", "ү": "у"})


def category_label(category: Category) -> str:
    """As the table shows it: «Жогорку», «I», «II», «—»."""
    return QCoreApplication.translate("Category", CATEGORY_SOURCES[category])


def category_choice(category: Category) -> str:
    """As a combo box offers it: 'no category' reads better there than a dash."""
    if category == Category.NONE:
        return QCoreApplication.translate("Category", NO_CATEGORY)
    return category_label(category)


def fold(text: str) -> str:
    """For searching: case, ё/е and ң/ө/ү versus н/о/у do not matter."""
    return text.casefold().translate(_FOLD)


@lru_cache(maxsize=8192)
def sort_key(text: str) -> str:
    """For sorting names in Kyrgyz alphabetical order (cached: the view asks for it on every sort)."""
    return "".join(_KY_ORDER.get(ch, ch) for ch in text.casefold())


def class_key(text: str) -> str:
    """'5А' before '10Б': the leading number compared as a number."""
    digits = len(text) - len(text.lstrip("0123456789"))
    if digits == 0:
        return "~" + sort_key(text)
    return f"{int(text[:digits]):04d}" + sort_key(text[digits:])


@dataclass(frozen=True)
class StaffRow:
    """What the table shows of one teacher: plain values, computed once when the list is loaded."""

    id: int
    full_name: str
    subjects: str
    subjects_tip: str
    category: Category
    experience: int | None
    last_course: date | None
    class_leadership: str
    archived: bool
    due: bool
    subject_ids: frozenset[int]
    cycles: frozenset[Cycle]
    search: str


COLUMNS = 7
NAME, SUBJECTS, CATEGORY, EXPERIENCE, LAST_COURSE, CLASS, STATUS = range(COLUMNS)


class StaffModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StaffRow] = []
        self._today = date.today()
        self._due_years = 5

    # -- loading --------------------------------------------------------------
    def set_teachers(self, teachers: list[Teacher], subjects: list[Subject], today: date, lang: str,
                     due_years: int) -> None:
        by_id = {s.id: s for s in subjects if s.id is not None}
        self.beginResetModel()
        self._today, self._due_years = today, due_years
        self._rows = [self._row(t, by_id, today, lang, due_years) for t in teachers if t.id is not None]
        self.endResetModel()

    def _row(self, t: Teacher, by_id: dict[int, Subject], today: date, lang: str, due_years: int) -> StaffRow:
        names = [by_id[sid].name(lang) for sid in t.subject_ids if sid in by_id]
        main = by_id[t.main_subject_id].name(lang) if t.main_subject_id in by_id else ""
        others = [n for n in names if n != main]
        tip = self.tr("Main subject: {main}").format(main=main) if main else ""
        if others:
            tip += "\n" + self.tr("Also teaches: {others}").format(others=", ".join(others))
        last = t.last_course()
        return StaffRow(
            id=t.id or 0,
            full_name=t.full_name,
            subjects=", ".join(names),
            subjects_tip=tip.strip(),
            category=t.category,
            experience=t.experience_years(today),
            last_course=last.when if last else None,
            class_leadership=t.class_leadership,
            archived=t.archived,
            due=not t.archived and t.course_due(today, due_years),
            subject_ids=frozenset(t.subject_ids),
            cycles=frozenset(by_id[sid].cycle for sid in t.subject_ids if sid in by_id),
            search=fold(" ".join((t.full_name, *names, t.class_leadership))),
        )

    # -- access ---------------------------------------------------------------
    def row(self, row: int) -> StaffRow:
        return self._rows[row]

    def row_of(self, teacher_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == teacher_id), -1)

    def counts(self) -> tuple[int, int]:
        """(teachers at work, archived teachers)."""
        archived = sum(r.archived for r in self._rows)
        return len(self._rows) - archived, archived

    # -- Qt -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Full name"), self.tr("Subjects"), self.tr("Category"), self.tr("Experience"),
                    self.tr("Last course"), self.tr("Class"), self.tr("Status"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == EXPERIENCE:
            return self.tr("Years of pedagogical experience on {date}").format(date=fmt_date(self._today))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == ID_ROLE:
            return r.id
        if role == SORT_ROLE:
            return self._sort_value(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == SUBJECTS:
                return r.subjects_tip or None
            if col == STATUS and r.due:
                return self.tr("No course in the last {years} years").format(years=self._due_years)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.archived:
                return ARCHIVED_COLOR
            return DUE_COLOR if col == STATUS and r.due else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (CATEGORY, EXPERIENCE, LAST_COURSE, CLASS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def column_cells(self, col: int) -> list[tuple[str, None]]:
        """Every row's text in a column (gui/fit.py sizes the column from them)."""
        return [(self._display(r, col), None) for r in self._rows]

    def _display(self, r: StaffRow, col: int) -> str:
        if col == NAME:
            return r.full_name
        if col == SUBJECTS:
            return r.subjects
        if col == CATEGORY:
            return category_label(r.category)
        if col == EXPERIENCE:
            return "" if r.experience is None else str(r.experience)
        if col == LAST_COURSE:
            return fmt_date(r.last_course)
        if col == CLASS:
            return r.class_leadership
        if r.archived:
            return self.tr("Archived")
        return self.tr("Due for courses") if r.due else ""

    def _sort_value(self, r: StaffRow, col: int) -> Any:
        if col == NAME:
            return sort_key(r.full_name)
        if col == SUBJECTS:
            return sort_key(r.subjects)
        if col == CATEGORY:
            return CATEGORY_ORDER.index(r.category)
        if col == EXPERIENCE:
            return -1 if r.experience is None else r.experience
        if col == LAST_COURSE:
            return r.last_course.isoformat() if r.last_course else ""
        if col == CLASS:
            return class_key(r.class_leadership) if r.class_leadership else ""
        return 2 if r.archived else 1 if r.due else 0


class StaffFilter(QSortFilterProxyModel):
    """Rows matching every word typed (name, subjects, class) and the chosen subject, category, cycle."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []
        self._subject: int | None = None
        self._category: Category | None = None
        self._cycle: Cycle | None = None
        self._show_archived = False

    def set_text(self, text: str) -> None:
        self._change("_words", fold(text).split())

    def set_subject(self, subject_id: int | None) -> None:
        self._change("_subject", subject_id)

    def set_category(self, category: Category | None) -> None:
        self._change("_category", category)

    def set_cycle(self, cycle: Cycle | None) -> None:
        self._change("_cycle", cycle)

    def set_show_archived(self, show: bool) -> None:
        self._change("_show_archived", show)

    def is_narrowed(self) -> bool:
        """True when something besides 'show archived' hides rows."""
        return bool(self._words) or self._subject is not None or self._category is not None or self._cycle is not None

    def _change(self, name: str, value: Any) -> None:
        if getattr(self, name) == value:
            return
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, StaffModel) or not 0 <= source_row < model.rowCount():
            return True
        r = model.row(source_row)
        if r.archived and not self._show_archived:
            return False
        if self._subject is not None and self._subject not in r.subject_ids:
            return False
        if self._category is not None and r.category != self._category:
            return False
        if self._cycle is not None and self._cycle not in r.cycles:
            return False
        return all(word in r.search for word in self._words)


class RecordsModel(QAbstractTableModel):
    """An editable list of small records (a teacher's courses or attestations) for the card's tables.

    ``columns`` are (attribute, kind, header); kind is text, provider, hours, date (optional),
    day (required date) or category. The card's delegate edits each kind with a fitting widget.
    """

    def __init__(self, columns: list[tuple[str, str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._records: list[Any] = []

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[Any]:
        return list(self._records)

    def append(self, record: Any) -> int:
        row = len(self._records)
        self.beginInsertRows(QModelIndex(), row, row)
        self._records.append(record)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._records):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._records[row]
            self.endRemoveRows()

    def kind(self, index: Index) -> str:
        return self.columns[index.column()][1]

    def value(self, index: Index) -> Any:
        return getattr(self._records[index.row()], self.columns[index.column()][0])

    def set_value(self, index: Index, value: Any) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return False
        setattr(self._records[index.row()], self.columns[index.column()][0], value)
        self.dataChanged.emit(index, index)
        return True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section][2]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value, kind = self.value(index), self.kind(index)
            if kind in ("date", "day"):
                return fmt_date(value)
            if kind == "category":
                return category_label(value)
            return "" if value is None else str(value)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return role == Qt.ItemDataRole.EditRole and self.set_value(index, value)


class RecordDelegate(QStyledItemDelegate):
    """Edits a cell of a RecordsModel with a widget that fits its kind."""

    def __init__(self, providers: list[str], today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.providers = providers
        self.today = today

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:
        kind = index.model().kind(index)
        if kind == "provider":
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItems(self.providers)
            return combo
        if kind == "hours":
            spin = QSpinBox(parent)
            spin.setRange(0, 9999)
            spin.setSpecialValueText("—")
            return spin
        if kind in ("date", "day"):
            return DateEdit(parent)
        if kind == "category":
            combo = QComboBox(parent)
            for category in CATEGORY_ORDER:
                combo.addItem(category_choice(category), category.value)
            return combo
        return QLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.model().value(index)
        if isinstance(editor, QSpinBox):
            editor.setValue(value or 0)
        elif isinstance(editor, DateEdit):
            editor.set_value(value or self.today)
        elif isinstance(editor, QComboBox) and editor.isEditable():
            editor.setCurrentText(value or "")
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value.value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(value or "")

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        if isinstance(editor, QSpinBox):
            model.set_value(index, editor.value() or None)
        elif isinstance(editor, DateEdit):
            model.set_value(index, editor.value())
        elif isinstance(editor, QComboBox) and editor.isEditable():
            model.set_value(index, editor.currentText().strip())
        elif isinstance(editor, QComboBox):
            model.set_value(index, Category(editor.currentData()))
        elif isinstance(editor, QLineEdit):
            model.set_value(index, " ".join(editor.text().split()))


class TableKeys(QObject):
    """Enter edits the current cell (instead of closing the dialog); Delete clears an optional one."""

    def eventFilter(self, view: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(view, QTableView):
            return False
        index = view.currentIndex()
        if not index.isValid():
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            view.edit(index)
            return True
        model = view.model()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and isinstance(model, RecordsModel):
            kind = model.kind(index)
            if kind in ("date", "hours"):
                model.set_value(index, None)
            elif kind in ("text", "provider"):
                model.set_value(index, "")
            return True
        return False
