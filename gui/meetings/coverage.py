"""Term coverage: every association and council against the four terms, held / planned / missing.

Each association meets at least once a term (004 §25); a red cell is a term without a meeting.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.meetings import Body, Coverage
from gui.meetings.models import ROMAN, Index, coverage_label

STATE_ROLE = Qt.ItemDataRole.UserRole
BODY_ROLE = Qt.ItemDataRole.UserRole + 1

BACKGROUNDS = {"held": QColor("#d6f0d8"), "planned": QColor("#ffe9b3"), "missing": QColor("#f8d0d0")}
FOREGROUNDS = {"held": QColor("#1b5e20"), "planned": QColor("#6d4c00"), "missing": QColor("#8e1b1b")}
NAME = 0


class CoverageModel(QAbstractTableModel):
    """Rows: bodies; columns: the name, then terms I–IV. ``current_term`` is emphasised."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Coverage] = []
        self.current_term: int | None = None

    def set_rows(self, rows: list[Coverage], current_term: int | None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.current_term = current_term
        self.endResetModel()

    def coverage(self, row: int) -> Coverage:
        return self._rows[row]

    def row_of(self, body: Body) -> int:
        return next((i for i, c in enumerate(self._rows) if c.body == body), -1)

    @staticmethod
    def term_of_column(column: int) -> int | None:
        return column if 1 <= column <= len(ROMAN) else None

    def state(self, row: int, term: int) -> str:
        return self._rows[row].terms.get(term, "missing")

    # -- Qt -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(ROMAN)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < self.columnCount()):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == NAME:
                return QCoreApplication.translate("CoverageModel", "Association or council")
            if section == self.current_term:
                return QCoreApplication.translate("CoverageModel", "Term {term} — now").format(term=ROMAN[section - 1])
            return QCoreApplication.translate("CoverageModel", "Term {term}").format(term=ROMAN[section - 1])
        if role == Qt.ItemDataRole.FontRole and section != NAME and section == self.current_term:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        column = index.column()
        if not (0 <= column < self.columnCount()):
            return None
        c = self._rows[index.row()]
        if role == BODY_ROLE:
            return c.body.key
        if column == NAME:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return c.name
            return None
        state = c.terms.get(column, "missing")
        current = column == self.current_term
        if role == Qt.ItemDataRole.DisplayRole:
            return coverage_label(state)
        if role == STATE_ROLE:
            return state
        if role == Qt.ItemDataRole.BackgroundRole:
            color = BACKGROUNDS.get(state)
            return color.darker(110) if color is not None and current else color
        if role == Qt.ItemDataRole.ForegroundRole:
            return FOREGROUNDS.get(state)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if state == "missing":
                return QCoreApplication.translate("CoverageModel", "No meeting in term {term}: Enter or a double click "
                                                  "plans one.").format(term=ROMAN[column - 1])
            return QCoreApplication.translate("CoverageModel", "Enter or a double click shows the meetings of "
                                              "term {term}.").format(term=ROMAN[column - 1])
        return None


class CoverageView(QWidget):
    """The table and its legend; activating a cell asks the page to plan a meeting or to show the term's."""

    plan_requested = Signal(object, int)  # Body, term number
    show_requested = Signal(object, int)  # Body, term number

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meet_coverage_tab")
        self.model = CoverageModel(self)
        self.table = QTableView()
        self.table.setObjectName("meet_coverage")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(ROMAN)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 130)
        self.table.activated.connect(self._activated)
        self.summary = QLabel()
        self.summary.setObjectName("meet_coverage_summary")
        self.summary.setWordWrap(True)
        legend = QLabel(self.tr("Each association meets at least once a term. Green: a meeting was held; amber: "
                                "planned only; red: none yet. Enter or a double click on a red cell plans a "
                                "meeting for that term."))
        legend.setWordWrap(True)
        legend.setObjectName("meet_coverage_legend")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        self.setFocusProxy(self.table)

    def set_rows(self, rows: list[Coverage], current_term: int | None) -> None:
        self.model.set_rows(rows, current_term)
        if current_term is None:
            self.summary.setText(self.tr("Today is outside the terms."))
            return
        behind = [c.name for c in rows if c.terms.get(current_term) != "held"]
        term = ROMAN[current_term - 1]
        if behind:
            self.summary.setText(self.tr("Term {term}: {count} of {total} have not held a meeting yet.").format(
                term=term, count=len(behind), total=len(rows)))
        else:
            self.summary.setText(self.tr("Term {term}: every association and council has met.").format(term=term))

    def _activated(self, index: QModelIndex) -> None:
        term = self.model.term_of_column(index.column())
        if term is None or not index.isValid():
            return
        c = self.model.coverage(index.row())
        if self.model.state(index.row(), term) == "missing":
            self.plan_requested.emit(c.body, term)
        else:
            self.show_requested.emit(c.body, term)
