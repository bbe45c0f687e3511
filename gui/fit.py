"""Table and tree views that fit its ResizeToContents columns to their texts cheaply.

Qt sizes such a column by asking the delegate for every cell's size hint, which fetches a dozen roles
of the cell from the Python model, on every reset and sort: on a few hundred rows that cost more than
the rest of a refresh. Here a column is measured from its display texts (and the font a cell asks for),
with the same margins the delegate adds, so the columns come out as wide as before."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from math import ceil
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTableView, QTreeView

DISPLAY, FONT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole


def _python_model(view: QAbstractItemView) -> Any:
    """The view's model, or the model behind its proxy, when it is written in Python (else None).

    Its data() is then called directly, without the round trip through Qt for every role."""
    model = view.model()
    source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
    return source if source is not None and hasattr(type(source).data, "__code__") else None


def _cells(source: Any, column: int, indexes: Iterable[QModelIndex]) -> Iterable[tuple[Any, Any]]:
    """(display text, font or None) of a column's cells. A model may offer ``column_cells(column)``: all
    its rows at once (also those a filter hides, so the widths stay put while the user types)."""
    whole = getattr(source, "column_cells", None)
    if whole is not None:
        return whole(column)
    return ((source.data(index, DISPLAY), source.data(index, FONT)) for index in indexes)


def _width(view: QAbstractItemView, cells: Iterable[tuple[Any, Any]]) -> int:
    """As wide as the widest text of ``cells`` (in the font each asks for), with the delegate's margins."""
    metrics: dict[Any, QFontMetricsF] = {}
    default = view.font()
    widest = 0.0
    seen: set[tuple[str, Any]] = set()
    for text, font in cells:
        if text is None or text == "":
            continue
        key = (str(text), None if font is None else font.key())
        if key in seen:
            continue
        seen.add(key)
        fm = metrics.get(key[1])
        if fm is None:
            fm = metrics[key[1]] = QFontMetricsF(default if font is None else QFont(font).resolve(default))
        widest = max(widest, max(fm.horizontalAdvance(line) for line in key[0].split("\n")))
    return ceil(widest) + 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)


class FitTableView(QTableView):
    def sizeHintForColumn(self, column: int) -> int:
        source = _python_model(self)
        if source is None or self.isColumnHidden(column):
            return super().sizeHintForColumn(column)
        model = self.model()

        def indexes() -> Iterator[QModelIndex]:
            for row in range(model.rowCount()):
                if not self.isRowHidden(row):
                    index = model.index(row, column)
                    yield index if source is model else model.mapToSource(index)

        return _width(self, _cells(source, column, indexes())) + (1 if self.showGrid() else 0)


class FitTreeView(QTreeView):
    """The same for a tree: the rows shown (children of expanded rows), not those spanning all columns."""

    def sizeHintForColumn(self, column: int) -> int:
        source = _python_model(self)
        if source is None or source is not self.model() or column == 0 or self.isColumnHidden(column):
            return super().sizeHintForColumn(column)  # column 0 is also indented: Qt measures it

        def indexes(parent: QModelIndex) -> Iterator[QModelIndex]:
            for row in range(source.rowCount(parent)):
                if self.isRowHidden(row, parent):
                    continue
                if not self.isFirstColumnSpanned(row, parent):
                    yield source.index(row, column, parent)
                first = source.index(row, 0, parent)
                if self.isExpanded(first):
                    yield from indexes(first)

        return _width(self, _cells(source, column, indexes(QModelIndex())))
