"""The year at a glance: four bar charts drawn with QPainter, labelled in the UI language."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.charts import draw_bars


@dataclass
class ChartData:
    title: str
    labels: list[str]
    values: list[float]
    maximum: float | None = None


class ChartsView(QWidget):
    """Draws its charts in a two-column grid; what it shows is plain data set by the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home_charts")
        self.charts: list[ChartData] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(260)

    def set_charts(self, charts: list[ChartData]) -> None:
        self.charts = charts
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, 420)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        if not self.charts:
            return
        columns = 2
        rows = (len(self.charts) + 1) // columns
        w = self.width() / columns
        h = self.height() / max(rows, 1)
        for i, chart in enumerate(self.charts):
            r, c = divmod(i, columns)
            rect = QRectF(c * w + 10, r * h + 6, w - 20, h - 12)
            draw_bars(p, rect, chart.title, chart.labels, [("", chart.values)], chart.maximum)
        p.end()
