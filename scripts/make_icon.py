"""Draw the app's icon (resources/icons/usul.png and usul.ico): an open book with «У» on the school blue.

    QT_QPA_PLATFORM=offscreen python -m scripts.make_icon
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setBrush(QColor("#1f5f99"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    book = QPainterPath()
    book.moveTo(QPointF(40 * s, 150 * s))
    book.quadTo(QPointF(88 * s, 128 * s), QPointF(128 * s, 160 * s))
    book.quadTo(QPointF(168 * s, 128 * s), QPointF(216 * s, 150 * s))
    book.lineTo(QPointF(216 * s, 206 * s))
    book.quadTo(QPointF(168 * s, 186 * s), QPointF(128 * s, 214 * s))
    book.quadTo(QPointF(88 * s, 186 * s), QPointF(40 * s, 206 * s))
    book.closeSubpath()
    p.setBrush(QColor("white"))
    p.drawPath(book)
    p.setPen(QPen(QColor("#1f5f99"), 4 * s))
    p.drawLine(QPointF(128 * s, 160 * s), QPointF(128 * s, 212 * s))
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(int(110 * s))
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(QRectF(0, 14 * s, size, 120 * s), Qt.AlignmentFlag.AlignCenter, "У")
    p.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "usul.png"))
    draw(256).save(str(OUT / "usul.ico"))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
