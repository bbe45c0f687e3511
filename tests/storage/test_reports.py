"""End-of-year reports and the district workbook: figures equal those computed independently."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from docx import Document

from domain.documents.report import Texts
from domain.growth import LessonForm
from domain.meetings import Body, BodyKind, MeetingStatus
from domain.plan import ItemStatus
from domain.staff import Category, Teacher
from storage.documents import DocumentMaker


def test_service_report_figures_match_the_data(demo_services) -> None:
    s = demo_services
    year = s.school.current_year()
    c = DocumentMaker(s).report_content(year.id, None, "ky")
    active = s.staff.teachers(include_archived=False)
    assert [int(r.values[0]) for r in c.categories] == [
        sum(t.category == cat for t in active)
        for cat in (Category.HIGHEST, Category.FIRST, Category.SECOND, Category.NONE)]
    items = [i for i in s.plan.items(year.id) if i.status != ItemStatus.CANCELLED]
    assert (c.plan_done, c.plan_all) == (sum(i.status == ItemStatus.DONE for i in items), len(items))
    lessons = s.growth.lessons(year.id)
    assert c.open_lessons == sum(x.form == LessonForm.OPEN_LESSON for x in lessons)
    assert c.master_classes == sum(x.form == LessonForm.MASTER_CLASS for x in lessons)
    assert c.visits == len(s.growth.visits(year.id))
    assert c.topics == len(s.growth.topics(year.id))
    taken = sum(1 for t in active for k in t.courses if k.when and year.start <= k.when <= year.end)
    assert c.courses_taken == taken > 0
    held = [n for n in s.meetings.meetings(year.id) if n.meeting.status == MeetingStatus.HELD]
    assert sum(int(r.values[4]) for r in c.meetings) == len(held)


def test_association_report_counts_only_its_members(demo_services, tmp_path: Path) -> None:
    s = demo_services
    year = s.school.current_year()
    a = s.associations.associations(year.id)[3]
    s.reports.save_texts(year.id, a.id, Texts("Олимпиадада үч байге", "Кабинеттер жетишсиз", "Санариптик сабак"))
    c = DocumentMaker(s).report_content(year.id, a.id, "ru")
    assert len(c.members) == len(a.member_ids)
    held = [n for n in s.meetings.meetings(year.id, Body(BodyKind.ASSOCIATION, a.id))
            if n.meeting.status == MeetingStatus.HELD]
    (row,) = c.meetings
    assert int(row.values[4]) == len(held)
    out = DocumentMaker(s, chart_png=lambda chart: _tiny_png()).report(year.id, a.id, "ru", tmp_path / "r.docx")
    doc = Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Олимпиадада үч байге" in text and "Задачи на следующий учебный год" in text
    assert len(doc.inline_shapes) == len(c.charts) >= 1


def _tiny_png() -> bytes:
    import base64

    return base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def test_district_workbook_has_every_sheet_and_teacher_and_no_formulas(demo_services, tmp_path: Path) -> None:
    s = demo_services
    year = s.school.current_year()
    for name, surname in (("=1+1", "Формулаев"), ("@SUM(A1)", "Атов"), ("+7 (555)", "Плюсов"), ("-", "Минусов")):
        s.staff.save_teacher(Teacher(surname=surname, name=name, class_leadership="=A1"))
    out = DocumentMaker(s).district(year.id, "ky", tmp_path / "district.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Кадрлар", "Бирикмелер", "Отурумдар", "Ачык сабактар", "Өздүк темалар",
                             "Пландын аткарылышы"]
    staff = wb["Кадрлар"]
    names = {row[1] for row in staff.iter_rows(values_only=True) if isinstance(row[0], int)}
    assert names == {t.full_name for t in s.staff.teachers(include_archived=False)}
    for ws in wb.worksheets:
        assert ws.freeze_panes is not None and ws.auto_filter.ref
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
        assert ws["A1"].value == s.school.school().name_ky
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} became a formula: {cell.value}"
    assert any(c.value == "Формулаев =1+1" for row in staff.iter_rows() for c in row)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_district_workbook_headers_follow_the_language(demo_services, tmp_path: Path, lang: str) -> None:
    s = demo_services
    out = DocumentMaker(s).district(s.school.current_year().id, lang, tmp_path / "d.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    header = next(r for r in ws.iter_rows(values_only=True) if r and r[0] == "№")
    assert header[1] == ("ФИО" if lang == "ru" else "Аты-жөнү")
