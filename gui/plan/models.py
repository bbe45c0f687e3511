"""The plan table as a tree: group rows (a month, a direction, a plan, a person) over item rows.

The rows are plain values computed once per load; grouping and the text filter rebuild the groups
without asking the services again. The amendments list is a plain table model.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from domain.model import AcademicYear
from domain.plan import (
    MONTHS_KY,
    MONTHS_RU,
    ROLES,
    Amendment,
    Deadline,
    DeadlineKind,
    ItemStatus,
    PlanItem,
)
from domain.staff import Teacher
from gui.staff.model import fold, sort_key
from gui.widgets import fmt_date

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 6
NUMBER, EVENT, FORM, DEADLINE, RESPONSIBLE, STATUS = range(COLUMNS)
GROUP = 0  # internalId of a group row; an item row's internalId is its group's row + 1

DONE_COLOR = QColor("#1b7a2f")
MOVED_COLOR = QColor("#a04a00")
CANCELLED_COLOR = QColor("#777777")
OVERDUE_COLOR = QColor("#b00020")
GROUP_BACKGROUND = QColor("#e8edf3")

STATUS_SOURCES: dict[ItemStatus, str] = {
    ItemStatus.PLANNED: QT_TRANSLATE_NOOP("PlanStatus", "Planned"),
    ItemStatus.DONE: QT_TRANSLATE_NOOP("PlanStatus", "Done"),
    ItemStatus.MOVED: QT_TRANSLATE_NOOP("PlanStatus", "Moved"),
    ItemStatus.CANCELLED: QT_TRANSLATE_NOOP("PlanStatus", "Cancelled"),
}
OVERDUE_SOURCE = QT_TRANSLATE_NOOP("PlanStatus", "Overdue")


def status_label(status: ItemStatus) -> str:
    return QCoreApplication.translate("PlanStatus", STATUS_SOURCES[status])


class View(StrEnum):
    MONTH = "month"
    DIRECTION = "direction"
    ASSOCIATION = "association"
    RESPONSIBLE = "responsible"
    OVERDUE = "overdue"


VIEW_SOURCES: dict[View, str] = {
    View.MONTH: QT_TRANSLATE_NOOP("PlanView", "By month"),
    View.DIRECTION: QT_TRANSLATE_NOOP("PlanView", "By direction"),
    View.ASSOCIATION: QT_TRANSLATE_NOOP("PlanView", "By plan (association)"),
    View.RESPONSIBLE: QT_TRANSLATE_NOOP("PlanView", "By responsible"),
    View.OVERDUE: QT_TRANSLATE_NOOP("PlanView", "Overdue"),
}


def view_label(view: View) -> str:
    return QCoreApplication.translate("PlanView", VIEW_SOURCES[view])


@dataclass
class PlanRow:
    """What the table shows of one item: plain values, computed once when the plan is loaded."""

    id: int
    number: int
    event: str
    form: str
    deadline: str
    due: date
    deadline_kind: DeadlineKind
    deadline_month: tuple[int, int] | None  # (year, month) of a date or month deadline
    term: int | None
    responsible: str
    people: list[tuple[str, str]]  # (group key, name) of each teacher and role
    status: ItemStatus
    done_date: date | None
    note: str
    overdue: bool
    direction: str
    direction_name: str
    association_id: int | None
    plan_name: str
    search: str


@dataclass
class Group:
    key: Any
    title: str
    order: Any
    rows: list[PlanRow]


def capital(text: str) -> str:
    """«ii чейрек» must stay «II чейрек»: only the first letter changes."""
    return text[:1].upper() + text[1:]


def month_name(month: int, lang: str) -> str:
    return capital((MONTHS_RU if lang == "ru" else MONTHS_KY)[month - 1])


def build_rows(items: list[PlanItem], year: AcademicYear, today: date, lang: str,
               directions: list[tuple[str, str, str]], teachers: list[Teacher],
               plan_names: dict[int | None, str], forms: list[tuple[str, str]]) -> list[PlanRow]:
    """Rows numbered as the printed plan numbers them: by direction, then by deadline, per plan."""
    short = {t.id: t.short_name for t in teachers}
    direction_names = {k: (ru if lang == "ru" else ky) for k, ky, ru in directions}
    order = [k for k, _ky, _ru in directions]
    form_names = {name: (ru if lang == "ru" else ky) for ky, ru in forms for name in (ky, ru)}
    counters: dict[int | None, int] = {}
    numbered: dict[int, int] = {}
    by_direction = sorted(items, key=lambda i: (order.index(i.direction) if i.direction in order else len(order)))
    for item in by_direction:  # stable: within a direction the deadline order of items() is kept
        counters[item.association_id] = counters.get(item.association_id, 0) + 1
        numbered[item.id or 0] = counters[item.association_id]
    rows = []
    for item in items:
        roles = [(f"role:{r}", ROLES[r][1 if lang == "ru" else 0] if r in ROLES else r) for r in item.roles]
        people = [(f"teacher:{t}", short.get(t, "?")) for t in item.responsible_ids]
        form = form_names.get(item.form, item.form)
        d = item.deadline
        month = (d.day.year, d.day.month) if d.kind in (DeadlineKind.DATE, DeadlineKind.MONTH) and d.day else None
        responsible = ", ".join(name for _key, name in roles + people if name)
        plan_name = plan_names.get(item.association_id, "")
        rows.append(PlanRow(
            id=item.id or 0, number=numbered.get(item.id or 0, 0), event=item.event, form=form,
            deadline=d.text(lang), due=d.due(year), deadline_kind=d.kind, deadline_month=month,
            term=d.term if d.kind == DeadlineKind.TERM else None, responsible=responsible,
            people=people + roles, status=item.status, done_date=item.done_date, note=item.note,
            overdue=item.overdue(year, today), direction=item.direction,
            direction_name=direction_names.get(item.direction, item.direction),
            association_id=item.association_id, plan_name=plan_name,
            search=fold(" ".join((item.event, form, responsible, item.note, item.expected, d.text(lang)))),
        ))
    return rows


def group_rows(rows: list[PlanRow], view: View, lang: str, directions: list[str],
               plan_order: list[int | None], nobody: str) -> list[Group]:
    """Rows in groups, groups in the order the view reads best; a row may sit in several person groups."""
    groups: dict[Any, Group] = {}

    def put(key: Any, title: str, order: Any, row: PlanRow) -> None:
        groups.setdefault(key, Group(key, title, order, [])).rows.append(row)

    for r in rows:
        if view in (View.MONTH, View.OVERDUE):
            if view == View.OVERDUE and not r.overdue:
                continue
            if r.deadline_month is not None:
                y, m = r.deadline_month
                end = date(y, m, calendar.monthrange(y, m)[1])  # groups read in the order of their deadlines
                put(("month", y, m), f"{month_name(m, lang)} {y}", (end, 0), r)
            elif r.term is not None:
                put(("term", r.term), capital(Deadline(DeadlineKind.TERM, term=r.term).text(lang)),
                    (r.due, 1), r)
            else:
                put(("year",), capital(Deadline().text(lang)), (date.max, 2), r)
        elif view == View.DIRECTION:
            index = directions.index(r.direction) if r.direction in directions else len(directions)
            put(r.direction, r.direction_name, index, r)
        elif view == View.ASSOCIATION:
            index = plan_order.index(r.association_id) if r.association_id in plan_order else len(plan_order)
            put(r.association_id, r.plan_name, index, r)
        else:
            for key, name in r.people or [("nobody", nobody)]:
                kind = 0 if key.startswith("teacher:") else 1 if key.startswith("role:") else 2
                put(key, name, (kind, sort_key(name)), r)
    out = sorted(groups.values(), key=lambda g: g.order)
    for g in out:
        g.rows.sort(key=lambda r: (r.due, r.number) if view in (View.MONTH, View.OVERDUE) else (r.number, r.due))
    return out


class PlanModel(QAbstractItemModel):
    """Two levels: groups, then the items of each group; filtered by the words typed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PlanRow] = []
        self._groups: list[Group] = []
        self._view = View.MONTH
        self._words: list[str] = []
        self._lang = "ky"
        self._directions: list[str] = []
        self._plan_order: list[int | None] = []

    # -- loading --------------------------------------------------------------
    def set_rows(self, rows: list[PlanRow], lang: str, directions: list[str], plan_order: list[int | None]) -> None:
        self._rows, self._lang, self._directions, self._plan_order = rows, lang, directions, plan_order
        self._regroup()

    def set_view(self, view: View) -> None:
        if view != self._view:
            self._view = view
            self._regroup()

    def set_text(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self._words = words
            self._regroup()

    @property
    def view(self) -> View:
        return self._view

    def _regroup(self) -> None:
        shown = [r for r in self._rows if all(w in r.search for w in self._words)]
        self.beginResetModel()
        self._groups = group_rows(shown, self._view, self._lang, self._directions, self._plan_order,
                                  self.tr("No one responsible"))
        self.endResetModel()

    # -- access ---------------------------------------------------------------
    def groups(self) -> list[Group]:
        return list(self._groups)

    def all_rows(self) -> list[PlanRow]:
        return list(self._rows)

    def shown_ids(self) -> list[int]:
        return [r.id for g in self._groups for r in g.rows]

    def row_at(self, index: Index) -> PlanRow | None:
        if not index.isValid() or index.internalId() == GROUP:
            return None
        group = self._groups[index.internalId() - 1]
        return group.rows[index.row()] if 0 <= index.row() < len(group.rows) else None

    def is_group(self, index: Index) -> bool:
        return index.isValid() and index.internalId() == GROUP

    def index_of(self, item_id: int) -> QModelIndex:
        for g, group in enumerate(self._groups):
            for r, row in enumerate(group.rows):
                if row.id == item_id:
                    return self.createIndex(r, 0, g + 1)
        return QModelIndex()

    # -- Qt: structure --------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP)
        if parent.internalId() == GROUP:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index | None = None) -> Any:  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid() or index.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == GROUP and parent.column() == 0 and 0 <= parent.row() < len(self._groups):
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return ("№", self.tr("Event"), self.tr("Form"), self.tr("Deadline"), self.tr("Responsible"),
                    self.tr("Status"))[section]
        return None

    # -- Qt: data -------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == GROUP:
            return self._group_data(index, role)
        r = self.row_at(index)
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._color(r, col)
        if role == Qt.ItemDataRole.FontRole and r.status == ItemStatus.CANCELLED and col == EVENT:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == NUMBER:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def column_cells(self, col: int) -> list[tuple[str, QFont | None]]:
        """Every item's text in a column and its font (gui/fit.py sizes the column from them; the group
        rows span the columns after the first, which Qt measures itself)."""
        struck = QFont()
        struck.setStrikeOut(True)
        return [(self._display(r, col), struck if col == EVENT and r.status == ItemStatus.CANCELLED else None)
                for g in self._groups for r in g.rows]

    def _group_data(self, index: Index, role: int) -> Any:
        if not 0 <= index.row() < len(self._groups):
            return None
        g = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return self.tr("{name} ({count})").format(name=g.title, count=len(g.rows))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return GROUP_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            counted = [r for r in g.rows if r.status != ItemStatus.CANCELLED]
            done = sum(1 for r in counted if r.status == ItemStatus.DONE)
            return self.tr("Done {done} of {count} (cancelled items not counted)").format(
                done=done, count=len(counted))
        return None

    def _display(self, r: PlanRow, col: int) -> str:
        if col == NUMBER:
            return str(r.number)
        if col == EVENT:
            return r.event
        if col == FORM:
            return r.form
        if col == DEADLINE:
            return r.deadline
        if col == RESPONSIBLE:
            return r.responsible
        return self.status_text(r)

    def status_text(self, r: PlanRow) -> str:
        if r.overdue:
            return QCoreApplication.translate("PlanStatus", OVERDUE_SOURCE)
        if r.status == ItemStatus.DONE:
            return self.tr("Done {day}").format(day=fmt_date(r.done_date))
        return status_label(r.status)

    def _color(self, r: PlanRow, col: int) -> QColor | None:
        if r.overdue and col in (DEADLINE, STATUS, EVENT, NUMBER):
            return OVERDUE_COLOR
        if r.status == ItemStatus.CANCELLED:
            return CANCELLED_COLOR
        if col == STATUS:
            return {ItemStatus.DONE: DONE_COLOR, ItemStatus.MOVED: MOVED_COLOR}.get(r.status)
        return None

    def _tip(self, r: PlanRow, col: int) -> str | None:
        if col == EVENT:
            return r.event
        if col == RESPONSIBLE:
            return r.responsible or None
        if col == STATUS:
            lines = [status_label(r.status)]
            if r.overdue:
                lines.append(self.tr("Overdue: the deadline was {day}").format(day=fmt_date(r.due)))
            if r.note:
                lines.append(r.note)
            return "\n".join(lines)
        if col == DEADLINE:
            return self.tr("Due by {day}").format(day=fmt_date(r.due))
        return None


class AmendmentsModel(QAbstractTableModel):
    """The changes of an approved plan: when, what, why (newest first)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Amendment] = []

    def set_amendments(self, amendments: list[Amendment]) -> None:
        self.beginResetModel()
        self._rows = sorted(amendments, key=lambda a: (a.when, a.id or 0), reverse=True)
        self.endResetModel()

    def amendment(self, row: int) -> Amendment:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (self.tr("When"), self.tr("What changed"), self.tr("Why"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (a.when.strftime("%d.%m.%Y %H:%M"), a.what, a.why)[index.column()]
        return None
