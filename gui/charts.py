"""Bar charts drawn with QPainter: on Home, and as PNG pictures for the reports.

Horizontal bars, because the labels (association names) are long; several series are drawn as
grouped bars with a legend. Crisp when printed: the PNG is drawn at twice its size.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen

PALETTE = ["#1f5f99", "#e08a1e", "#3c9a5f", "#b23a48", "#7b5ea7", "#5d6d7e"]


def draw_bars(p: QPainter, rect: QRectF, title: str, labels: Sequence[str],
              series: Sequence[tuple[str, Sequence[float]]], maximum: float | None = None) -> None:
    """Draw a titled horizontal bar chart into ``rect``."""
    font = QFont(p.font())
    base = max(8.0, rect.width() / 75)
    font.setPointSizeF(base)
    p.setFont(font)
    fm = QFontMetrics(font)
    title_font = QFont(font)
    title_font.setBold(True)
    title_font.setPointSizeF(base * 1.2)
    p.setPen(QColor("#222222"))
    p.setFont(title_font)
    title_h = QFontMetrics(title_font).height() * 1.6
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h), Qt.AlignmentFlag.AlignLeft
               | Qt.AlignmentFlag.AlignVCenter, title)
    p.setFont(font)
    legend_h = fm.height() * 1.5 if len(series) > 1 else 0
    top = rect.top() + title_h + legend_h
    label_w = min(rect.width() * 0.42, max((fm.horizontalAdvance(x) for x in labels), default=0) + fm.height())
    value_w = fm.horizontalAdvance("100%") + fm.height()
    plot = QRectF(rect.left() + label_w, top, rect.width() - label_w - value_w, rect.bottom() - top)
    if len(series) > 1:
        x = rect.left() + label_w
        for i, (name, _values) in enumerate(series):
            p.fillRect(QRectF(x, rect.top() + title_h + fm.height() * 0.2, fm.height() * 0.8, fm.height() * 0.8),
                       QColor(PALETTE[i % len(PALETTE)]))
            p.drawText(QRectF(x + fm.height(), rect.top() + title_h, fm.horizontalAdvance(name) + 4, fm.height() * 1.2),
                       Qt.AlignmentFlag.AlignVCenter, name)
            x += fm.horizontalAdvance(name) + fm.height() * 2.2
    peak = maximum or max((v for _, values in series for v in values), default=0) or 1
    rows = max(len(labels), 1)
    row_h = plot.height() / rows
    bar_h = min(row_h * 0.72, fm.height() * 1.8) / max(len(series), 1)
    p.setPen(QPen(QColor("#cccccc"), 1))
    p.drawLine(plot.bottomLeft(), plot.topLeft())
    for r, label in enumerate(labels):
        y = plot.top() + r * row_h
        p.setPen(QColor("#222222"))
        shown = fm.elidedText(label, Qt.TextElideMode.ElideMiddle, int(label_w - fm.height() * 0.5))
        p.drawText(QRectF(rect.left(), y, label_w - fm.height() * 0.5, row_h),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
        for s, (_name, values) in enumerate(series):
            value = values[r] if r < len(values) else 0
            by = y + (row_h - bar_h * len(series)) / 2 + s * bar_h
            width = plot.width() * (value / peak)
            p.fillRect(QRectF(plot.left(), by, width, bar_h * 0.9), QColor(PALETTE[s % len(PALETTE)]))
            if value == 0 and len(series) > 1:
                continue  # an empty bar of a group says nothing
            text = f"{value:.0f}%" if maximum == 100 else f"{value:g}"
            p.drawText(QRectF(plot.left() + width + 4, by, value_w, bar_h), Qt.AlignmentFlag.AlignVCenter, text)


def bar_chart_png(title: str, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
                  maximum: float | None = None, width: int = 900) -> bytes:
    """The chart as PNG bytes (needs a QGuiApplication; the offscreen platform will do)."""
    rows = max(len(labels), 1) * max(len(series), 1)
    height = int(120 + rows * 26 + (30 if len(series) > 1 else 0))
    scale = 2
    image = QImage(width * scale, height * scale, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(scale, scale)
    draw_bars(p, QRectF(12, 8, width - 24, height - 16), title, labels, series, maximum)
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)
