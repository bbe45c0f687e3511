"""Print preview and printing of an HTML document through Qt (the same layout as the PDF)."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from gui.printing.pdf import make_document, page_layout, print_document


def make_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    return printer


def preview_dialog(parent: QWidget | None, html: str, printer: QPrinter | None = None) -> QPrintPreviewDialog:
    """The preview, not yet shown; every repaint prints a fresh layout of the same HTML.

    Without ``printer`` the dialog's own printer is used (it lives as long as the dialog); a printer
    handed in must outlive the dialog: the dialog does not own it.
    """
    if printer is None:
        dialog = QPrintPreviewDialog(parent)
        dialog.printer().setPageLayout(page_layout())
    else:
        dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(lambda p: print_document(make_document(html), p))
    dialog.resize(900, 1000)
    return dialog


def preview(parent: QWidget | None, html: str) -> int:
    """Show the print preview (the user prints from it); the dialog's result."""
    dialog = preview_dialog(parent, html)
    return dialog.exec()


def print_html(parent: QWidget | None, html: str) -> bool:
    """Ask for a printer and print; False when the user cancelled."""
    printer = make_printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_document(make_document(html), printer)
    return True
