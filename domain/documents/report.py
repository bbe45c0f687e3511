"""The end-of-year report of an association or of the whole methodical service (seed 002 §5.4, §5.5):
figures computed from the data, each with its heading, and the deputy's own paragraphs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from domain.associations import Association
from domain.growth import LessonForm, OpenLesson, Topic, Visit
from domain.meetings import MeetingStatus
from domain.model import AcademicYear, School
from domain.plan import PlanItem, completion
from domain.services.meetings import Numbered
from domain.staff import Category, Teacher

CATEGORY_NAMES = {
    "ky": {Category.HIGHEST: "жогорку", Category.FIRST: "биринчи", Category.SECOND: "экинчи",
           Category.NONE: "категориясы жок"},
    "ru": {Category.HIGHEST: "высшая", Category.FIRST: "первая", Category.SECOND: "вторая",
           Category.NONE: "без категории"},
}


@dataclass
class Texts:
    """The deputy's own paragraphs, kept in the app."""

    achievements: str = ""
    problems: str = ""
    tasks: str = ""


@dataclass
class MemberRow:
    number: int
    name: str
    subjects: str
    category: str
    experience: str


@dataclass
class CountRow:
    name: str
    values: list[str]


@dataclass
class Chart:
    """A bar chart to draw: labels along the axis, one or more series of values."""

    title: str
    labels: list[str]
    series: list[tuple[str, list[float]]]
    maximum: float | None = None


@dataclass
class ReportContent:
    lang: str
    school_name: str
    year_label: str
    subject: str  # the association's name, or "" for the methodical service
    author: str
    made: str
    members: list[MemberRow] = field(default_factory=list)
    categories: list[CountRow] = field(default_factory=list)  # category -> count
    average_experience: str = ""
    meetings: list[CountRow] = field(default_factory=list)  # body -> held per term I–IV, total
    meetings_required: int = 4
    plan_done: int = 0
    plan_all: int = 0
    plan_by_direction: list[CountRow] = field(default_factory=list)  # direction -> done, all, %
    plan_by_association: list[CountRow] = field(default_factory=list)
    open_lessons: int = 0
    master_classes: int = 0
    lessons: list[CountRow] = field(default_factory=list)  # date, teacher, topic, form
    courses_taken: int = 0
    courses: list[CountRow] = field(default_factory=list)  # teacher, course, provider, hours
    due: list[str] = field(default_factory=list)
    topics: int = 0
    topics_shown: int = 0
    topic_rows: list[CountRow] = field(default_factory=list)  # teacher, topic, shown
    visits: int = 0
    never_visited: list[str] = field(default_factory=list)
    texts: Texts = field(default_factory=Texts)
    charts: list[Chart] = field(default_factory=list)
    images: dict[str, object] = field(default_factory=dict)  # filled by the renderer: chart name -> picture

    @property
    def plan_percent(self) -> int:
        return round(100 * self.plan_done / self.plan_all) if self.plan_all else 0

    @property
    def never_visited_text(self) -> str:
        return ", ".join(self.never_visited)

    @property
    def due_text(self) -> str:
        return ", ".join(self.due)


def _pct(done: int, total: int) -> str:
    return f"{round(100 * done / total)}%" if total else "—"


