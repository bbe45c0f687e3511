"""Table model of the academic years (label, start, end, current)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from domain.model import AcademicYear
from gui.widgets import fmt_date

Index = QModelIndex | QPersistentModelIndex


class YearsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._years: list[AcademicYear] = []
        self._current: int | None = None

    def set_years(self, years: list[AcademicYear], current_id: int | None) -> None:
        self.beginResetModel()
        self._years = list(years)
        self._current = current_id
        self.endResetModel()

    def year_at(self, row: int) -> AcademicYear:
        return self._years[row]

    def row_of(self, year_id: int | None) -> int:
        return next((i for i, y in enumerate(self._years) if y.id == year_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._years)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Year"), self.tr("Start"), self.tr("End"), self.tr("Current"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._years):
            return None
        year = self._years[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return year.label
            if col == 1:
                return fmt_date(year.start)
            if col == 2:
                return fmt_date(year.end)
            return self.tr("yes") if year.id == self._current else ""
        if role == Qt.ItemDataRole.UserRole:
            return year.id
        return None
