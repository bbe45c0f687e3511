"""Making the documents: gather the content through the services, render it to a file."""

from __future__ import annotations

from pathlib import Path

from domain.documents.order import build_order
from domain.documents.protocol import ProtocolBook, ProtocolContent, build_protocol
from domain.errors import DomainError
from domain.meetings import Body
from domain.services.container import Services
from storage.word import render_docx


class DocumentMaker:
    """One place that knows which content goes through which template."""

    def __init__(self, services: Services, user_templates: Path | None = None) -> None:
        self.services = services
        self.user_templates = user_templates

    def order(self, year_id: int, lang: str, out: Path) -> Path:
        s = self.services
        year = s.school.year(year_id)
        associations = s.associations.associations(year_id)
        if not associations:
            raise DomainError("no_associations", year=year.label)
        content = build_order(lang, s.school.school(), year, associations, s.associations.council(year_id),
                              s.staff.teachers())
        return render_docx("order", lang, content, out, self.user_templates)

    # -- protocols ------------------------------------------------------------
    def protocol_content(self, meeting_id: int, lang: str) -> ProtocolContent:
        s = self.services
        numbered = s.meetings.numbered(meeting_id)
        m = numbered.meeting
        year = s.school.year(m.year_id)
        return build_protocol(lang, s.school.school(), year.label, s.meetings.body_info(m.year_id, m.body), m,
                              numbered.number, s.staff.teachers())

    def book_content(self, year_id: int, body: Body, lang: str) -> ProtocolBook:
        s = self.services
        year = s.school.year(year_id)
        info = s.meetings.body_info(year_id, body)
        held = [n for n in s.meetings.meetings(year_id, body) if n.meeting.status.value == "held"]
        if not held:
            raise DomainError("no_held_meetings", body=info.name(lang), year=year.label)
        teachers = s.staff.teachers()
        names = {t.id: t.full_name for t in teachers}
        protocols = [build_protocol(lang, s.school.school(), year.label, info, n.meeting, n.number, teachers)
                     for n in held]
        return ProtocolBook(lang, protocols[0].school_name, info.name(lang), year.label, protocols,
                            head=names.get(info.head_id, "") if info.head_id else info.chair_name)

    def protocol(self, meeting_id: int, lang: str, out: Path) -> Path:
        content = self.protocol_content(meeting_id, lang)
        book = ProtocolBook(lang, content.school_name, content.body_name, content.year_label, [content])
        return render_docx("protocol", lang, book, out, self.user_templates)

    def protocol_book(self, year_id: int, body: Body, lang: str, out: Path) -> Path:
        return render_docx("protocol_book", lang, self.book_content(year_id, body, lang), out, self.user_templates)
