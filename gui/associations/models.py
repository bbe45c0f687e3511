"""The associations table (one plain row per association) and the labels the page and editor share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from domain.associations import MIN_TEACHERS, Association, AssociationKind
from domain.staff import Category, Teacher
from gui.widgets import fmt_date

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole
WARNING_COLOR = QColor("#a04a00")

KIND_SOURCES: dict[AssociationKind, str] = {
    AssociationKind.SUBJECT: QT_TRANSLATE_NOOP("AssociationKind", "Subject association"),
    AssociationKind.CYCLE: QT_TRANSLATE_NOOP("AssociationKind", "Cycle commission"),
    AssociationKind.PRIMARY: QT_TRANSLATE_NOOP("AssociationKind", "Primary classes"),
    AssociationKind.CLASS_LEADERS: QT_TRANSLATE_NOOP("AssociationKind", "Class leaders"),
    AssociationKind.OTHER: QT_TRANSLATE_NOOP("AssociationKind", "Other"),
}

CATEGORY_SOURCES: dict[Category, str] = {
    Category.HIGHEST: QT_TRANSLATE_NOOP("Category", "highest"),
    Category.FIRST: QT_TRANSLATE_NOOP("Category", "category I"),
    Category.SECOND: QT_TRANSLATE_NOOP("Category", "category II"),
    Category.NONE: QT_TRANSLATE_NOOP("Category", "no category"),
}


def kind_label(kind: AssociationKind) -> str:
    return QCoreApplication.translate("AssociationKind", KIND_SOURCES[kind])


def category_text(category: Category) -> str:
    """As the head and secretary lists show it, after the years: «31 y., highest»."""
    return QCoreApplication.translate("Category", CATEGORY_SOURCES[category])


def teacher_with_merits(teacher: Teacher, on: date) -> str:
    """«Асанов Бакыт Мирланович — 31 y., highest»: what the director weighs when appointing a head."""
    years = teacher.experience_years(on)
    category = category_text(teacher.category)
    if years is None:
        return QCoreApplication.translate("Associations", "{name} — experience unknown, {category}").format(
            name=teacher.full_name, category=category)
    return QCoreApplication.translate("Associations", "{name} — {years} y., {category}").format(
        name=teacher.full_name, years=years, category=category)


@dataclass(frozen=True)
class AssociationRow:
    """What the table shows of one association: plain values, computed when the list is loaded."""

    id: int
    name: str
    kind: str
    head: str
    members: int
    order: str
    reappoint: bool
    below_three: bool

    @property
    def problem(self) -> bool:
        return self.reappoint or self.below_three


COLUMNS = 6
NAME, KIND, HEAD, MEMBERS, ORDER, STATUS = range(COLUMNS)
HEADERS = (
    QT_TRANSLATE_NOOP("AssociationsModel", "Name"),
    QT_TRANSLATE_NOOP("AssociationsModel", "Kind"),
    QT_TRANSLATE_NOOP("AssociationsModel", "Head"),
    QT_TRANSLATE_NOOP("AssociationsModel", "Members"),
    QT_TRANSLATE_NOOP("AssociationsModel", "Order"),
    QT_TRANSLATE_NOOP("AssociationsModel", "Attention"),
)


def make_rows(associations: list[Association], teachers: list[Teacher], lang: str) -> list[AssociationRow]:
    by_id = {t.id: t for t in teachers}
    active = {t.id for t in teachers if not t.archived}
    rows = []
    for a in associations:
        if a.id is None:
            continue
        head = by_id.get(a.head_id) if a.head_id is not None else None
        order = ""
        if a.order_number or a.order_date:
            order = QCoreApplication.translate("AssociationsModel", "№ {number} of {date}").format(
                number=a.order_number or "—", date=fmt_date(a.order_date) or "—")
        count = len([m for m in a.member_ids if m in active])
        rows.append(AssociationRow(
            id=a.id, name=a.name(lang) or a.name_ky or a.name_ru, kind=kind_label(a.kind),
            head=head.full_name if head else "", members=count, order=order,
            reappoint=a.reappoint, below_three=count < MIN_TEACHERS,
        ))
    return rows


class AssociationsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AssociationRow] = []

    def set_rows(self, rows: list[AssociationRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> AssociationRow:
        return self._rows[row]

    def row_of(self, association_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == association_id), -1)

    # -- Qt -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMNS:
            return QCoreApplication.translate("AssociationsModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole and column in (STATUS, MEMBERS, HEAD) and r.problem:
            if column == STATUS or (column == MEMBERS and r.below_three) or (column == HEAD and r.reappoint):
                return WARNING_COLOR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MEMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NAME:
                return r.name
            if column == STATUS and r.problem:
                return self._status(r)
        return None

    def _display(self, r: AssociationRow, column: int) -> Any:
        if column == NAME:
            return r.name
        if column == KIND:
            return r.kind
        if column == HEAD:
            return r.head or QCoreApplication.translate("AssociationsModel", "— not appointed —")
        if column == MEMBERS:
            return r.members
        if column == ORDER:
            return r.order
        if column == STATUS:
            return self._status(r)
        return None

    def _status(self, r: AssociationRow) -> str:
        marks = []
        if r.below_three:
            marks.append(QCoreApplication.translate("AssociationsModel", "below three members"))
        if r.reappoint:
            marks.append(QCoreApplication.translate("AssociationsModel", "appoint the head again"))
        return "; ".join(marks)
