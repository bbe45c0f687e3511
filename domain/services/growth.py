"""Teachers' growth of a year: topics, open lessons, visits, and what is coming due."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from domain.associations import below_three
from domain.changes import Changed
from domain.errors import DomainError, NotFound
from domain.growth import (
    OpenLesson,
    Shown,
    Topic,
    Visit,
    VisitMatrix,
    carry_over,
    check_lesson,
    check_topic,
    check_visit,
    visit_matrix,
)
from domain.meetings import meeting_window
from domain.model import AcademicYear
from domain.ports import UnitOfWork
from domain.years import parse_label


@dataclass
class DueItem:
    """One line of 'coming due': kind, who or what, and the facts for the sentence."""

    kind: str  # course | head_year_ends | head_reappoint | topic_nothing_shown | below_three
    teacher_id: int | None = None
    association_id: int | None = None
    topic_id: int | None = None
    count: int = 0
    day: date | None = None


class GrowthService:
    def __init__(self, uow: Callable[[], UnitOfWork], today: Callable[[], date] = date.today) -> None:
        self._uow = uow
        self._today = today

    def _year(self, uow: UnitOfWork, year_id: int) -> AcademicYear:
        year = uow.years.get(year_id)
        if year is None:
            raise NotFound("year", year_id)
        return year

    # -- topics ---------------------------------------------------------------
    def topics(self, year_id: int | None = None) -> list[Topic]:
        """All topics, or those active in a year (a topic spans 1–3 years, often more)."""
        with self._uow() as uow:
            topics = uow.growth.topics()
            if year_id is None:
                return topics
            first = parse_label(self._year(uow, year_id).label)
        return [t for t in topics if t.active_in(first)]

    def topic(self, topic_id: int) -> Topic:
        with self._uow() as uow:
            found = uow.growth.topic(topic_id)
        if found is None:
            raise NotFound("topic", topic_id)
        return found

    def save_topic(self, t: Topic) -> tuple[int, Changed]:
        check_topic(t)
        with self._uow() as uow:
            if uow.teachers.get(t.teacher_id) is None:
                raise NotFound("teacher", t.teacher_id)
            topic_id = uow.growth.save_topic(t)
            uow.commit()
        return topic_id, Changed(growth=True)

    def carry_topic(self, topic_id: int) -> Changed:
        return self.save_topic(carry_over(self.topic(topic_id)))[1]

    def record_shown(self, topic_id: int, year_id: int, day: date, what: str) -> Changed:
        if not what.strip():
            raise DomainError("required", field="what")
        t = self.topic(topic_id)
        t.shown.append(Shown(year_id, day, what.strip()))
        return self.save_topic(t)[1]

    def delete_topic(self, topic_id: int) -> Changed:
        with self._uow() as uow:
            uow.growth.delete_topic(topic_id)
            uow.commit()
        return Changed(growth=True)

    # -- open lessons ---------------------------------------------------------
    def lessons(self, year_id: int, term: int | None = None) -> list[OpenLesson]:
        with self._uow() as uow:
            year = self._year(uow, year_id)
            first, last = meeting_window(year)
            if term is not None:
                first, last = year.terms[term - 1].start, year.terms[term - 1].end
            return uow.growth.lessons(first, last)

    def save_lesson(self, lesson: OpenLesson) -> tuple[int, Changed]:
        check_lesson(lesson)
        with self._uow() as uow:
            if uow.teachers.get(lesson.teacher_id) is None:
                raise NotFound("teacher", lesson.teacher_id)
            lesson_id = uow.growth.save_lesson(replace(lesson, observer_ids=list(dict.fromkeys(lesson.observer_ids))))
            uow.commit()
        return lesson_id, Changed(growth=True)

    def delete_lesson(self, lesson_id: int) -> Changed:
        with self._uow() as uow:
            uow.growth.delete_lesson(lesson_id)
            uow.commit()
        return Changed(growth=True)

    def lessons_of(self, teacher_id: int) -> list[OpenLesson]:
        with self._uow() as uow:
            return [x for x in uow.growth.lessons(date.min, date.max) if x.teacher_id == teacher_id]

    # -- visits ---------------------------------------------------------------
    def visits(self, year_id: int) -> list[Visit]:
        with self._uow() as uow:
            first, last = meeting_window(self._year(uow, year_id))
            return uow.growth.visits(first, last)

    def save_visit(self, v: Visit) -> tuple[int, Changed]:
        check_visit(v)
        with self._uow() as uow:
            for tid in (v.visitor_id, v.visited_id):
                if uow.teachers.get(tid) is None:
                    raise NotFound("teacher", tid)
            visit_id = uow.growth.save_visit(v)
            uow.commit()
        return visit_id, Changed(growth=True)

    def delete_visit(self, visit_id: int) -> Changed:
        with self._uow() as uow:
            uow.growth.delete_visit(visit_id)
            uow.commit()
        return Changed(growth=True)

    def matrix(self, year_id: int) -> VisitMatrix:
        with self._uow() as uow:
            active = [t.id for t in uow.teachers.list() if not t.archived and t.id is not None]
        return visit_matrix(self.visits(year_id), active)

    # -- coming due -----------------------------------------------------------
    def coming_due(self, year_id: int, on: date | None = None) -> list[DueItem]:
        """Courses due, heads whose year ends or who await reappointment, topics in their last year with
        nothing shown, associations below three members."""
        on = on or self._today()
        out: list[DueItem] = []
        with self._uow() as uow:
            year = self._year(uow, year_id)
            teachers = uow.teachers.list()
            raw = uow.settings.get("course_due_years")
            period = int(raw) if raw and raw.isdigit() and int(raw) > 0 else 5
            associations = uow.associations.list(year_id)
            topics = uow.growth.topics()
        for t in teachers:
            if not t.archived and t.course_due(on, period):
                out.append(DueItem("course", teacher_id=t.id))
        ends_soon = year.end - on <= timedelta(days=45)
        for a in associations:
            if a.reappoint:
                out.append(DueItem("head_reappoint", teacher_id=a.head_id, association_id=a.id))
            elif ends_soon and a.head_id is not None:
                out.append(DueItem("head_year_ends", teacher_id=a.head_id, association_id=a.id, day=year.end))
        first = parse_label(year.label)
        active = {t.id for t in teachers if not t.archived}
        for topic in topics:
            if topic.teacher_id in active and topic.last_year == first and not topic.shown_in(year_id):
                out.append(DueItem("topic_nothing_shown", teacher_id=topic.teacher_id, topic_id=topic.id))
        for a, count in below_three(associations, teachers):
            out.append(DueItem("below_three", association_id=a.id, count=count))
        return out