def build_report(lang: str, school: School, year: AcademicYear, today: date, teachers: list[Teacher],
                 subjects: dict[int | None, str], association: Association | None,
                 associations: list[Association], meetings: list[Numbered], body_names: dict[object, str],
                 items: list[PlanItem], directions: list[tuple[str, str, str]], lessons: list[OpenLesson],
                 topics: list[Topic], visits: list[Visit], course_years: int, texts: Texts) -> ReportContent:
    ru = lang == "ru"
    by_id = {t.id: t for t in teachers}
    if association is not None:
        member_ids = [m for m in association.member_ids if m in by_id]
    else:
        member_ids = [t.id for t in teachers if not t.archived and t.id is not None]
    members = [by_id[m] for m in member_ids]
    c = ReportContent(lang, school.name_ru if ru else school.name_ky, year.label,
                      association.name(lang) if association else "", school.deputy, today.strftime("%d.%m.%Y"))
    # Composition: categories and experience.
    for i, t in enumerate(sorted(members, key=lambda t: t.full_name), start=1):
        years = t.experience_years(year.end)
        c.members.append(MemberRow(i, t.full_name, ", ".join(subjects.get(s, "") for s in t.subject_ids),
                                   CATEGORY_NAMES[lang][t.category], "" if years is None else str(years)))
    for cat in (Category.HIGHEST, Category.FIRST, Category.SECOND, Category.NONE):
        n = sum(1 for t in members if t.category == cat)
        c.categories.append(CountRow(CATEGORY_NAMES[lang][cat], [str(n), _pct(n, len(members))]))
    known = [y for t in members if (y := t.experience_years(year.end)) is not None]
    c.average_experience = f"{sum(known) / len(known):.1f}" if known else "—"
    # Meetings held per term against the one required each term.
    bodies = [b for b in body_names if association is None or getattr(b, "association_id", None) == association.id]
    for body in bodies:
        held = [n for n in meetings if n.meeting.body == body and n.meeting.status == MeetingStatus.HELD]
        if not held and not any(n.meeting.body == body for n in meetings) and association is None:
            continue  # a council that never meets here (e.g. the pedagogical one): no empty row
        per_term = [sum(1 for n in held if n.term == k) for k in (1, 2, 3, 4)]
        c.meetings.append(CountRow(body_names[body], [str(v) for v in per_term] + [str(len(held))]))
    # Plan: done out of all, by direction (and by association for the service).
    chosen = [i for i in items if association is None or i.association_id == association.id]
    c.plan_done, c.plan_all = completion(chosen)
    for key, ky, ru_name in directions:
        done, total = completion([i for i in chosen if i.direction == key])
        if total:
            c.plan_by_direction.append(CountRow(ru_name if ru else ky, [str(done), str(total), _pct(done, total)]))
    if association is None:
        groups = [(None, "Бирдиктүү план" if not ru else "Единый план")] + [(a.id, a.name(lang)) for a in associations]
        for aid, name in groups:
            done, total = completion([i for i in items if i.association_id == aid])
            if total:
                c.plan_by_association.append(CountRow(name, [str(done), str(total), _pct(done, total)]))
    # Open lessons and master classes of the members.
    mine = [x for x in lessons if x.teacher_id in member_ids]
    c.open_lessons = sum(1 for x in mine if x.form == LessonForm.OPEN_LESSON)
    c.master_classes = sum(1 for x in mine if x.form == LessonForm.MASTER_CLASS)
    form_names = {LessonForm.OPEN_LESSON: "открытый урок" if ru else "ачык сабак",
                  LessonForm.MASTER_CLASS: "мастер-класс"}
    c.lessons = [CountRow(x.day.strftime("%d.%m.%Y"), [by_id[x.teacher_id].full_name, x.topic, form_names[x.form]])
                 for x in sorted(mine, key=lambda x: x.day)]
    # Courses taken in the year, and teachers due.
    for t in members:
        for course in t.courses:
            if course.when and year.start <= course.when <= year.end:
                c.courses_taken += 1
                c.courses.append(CountRow(t.full_name, [course.title, course.provider,
                                                        str(course.hours or "")]))
    c.due = [t.full_name for t in members if not t.archived and t.course_due(min(today, year.end), course_years)]
    # Self-development topics and what was shown.
    active = [tp for tp in topics if tp.teacher_id in member_ids]
    c.topics = len(active)
    c.topics_shown = sum(1 for tp in active if tp.shown_in(year.id or 0))
    c.topic_rows = [CountRow(by_id[tp.teacher_id].full_name,
                             [tp.title, "; ".join(s.what for s in tp.shown_in(year.id or 0)) or "—"])
                    for tp in sorted(active, key=lambda tp: by_id[tp.teacher_id].full_name)]
    # Mutual visits among the members.
    among = [v for v in visits if v.visitor_id in member_ids or v.visited_id in member_ids]
    c.visits = len(among)
    visited = {v.visited_id for v in among}
    c.never_visited = [by_id[m].full_name for m in member_ids if m not in visited]
    c.texts = texts
    # Pictures where they say it better.
    rows = c.plan_by_association if len(c.plan_by_association) > 1 else c.plan_by_direction
    if rows:
        c.charts.append(Chart("Планды аткаруу, %" if not ru else "Выполнение плана, %", [r.name for r in rows],
                              [("%", [100 * int(r.values[0]) / int(r.values[1]) for r in rows])], maximum=100))
    if c.meetings:
        c.charts.append(Chart("Өткөрүлгөн отурумдар" if not ru else "Проведено заседаний",
                              [r.name for r in c.meetings], [("", [float(r.values[4]) for r in c.meetings])]))
    return c
