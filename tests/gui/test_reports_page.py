"""The Reports page: choose a document and a language, see its contents, make it, keep the texts."""

from __future__ import annotations

from datetime import date

import openpyxl
from docx import Document


def test_preview_shows_the_reports_figures(make_window, demo_services) -> None:
    window = make_window(services=demo_services)
    page = window.show_page("reports")
    page.docs.setCurrentRow(0)
    year = demo_services.school.current_year()
    c = window.ctx.documents.report_content(year.id, None, "ky")
    text = page.preview.toPlainText()
    assert f"{c.plan_done} / {c.plan_all}" in text and str(c.visits) in text


def test_make_a_report_and_a_workbook_in_the_background(make_window, demo_services, qtbot, tmp_path) -> None:
    window = make_window(services=demo_services)
    page = window.show_page("reports")
    page.lang.setCurrentIndex(1)  # Russian
    window.ctx.dialogs.save_path = str(tmp_path / "report")
    with qtbot.waitSignal(window.ctx.file_saved, timeout=30000):
        page.make()
    out = tmp_path / "report.docx"
    assert page.last_path == out and out.exists()
    assert "ОТЧЁТ" in "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert out.name in window.file_link.text()
    page.docs.setCurrentRow(1)  # the district workbook
    window.ctx.dialogs.save_path = str(tmp_path / "district.xlsx")
    with qtbot.waitSignal(window.ctx.file_saved, timeout=30000):
        page.make()
    assert len(openpyxl.load_workbook(tmp_path / "district.xlsx").sheetnames) == 6


def test_a_cancelled_document_leaves_no_file(make_window, demo_services, qtbot, tmp_path) -> None:
    window = make_window(services=demo_services)
    page = window.show_page("reports")
    page.docs.setCurrentRow(4)  # the order
    window.ctx.dialogs.save_path = str(tmp_path / "order.docx")
    with qtbot.waitSignal(window.ctx.status, timeout=5000):
        page.make()
        page._cancel()
    with qtbot.waitSignal(page.job.ended, timeout=30000, raising=False):
        pass
    qtbot.wait(100)
    assert not (tmp_path / "order.docx").exists()
    assert page.last_path is None


def test_the_deputys_paragraphs_and_the_regulation_dates_are_kept(make_window, demo_services) -> None:
    window = make_window(services=demo_services)
    page = window.show_page("reports")
    page.association.setCurrentIndex(2)
    page.texts["achievements"].setPlainText("Олимпиадада 3 байге алынды")
    page.save_texts()
    year = demo_services.school.current_year()
    assert demo_services.reports.texts(year.id, page.association_id()).achievements == "Олимпиадада 3 байге алынды"
    page.review.set_value(date(2022, 11, 9))
    page.approval.set_value(date(2022, 11, 14))
    page.save_dates()
    assert demo_services.reports.regulation_dates() == (date(2022, 11, 9), date(2022, 11, 14))
    page.approval.set_value(date(2022, 11, 1))
    page.save_dates()
    assert window.ctx.dialogs.errors  # approval before review is refused, with a message
    assert demo_services.reports.regulation_dates()[1] == date(2022, 11, 14)
