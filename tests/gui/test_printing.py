"""Printing through Qt: the protocol as HTML, then PDF (its text read back with pdftotext), preview, print."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from domain.documents.protocol import ProtocolBook
from domain.meetings import Body, BodyKind
from storage.documents import DocumentMaker

ASSOCIATION_1 = Body(BodyKind.ASSOCIATION, 1)


def first_held(services) -> int:
    year = services.school.current_year()
    return next(n.meeting.id for n in services.meetings.meetings(year.id, ASSOCIATION_1)
                if n.meeting.status.value == "held")


def one_protocol(services, lang: str) -> ProtocolBook:
    content = DocumentMaker(services).protocol_content(first_held(services), lang)
    return ProtocolBook(lang, content.school_name, content.body_name, content.year_label, [content])


def pdf_text(pdf: Path) -> str:
    """The PDF's text, pages separated by form feeds."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail("pdftotext is not installed; it reads the PDF back: apt-get install poppler-utils")
    return subprocess.run([tool, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          encoding="utf-8", check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_html_has_names_decisions_and_labels(demo_services, lang: str) -> None:
    from gui.printing.html import protocol_html

    book = one_protocol(demo_services, lang)
    page = protocol_html(book)
    p = book.protocols[0]
    assert p.body_name in page and p.school_name in page
    for name in p.present + p.absent:
        assert name in page
    for item in p.items:
        for d in item.decisions:
            assert d.text in page
    labels = ("УГУЛДУ:", "ТОКТОМ (ЧЕЧИМ):", "КҮН ТАРТИБИ:", "Катышкандар:") if lang == "ky" else \
        ("СЛУШАЛИ:", "ПОСТАНОВИЛИ (РЕШИЛИ):", "ПОВЕСТКА ДНЯ:", "Присутствовали:")
    for label in labels:
        assert label in page
    assert "page-break-before" not in page  # one protocol, no title page: nothing to break


def test_html_escapes_what_a_user_typed(demo_services) -> None:
    from gui.printing.html import protocol_html

    book = one_protocol(demo_services, "ky")
    p = book.protocols[0]
    p.items[0].decisions[0].text = "Сунуш <b>кабыл</b> алынсын & аткарылсын"
    p.guests = ["Асанов <script>alert(1)</script>"]
    page = protocol_html(book)
    assert "&lt;b&gt;кабыл&lt;/b&gt; алынсын &amp; аткарылсын" in page
    assert "<b>кабыл</b>" not in page and "<script>" not in page
    assert "Чакырылгандар:" in page


def test_book_html_breaks_the_page_before_every_protocol(demo_services) -> None:
    from gui.printing.html import protocol_html

    year = demo_services.school.current_year()
    book = DocumentMaker(demo_services).book_content(year.id, ASSOCIATION_1, "ru")
    page = protocol_html(book, title_page=True)
    assert "КНИГА ПРОТОКОЛОВ" in page and book.head in page
    assert page.count('<div style="page-break-before: always">') == book.count
    assert protocol_html(book).count('<div style="page-break-before: always">') == book.count - 1


def test_pdf_keeps_the_kyrgyz_letters(qtbot, demo_services, tmp_path: Path) -> None:
    from gui.printing.html import protocol_html
    from gui.printing.pdf import write_pdf

    book = one_protocol(demo_services, "ky")
    folder = tmp_path / "out"
    out = write_pdf(protocol_html(book), folder / "protocol.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    assert [f.name for f in folder.iterdir()] == ["protocol.pdf"]  # the temporary file is gone
    text = flat(pdf_text(out))
    p = book.protocols[0]
    assert p.body_name in text
    assert p.present[0].split()[0] in text  # a present teacher's surname
    assert p.items[0].decisions[0].text in text
    for letter in "ңөүӨҮ":
        assert letter in text, f"{letter} lost in the PDF: the font lacks it"
    assert "ЧЫГЫП СҮЙЛӨДҮ:" in text and "№ 1 ПРОТОКОЛУ" in text


def test_pdf_book_starts_every_protocol_on_a_new_page(qtbot, demo_services, tmp_path: Path) -> None:
    from gui.printing.html import protocol_html
    from gui.printing.pdf import write_pdf

    year = demo_services.school.current_year()
    book = DocumentMaker(demo_services).book_content(year.id, ASSOCIATION_1, "ru")
    out = write_pdf(protocol_html(book, title_page=True), tmp_path / "book.pdf")
    pages = [flat(page) for page in pdf_text(out).split("\f") if page.strip()]
    assert "КНИГА ПРОТОКОЛОВ" in pages[0]
    starts = [i for i, page in enumerate(pages) if "ПРОТОКОЛ № " in page]
    assert len(starts) == book.count
    for i, p in zip(starts, book.protocols, strict=True):
        assert pages[i].startswith(f"{p.school_name} ПРОТОКОЛ № {p.number}")


def test_preview_paints_the_same_document(qtbot, demo_services, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from gui.printing.html import protocol_html
    from gui.printing.preview import make_printer, preview_dialog

    printer = make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "preview.pdf"))
    dialog = preview_dialog(None, protocol_html(one_protocol(demo_services, "ru")), printer)
    qtbot.addWidget(dialog)
    dialog.paintRequested.emit(printer)
    assert "СЛУШАЛИ:" in pdf_text(tmp_path / "preview.pdf")


def test_print_sends_the_document_to_the_chosen_printer(qtbot, demo_services, tmp_path: Path,
                                                         monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    from gui.printing import preview
    from gui.printing.html import protocol_html

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return printer

    html = protocol_html(one_protocol(demo_services, "ky"))
    monkeypatch.setattr(preview, "make_printer", pdf_printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert preview.print_html(None, html) is False
    assert not (tmp_path / "printed.pdf").exists()
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert preview.print_html(None, html) is True
    assert "УГУЛДУ:" in pdf_text(tmp_path / "printed.pdf")


def test_preview_shows_on_its_own_a4_printer(qtbot, demo_services) -> None:
    from PySide6.QtGui import QPageLayout, QPageSize

    from gui.printing.html import protocol_html
    from gui.printing.preview import preview_dialog

    dialog = preview_dialog(None, protocol_html(one_protocol(demo_services, "ky")))
    qtbot.addWidget(dialog)
    layout = dialog.printer().pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    assert layout.margins(QPageLayout.Unit.Millimeter).left() == 20
    painted = []
    dialog.paintRequested.connect(painted.append)
    dialog.show()  # lays the pages out: the printer must still be alive
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: bool(painted))
