"""Making the documents: gather the content through the services, render it to a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from domain.documents.growth import TopicsContent, build_lessons, build_topics
from domain.documents.order import build_order
from domain.documents.plan import PlanContent, build_plan
from domain.documents.protocol import ProtocolBook, ProtocolContent, build_protocol
from domain.documents.report import Chart, ReportContent, build_report
from domain.errors import DomainError
from domain.meetings import Body, BodyKind
from domain.services.container import Services
from storage.excel import write_workbook
from storage.sheets import plan_sheet, topics_sheet
from storage.word import render_docx


class DocumentMaker:
    """One place that knows which content goes through which template."""

    def __init__(self, services: Services, user_templates: Path | None = None,
                 chart_png: Callable[[Chart], bytes] | None = None) -> None:
        self.services = services
        self.user_templates = user_templates
        self.chart_png = chart_png  # draws a chart as PNG (the window's painter), handed in by the composition root

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

    # -- reports --------------------------------------------------------------
    def report_content(self, year_id: int, association_id: int | None, lang: str) -> ReportContent:
        s = self.services
        year = s.school.year(year_id)
        association = s.associations.association(association_id) if association_id is not None else None
        body_names = {b.body: b.name(lang) for b in s.meetings.bodies(year_id)
                      if b.body.kind == BodyKind.ASSOCIATION or association is None}
        subjects = {x.id: x.name(lang) for x in s.staff.subjects()}
        return build_report(lang, s.school.school(), year, s.today(), s.staff.teachers(), subjects, association,
                            s.associations.associations(year_id), s.meetings.meetings(year_id), body_names,
                            s.plan.items(year_id), s.plan.directions(), s.growth.lessons(year_id),
                            s.growth.topics(year_id), s.growth.visits(year_id), s.staff.course_due_years(),
                            s.reports.texts(year_id, association_id))

    def report(self, year_id: int, association_id: int | None, lang: str, out: Path) -> Path:
        content = self.report_content(year_id, association_id, lang)
        pictures = {}
        if self.chart_png is not None:
            pictures = {f"chart{i}": self.chart_png(chart) for i, chart in enumerate(content.charts)}
        return render_docx("report", lang, content, out, self.user_templates, pictures=pictures)

    def district(self, year_id: int, lang: str, out: Path) -> Path:
        from storage.district import district_sheets

        return write_workbook(district_sheets(self.services, year_id, lang), Path(out))

    def regulation(self, kind: str, year_id: int, lang: str, out: Path) -> Path:
        """The regulation on methodical work or on the association, filled from the data."""
        from domain.documents.regulation import KINDS, build_regulation

        if kind not in KINDS:
            raise DomainError("unknown_regulation", kind=kind)
        s = self.services
        year = s.school.year(year_id)
        review, approval = s.reports.regulation_dates()
        content = build_regulation(lang, kind, s.school.school(), year.label,
                                   year.theme_ru if lang == "ru" else year.theme_ky, review, approval,
                                   s.associations.associations(year_id), s.associations.council(year_id),
                                   s.staff.teachers(), s.staff.course_due_years())
        return render_docx(f"regulation_{kind}", lang, content, out, self.user_templates)
