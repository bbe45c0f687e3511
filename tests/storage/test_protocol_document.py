"""The protocol of a meeting and the protocol book: golden files, every name and decision read back,
each protocol from a new page."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from domain.errors import DomainError
from domain.meetings import Body, BodyKind
from storage.documents import DocumentMaker
from tests.storage.golden_docx import assert_golden

ASSOCIATION_1 = Body(BodyKind.ASSOCIATION, 1)
LABELS = {
    "ky": {"heard": "УГУЛДУ", "decided": "ТОКТОМ (ЧЕЧИМ)", "title": "№ {n} ПРОТОКОЛУ", "book": "ПРОТОКОЛДОР КИТЕБИ",
           "head": "Жетекчиси", "count": "Протоколдордун саны: {n}", "chair": "Төрага", "secretary": "Катчы",
           "present": "Катышкандар: {n} ({total} мүчөдөн)"},
    "ru": {"heard": "СЛУШАЛИ", "decided": "ПОСТАНОВИЛИ (РЕШИЛИ)", "title": "ПРОТОКОЛ № {n}",
           "book": "КНИГА ПРОТОКОЛОВ", "head": "Руководитель", "count": "Количество протоколов: {n}",
           "chair": "Председатель", "secretary": "Секретарь", "present": "Присутствовали: {n} из {total}"},
}


def all_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def held_meetings(services):
    year = services.school.current_year()
    return year, [n for n in services.meetings.meetings(year.id, ASSOCIATION_1) if n.meeting.status.value == "held"]


def page_break_paragraphs(path: Path) -> list[str]:
    """The text of every paragraph that holds a page break (the break starts that paragraph's page)."""
    doc = Document(str(path))
    return [p.text for p in doc.paragraphs
            if any(br.get(qn("w:type")) == "page" for br in p._p.iter(qn("w:br")))]


def page_break_count(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8").count('<w:br w:type="page"/>')


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_protocol_matches_its_golden_file(demo_services, tmp_path: Path, lang: str) -> None:
    _year, held = held_meetings(demo_services)
    out = DocumentMaker(demo_services).protocol(held[0].meeting.id, lang, tmp_path / f"protocol_{lang}.docx")
    assert_golden(out, f"protocol_{lang}")


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_protocol_names_everyone_present_and_every_decision(demo_services, tmp_path: Path, lang: str) -> None:
    s = demo_services
    _year, held = held_meetings(s)
    meeting = held[0].meeting
    maker = DocumentMaker(s)
    out = maker.protocol(meeting.id, lang, tmp_path / "protocol.docx")
    text = all_text(out)
    t = LABELS[lang]
    content = maker.protocol_content(meeting.id, lang)
    names = {x.id: x.full_name for x in s.staff.teachers()}
    present = [names[p.teacher_id] for p in meeting.attendance if p.present]
    absent = [names[p.teacher_id] for p in meeting.attendance if not p.present]
    assert present and absent  # the sample meeting has both
    assert s.meetings.body_info(meeting.year_id, ASSOCIATION_1).name(lang) in text
    assert t["title"].format(n=held[0].number) in text
    for name in present + absent:
        assert name in text
    assert t["present"].format(n=len(present), total=len(meeting.attendance)) in text
    for item in meeting.agenda:
        assert item.topic in text
        for d in item.decisions:
            assert d.text in text
    assert text.count(t["heard"]) == len(meeting.agenda)
    assert text.count(t["decided"]) == sum(1 for i in meeting.agenda if i.decisions)
    assert content.chair in text and content.secretary in text
    assert t["chair"] in text and t["secretary"] in text
    assert "{{" not in text and "{%" not in text
    assert page_break_count(out) == 0  # one protocol: no empty first page


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_book_has_each_held_meeting_from_a_new_page(demo_services, tmp_path: Path, lang: str) -> None:
    s = demo_services
    year, held = held_meetings(s)
    assert len(held) >= 2
    maker = DocumentMaker(s)
    out = maker.protocol_book(year.id, ASSOCIATION_1, lang, tmp_path / "book.docx")
    text = all_text(out)
    t = LABELS[lang]
    book = maker.book_content(year.id, ASSOCIATION_1, lang)
    for n in held:
        assert t["title"].format(n=n.number) in text
        for d in n.meeting.decisions:
            assert d.text in text
    planned = [n for n in s.meetings.meetings(year.id, ASSOCIATION_1) if n.meeting.status.value != "held"]
    for n in planned:
        assert t["title"].format(n=n.number) not in text
    # The title page, then every protocol on a page of its own, opening with the school's name.
    assert page_break_count(out) == len(held)
    assert page_break_paragraphs(out) == [book.school_name] * len(held)
    title_page = text.split(t["title"].format(n=held[0].number))[0]
    for part in (book.school_name, t["book"], book.body_name, year.label, t["head"], book.head,
                 t["count"].format(n=len(held)), held[0].meeting.day.strftime("%d.%m.%Y")):
        assert part and part in title_page
    assert "{{" not in text and "{%" not in text


def test_no_held_meetings_no_book(demo_services, tmp_path: Path) -> None:
    year = demo_services.school.current_year()
    body = Body(BodyKind.PEDAGOGICAL)
    assert not [n for n in demo_services.meetings.meetings(year.id, body) if n.meeting.status.value == "held"]
    with pytest.raises(DomainError) as info:
        DocumentMaker(demo_services).protocol_book(year.id, body, "ky", tmp_path / "book.docx")
    assert info.value.kind == "no_held_meetings"
    assert not (tmp_path / "book.docx").exists()
