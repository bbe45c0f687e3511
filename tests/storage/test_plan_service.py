"""The plan workflow over a real SQLite file: review, approval, amendments, figures; the documents."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from domain.errors import DomainError
from domain.meetings import Body, BodyKind, MeetingStatus
from domain.plan import Deadline, DeadlineKind, ItemStatus, PlanItem, PlanState
from storage.documents import DocumentMaker
from tests.storage.golden_docx import assert_golden

ON = date(2026, 11, 23)


@pytest.fixture
def plain(services):
    services.school.ensure_initial_year()
    return services, services.school.current_year()


def council_meeting(services, year, day: date, held: bool = True) -> int:
    m = services.meetings.draft(year.id, Body(BodyKind.COUNCIL), day)
    m.status = MeetingStatus.HELD if held else MeetingStatus.PLANNED
    return services.meetings.save(m)[0]


def test_no_review_without_a_council_meeting_and_no_approval_before_review(plain) -> None:
    s, year = plain
    s.plan.save_item(PlanItem(year.id, "Семинар"))
    with pytest.raises(DomainError) as info:
        s.plan.approve(year.id, None, date(2026, 9, 1))
    assert info.value.kind == "approve_before_review"
    with pytest.raises(DomainError) as info:
        s.plan.review(year.id, None, 999)
    assert info.value.kind == "review_needs_meeting"
    planned = council_meeting(s, year, date(2026, 12, 20), held=False)
    with pytest.raises(DomainError) as info:
        s.plan.review(year.id, None, planned)
    assert info.value.kind == "review_meeting_not_held"
    held = council_meeting(s, year, date(2026, 8, 28))
    s.plan.review(year.id, None, held)
    assert s.plan.approval(year.id).state == PlanState.REVIEWED
    with pytest.raises(DomainError) as info:
        s.plan.approve(year.id, None, date(2026, 8, 20))
    assert info.value.kind == "approved_before_review"
    s.plan.approve(year.id, None, date(2026, 8, 30), "115")
    approval = s.plan.approval(year.id)
    assert (approval.state, approval.approved, approval.order_number) == (PlanState.APPROVED, date(2026, 8, 30), "115")


def test_amendments_are_recorded_after_approval_and_not_before(plain) -> None:
    s, year = plain
    item_id, _ = s.plan.save_item(PlanItem(year.id, "Семинар"))
    s.plan.move(item_id, Deadline(DeadlineKind.MONTH, date(2026, 12, 1)), "мугалимдер курста")
    assert s.plan.amendments(year.id) == []
    s.plan.review(year.id, None, council_meeting(s, year, date(2026, 8, 28)))
    s.plan.approve(year.id, None, date(2026, 8, 30))
    changed = s.plan.item(item_id)
    changed.event = "Семинар-практикум"
    with pytest.raises(DomainError) as info:
        s.plan.save_item(changed)
    assert info.value.kind == "amendment_reason_required"
    assert s.plan.item(item_id).event == "Семинар"
    s.plan.save_item(changed, "Усулдук кеңештин сунушу менен")
    s.plan.save_item(PlanItem(year.id, "Тегерек стол"), "жаңы иш-чара")
    log = s.plan.amendments(year.id)
    assert [(a.item_id == item_id, a.why) for a in log] == [(True, "Усулдук кеңештин сунушу менен"),
                                                           (False, "жаңы иш-чара")]
    assert "иш-чара" in log[0].what


def test_overdue_and_completion_on_the_sample_school(demo_services) -> None:
    s = demo_services
    year = s.school.current_year()
    items = s.plan.items(year.id)
    assert len(items) == 40
    overdue = s.plan.overdue(year.id, ON)
    assert {i.event for i in overdue} == {i.event for i in items if i.overdue(year, ON)}
    assert 1 <= len(overdue) <= 5
    by_direction = s.plan.completion_by(year.id, "direction")
    assert sum(done for done, _ in by_direction.values()) == sum(i.status == ItemStatus.DONE for i in items)
    assert sum(total for _, total in by_direction.values()) == sum(i.status != ItemStatus.CANCELLED for i in items)
    assert s.plan.approval(year.id).state == PlanState.APPROVED


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_plan_document_matches_its_golden_file(demo_services, tmp_path: Path, lang: str) -> None:
    year = demo_services.school.current_year()
    out = DocumentMaker(demo_services).plan(year.id, None, lang, tmp_path / f"plan_{lang}.docx")
    assert_golden(out, f"plan_{lang}")
    with zipfile.ZipFile(out) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert 'w:orient="landscape"' in xml
    assert ("Бекитилди" if lang == "ky" else "Утверждаю") in xml and "115" in xml


def test_plan_workbook_has_every_item_with_its_status(demo_services, tmp_path: Path) -> None:
    s = demo_services
    year = s.school.current_year()
    out = DocumentMaker(s).plan(year.id, None, "ru", tmp_path / "plan.xlsx")
    ws = openpyxl.load_workbook(out).active
    rows = [r for r in ws.iter_rows(values_only=True)]
    header = rows.index(next(r for r in rows if r and r[0] == "№"))
    body = rows[header + 1:]
    assert len(body) == 40
    events = {r[2]: r[7] for r in body}
    statuses = {"planned": "запланировано", "done": "выполнено", "moved": "перенесено", "cancelled": "отменено"}
    for item in s.plan.items(year.id):
        assert events[item.event] == statuses[item.status.value]
    assert ws.freeze_panes == f"A{header + 2}"
    assert ws.page_setup.orientation == "landscape"


def test_association_work_plan_holds_its_meeting_schedule(demo_services, tmp_path: Path) -> None:
    from docx import Document

    s = demo_services
    year = s.school.current_year()
    a = s.associations.associations(year.id)[3]
    s.plan.save_item(PlanItem(year.id, "Информатика боюнча ачык сабактар", association_id=a.id))
    out = DocumentMaker(s).plan(year.id, a.id, "ky", tmp_path / "a.docx")
    text = "\n".join(c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells)
    assert "Информатика боюнча ачык сабактар" in text
    assert "Макулдашылды" in text
    for n in s.meetings.meetings(year.id, Body(BodyKind.ASSOCIATION, a.id)):
        assert n.meeting.day.strftime("%d.%m.%Y") in text
