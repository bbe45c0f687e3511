"""Making the documents: gather the content through the services, render it to a file."""

from __future__ import annotations

from pathlib import Path

from domain.documents.growth import TopicsContent, build_lessons, build_topics
from domain.documents.order import build_order
from domain.documents.plan import PlanContent, build_plan
from domain.documents.protocol import ProtocolBook, ProtocolContent, build_protocol
from domain.errors import DomainError
from domain.meetings import Body, BodyKind
from domain.services.container import Services
from storage.excel import SheetData, write_workbook
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

    # -- plans ----------------------------------------------------------------
    def plan_content(self, year_id: int, association_id: int | None, lang: str) -> PlanContent:
        s = self.services
        year = s.school.year(year_id)
        approval = s.plan.approval(year_id, association_id)
        review = None
        if approval.review_meeting_id is not None:
            numbered = s.meetings.numbered(approval.review_meeting_id)
            review = (numbered.number, numbered.meeting.day)
        name, schedule = "", None
        if association_id is not None:
            name = s.associations.association(association_id).name(lang)
            body = Body(BodyKind.ASSOCIATION, association_id)
            schedule = [(n.number, n.meeting.day, [i.topic for i in n.meeting.agenda])
                        for n in s.meetings.meetings(year_id, body)]
        return build_plan(lang, s.school.school(), year, s.plan.items(year_id, association_id), s.plan.directions(),
                          approval, review, s.staff.teachers(), name, schedule,
                          s.plan.amendments(year_id, association_id), s.today())

    def plan(self, year_id: int, association_id: int | None, lang: str, out: Path) -> Path:
        """The plan as .docx (landscape, approval header) or .xlsx, by the file's suffix."""
        content = self.plan_content(year_id, association_id, lang)
        if Path(out).suffix.lower() == ".xlsx":
            return write_workbook([plan_sheet(content)], Path(out))
        return render_docx("plan", lang, content, out, self.user_templates)

    # -- teachers' growth -----------------------------------------------------
    def topics_content(self, year_id: int, lang: str) -> TopicsContent:
        s = self.services
        return build_topics(lang, s.school.school(), s.school.year(year_id), s.growth.topics(year_id),
                            s.staff.teachers(), s.associations.associations(year_id))

    def topics(self, year_id: int, lang: str, out: Path) -> Path:
        """The list of self-development topics by association, .docx or .xlsx by the suffix."""
        content = self.topics_content(year_id, lang)
        if Path(out).suffix.lower() == ".xlsx":
            return write_workbook([topics_sheet(content)], Path(out))
        return render_docx("topics", lang, content, out, self.user_templates)

    def lessons_schedule(self, year_id: int, term: int | None, lang: str, out: Path) -> Path:
        s = self.services
        content = build_lessons(lang, s.school.school(), s.school.year(year_id), term, s.growth.lessons(year_id, term),
                                s.staff.teachers(), s.staff.subjects())
        return render_docx("lessons", lang, content, out, self.user_templates)


PLAN_HEADERS = {
    "ky": ["№", "Багыты", "Аткарыла турган иш-чаралар", "Формасы", "Аткаруу мөөнөтү", "Жооптуулар", "Эскертүү",
           "Абалы"],
    "ru": ["№", "Направление", "Мероприятие", "Форма", "Сроки", "Ответственные", "Отметка о выполнении", "Статус"],
}
PLAN_TITLES = {"ky": ("Усулдук иштин бирдиктүү планы", "Иш планы"), "ru": ("Единый план методической работы",
                                                                           "План работы")}
STATUS_NAMES = {
    "ky": {"planned": "пландалган", "done": "аткарылды", "moved": "жылдырылды", "cancelled": "жокко чыгарылды"},
    "ru": {"planned": "запланировано", "done": "выполнено", "moved": "перенесено", "cancelled": "отменено"},
}


def plan_sheet(c: PlanContent) -> SheetData:
    unified, own = PLAN_TITLES[c.lang]
    title = unified if c.unified else f"{own}: {c.title_name}"
    year = "окуу жылы" if c.lang == "ky" else "учебный год"
    rows = [(r.number, g.name, r.event, r.form, r.deadline, r.responsible, r.mark, STATUS_NAMES[c.lang][r.status])
            for g in c.groups for r in g.items]
    return SheetData(title=unified if c.unified else own, heading=[c.school_name, title, f"{c.year_label} {year}",
                                                                   c.made],
                     header=PLAN_HEADERS[c.lang], rows=rows, widths=[5, 28, 50, 18, 16, 30, 30, 16])


TOPIC_HEADERS = {
    "ky": ["№", "Бирикме", "Мугалимдин аты-жөнү", "Өздүк усулдук тема", "Мөөнөтү", "Жыйынтыгын көрсөтүү формасы",
           "Ушул жылы көрсөтүлдү"],
    "ru": ["№", "Объединение", "ФИО учителя", "Тема самообразования", "Сроки", "Форма представления результатов",
           "Представлено в этом году"],
}


def topics_sheet(c: TopicsContent) -> SheetData:
    title = "Өздүк усулдук темалар" if c.lang == "ky" else "Темы самообразования"
    rows = [(r.number, g.name, r.teacher, r.title, r.years, r.forms, r.shown) for g in c.groups for r in g.rows]
    return SheetData(title=title, heading=[c.school_name, title, c.year_label, c.theme], header=TOPIC_HEADERS[c.lang],
                     rows=rows, widths=[5, 30, 30, 50, 12, 28, 30])
