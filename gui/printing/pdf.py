"""HTML to paper: one QTextDocument laid out on A4 with 20 mm margins, for PDF, preview and printer."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from domain.errors import DomainError
from gui.printing.html import FONT_FAMILIES

MARGIN_MM = 20.0
_app: QApplication | None = None  # kept alive when write_pdf had to make one (command line, tests)


def ensure_application() -> QGuiApplication:
    """QTextDocument needs a (GUI) application for its fonts; make one when none runs."""
    global _app
    app = QApplication.instance()
    if app is None:
        _app = QApplication([])
        app = _app
    assert isinstance(app, QGuiApplication)
    return app


def page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def make_document(html: str) -> QTextDocument:
    """The document in a serif font that has the Kyrgyz letters (ң ө ү) wherever Times New Roman is missing."""
    ensure_application()
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(13)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)  # the page's margins are the printer's
    doc.setHtml(html)
    return doc


def print_document(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    """Paginate ``doc`` to the device's printable area and print it.

    The page size is given in the layout's own units (screen pixels at the logical DPI that
    QTextDocument uses without a paint device); print_() scales that page onto the device. A
    paginated document gets neither the extra 2 cm margin nor the page numbers print_() adds otherwise.
    """
    area = device.pageLayout().paintRect(QPageLayout.Unit.Inch)
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
    doc.setPageSize(QSizeF(area.width() * dpi, area.height() * dpi))
    doc.print_(device)


def write_pdf(html: str, out: Path) -> Path:
    """The HTML as an A4 PDF, written to a temporary file beside ``out`` and then moved in place."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = make_document(html)
    fd, tmp = tempfile.mkstemp(prefix=".~usul-", suffix=".pdf", dir=out.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setPageLayout(page_layout())
        writer.setResolution(300)
        writer.setCreator("Усулдук кабинет")
        print_document(doc, writer)
        del writer  # closes the file before it is moved
        try:
            os.replace(tmp, out)
        except PermissionError as e:  # the PDF is open in a viewer that locks it (Windows)
            raise DomainError("file_locked", path=str(out)) from e
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return out
