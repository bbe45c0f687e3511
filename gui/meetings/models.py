"""The meetings table (one plain row per meeting) and the labels the page, editor and coverage share."""

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
from PySide6.QtGui import QColor, QFont

from domain.meetings import DecisionState, MeetingStatus
from domain.services.meetings import BodyInfo, Numbered
from gui.widgets import fmt_date

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole
ROMAN = ("I", "II", "III", "IV")
FINAL_MARK = "✔"

STATUS_SOURCES: dict[MeetingStatus, str] = {
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("Meetings", "planned"),
    MeetingStatus.HELD: QT_TRANSLATE_NOOP("Meetings", "held"),
}

COVERAGE_SOURCES: dict[str, str] = {
    "held": QT_TRANSLATE_NOOP("Meetings", "held"),
    "planned": QT_TRANSLATE_NOOP("Meetings", "planned"),
    "missing": QT_TRANSLATE_NOOP("Meetings", "missing"),
}

DECISION_STATE_SOURCES: dict[DecisionState, str] = {
    DecisionState.OPEN: QT_TRANSLATE_NOOP("Meetings", "not checked yet"),
    DecisionState.DONE: QT_TRANSLATE_NOOP("Meetings", "done"),
    DecisionState.NOT_DONE: QT_TRANSLATE_NOOP("Meetings", "not done"),
    DecisionState.CARRIED: QT_TRANSLATE_NOOP("Meetings", "carried over"),
}

HELD_COLOR = QColor("#2e7d32")
PLANNED_COLOR = QColor("#8a5a00")


def status_label(status: MeetingStatus) -> str:
    return QCoreApplication.translate("Meetings", STATUS_SOURCES[status])


def coverage_label(state: str) -> str:
    source = COVERAGE_SOURCES.get(state)
    return QCoreApplication.translate("Meetings", source) if source else state


def decision_state_label(state: DecisionState) -> str:
    return QCoreApplication.translate("Meetings", DECISION_STATE_SOURCES[state])


def term_label(term: int | None) -> str:
    return ROMAN[term - 1] if term is not None and 1 <= term <= len(ROMAN) else "—"


def present_text(present: int, total: int) -> str:
    return QCoreApplication.translate("Meetings", "{present} of {total} present").format(
        present=present, total=total)


@dataclass(frozen=True)
class MeetingRow:
    """What the table shows of one meeting: plain values, computed when the list is loaded."""

    id: int
    number: int
    day: date
    time: str
    body_key: str
    body_name: str
    term: int | None
    status: MeetingStatus
    present: int
    total: int
    final: bool

    @property
    def held(self) -> bool:
        return self.status == MeetingStatus.HELD


def make_rows(numbered: list[Numbered], bodies: list[BodyInfo], lang: str) -> list[MeetingRow]:
    names = {b.body.key: b.name(lang) for b in bodies}
    rows = []
    for n in numbered:
        m = n.meeting
        if m.id is None:
            continue
        rows.append(MeetingRow(
            id=m.id, number=n.number, day=m.day, time=m.time, body_key=m.body.key,
            body_name=names.get(m.body.key, m.body.key), term=n.term, status=m.status,
            present=m.present_count, total=len(m.attendance), final=m.final,
        ))
    return rows


def filter_rows(rows: list[MeetingRow], body_key: str | None = None, term: int | None = None,
                status: MeetingStatus | None = None) -> list[MeetingRow]:
    return [r for r in rows if (body_key is None or r.body_key == body_key)
            and (term is None or r.term == term) and (status is None or r.status == status)]


COLUMNS = 7
NUMBER, DATE, BODY, TERM, STATUS, PRESENT, FINAL = range(COLUMNS)
HEADERS = (
    QT_TRANSLATE_NOOP("MeetingsModel", "№"),
    QT_TRANSLATE_NOOP("MeetingsModel", "Date and time"),
    QT_TRANSLATE_NOOP("MeetingsModel", "Association or council"),
    QT_TRANSLATE_NOOP("MeetingsModel", "Term"),
    QT_TRANSLATE_NOOP("MeetingsModel", "Status"),
    QT_TRANSLATE_NOOP("MeetingsModel", "Attendance"),
    QT_TRANSLATE_NOOP("MeetingsModel", "Final"),
)


class MeetingsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingRow] = []

    def set_rows(self, rows: list[MeetingRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> MeetingRow:
        return self._rows[row]

    def row_of(self, meeting_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == meeting_id), -1)

    # -- Qt -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMNS:
            return QCoreApplication.translate("MeetingsModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (0 <= index.column() < COLUMNS):
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return HELD_COLOR if r.held else PLANNED_COLOR
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, TERM, FINAL):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and column == NUMBER and r.final:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def column_cells(self, column: int) -> list[tuple[str, QFont | None]]:
        """Every row's text in a column and its font (gui/fit.py sizes the column from them)."""
        bold = None
        if column == NUMBER:
            bold = QFont()
            bold.setBold(True)
        return [(self._display(r, column), bold if bold is not None and r.final else None) for r in self._rows]

    @staticmethod
    def _display(r: MeetingRow, column: int) -> str:
        if column == NUMBER:
            return str(r.number)
        if column == DATE:
            return f"{fmt_date(r.day)}  {r.time}".strip()
        if column == BODY:
            return r.body_name
        if column == TERM:
            return term_label(r.term)
        if column == STATUS:
            return status_label(r.status)
        if column == PRESENT:
            return present_text(r.present, r.total) if r.held else ""
        if column == FINAL:
            return FINAL_MARK if r.final else ""
        return ""

    @staticmethod
    def _tooltip(r: MeetingRow, column: int) -> str | None:
        if column == FINAL and r.final:
            return QCoreApplication.translate("MeetingsModel", "The protocol is final: its number № {number} is fixed.").format(
                number=r.number)
        if column == TERM and r.term is None:
            return QCoreApplication.translate("MeetingsModel", "Outside the terms (the holidays or before term I)")
        if column == BODY:
            return r.body_name
        return None
