"""Repository of teachers' growth: topics, open lessons, visits."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.growth import LessonForm, OpenLesson, Shown, Stage, StageKind, Topic, Visit
from storage.tables import OpenLessonRow, TopicRow, VisitRow


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _topic(r: TopicRow) -> Topic:
    return Topic(
        id=r.id, teacher_id=r.teacher_id, title=r.title, start_year=r.start_year, years=r.years,
        theme_link=r.theme_link, goal=r.goal, tasks=r.tasks,
        stages=[Stage(StageKind(s["kind"]), _d(s.get("start")), _d(s.get("end"))) for s in r.stages or []],
        result_forms=list(r.result_forms or []),
        shown=[Shown(s["year_id"], date.fromisoformat(s["day"]), s.get("what", "")) for s in r.shown or []],
    )


def _lesson(r: OpenLessonRow) -> OpenLesson:
    return OpenLesson(id=r.id, teacher_id=r.teacher_id, day=r.day, class_name=r.class_name, subject_id=r.subject_id,
                      topic=r.topic, form=LessonForm(r.form), association_id=r.association_id,
                      observer_ids=list(r.observers or []), guests=list(r.guests or []), evaluation=r.evaluation)


def _visit(r: VisitRow) -> Visit:
    return Visit(id=r.id, visitor_id=r.visitor_id, visited_id=r.visited_id, day=r.day, class_name=r.class_name,
                 purpose=r.purpose, notes=r.notes)


class SqlGrowthRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    # topics
    def topics(self) -> list[Topic]:
        return [_topic(r) for r in self.s.scalars(select(TopicRow).order_by(TopicRow.id))]

    def topic(self, topic_id: int) -> Topic | None:
        row = self.s.get(TopicRow, topic_id)
        return _topic(row) if row else None

    def save_topic(self, t: Topic) -> int:
        row = (self.s.get(TopicRow, t.id) if t.id else None) or TopicRow()
        row.teacher_id, row.title, row.start_year, row.years = t.teacher_id, t.title.strip(), t.start_year, t.years
        row.theme_link, row.goal, row.tasks = t.theme_link.strip(), t.goal.strip(), t.tasks.strip()
        row.stages = [{"kind": s.kind.value, "start": s.start.isoformat() if s.start else None,
                       "end": s.end.isoformat() if s.end else None} for s in t.stages]
        row.result_forms = list(t.result_forms)
        row.shown = [{"year_id": s.year_id, "day": s.day.isoformat(), "what": s.what} for s in t.shown]
        self.s.add(row)
        self.s.flush()
        return row.id

    def delete_topic(self, topic_id: int) -> None:
        row = self.s.get(TopicRow, topic_id)
        if row is not None:
            self.s.delete(row)

    # open lessons
    def lessons(self, first: date, last: date) -> list[OpenLesson]:
        rows = self.s.scalars(select(OpenLessonRow).where(OpenLessonRow.day.between(first, last))
                              .order_by(OpenLessonRow.day, OpenLessonRow.id))
        return [_lesson(r) for r in rows]

    def lesson(self, lesson_id: int) -> OpenLesson | None:
        row = self.s.get(OpenLessonRow, lesson_id)
        return _lesson(row) if row else None

    def save_lesson(self, x: OpenLesson) -> int:
        row = (self.s.get(OpenLessonRow, x.id) if x.id else None) or OpenLessonRow()
        row.teacher_id, row.day, row.class_name, row.subject_id = x.teacher_id, x.day, x.class_name.strip(), x.subject_id
        row.topic, row.form, row.association_id = x.topic.strip(), x.form.value, x.association_id
        row.observers, row.guests, row.evaluation = list(x.observer_ids), list(x.guests), x.evaluation.strip()
        self.s.add(row)
        self.s.flush()
        return row.id

    def delete_lesson(self, lesson_id: int) -> None:
        row = self.s.get(OpenLessonRow, lesson_id)
        if row is not None:
            self.s.delete(row)

    # visits
    def visits(self, first: date, last: date) -> list[Visit]:
        rows = self.s.scalars(select(VisitRow).where(VisitRow.day.between(first, last))
                              .order_by(VisitRow.day, VisitRow.id))
        return [_visit(r) for r in rows]

    def save_visit(self, v: Visit) -> int:
        row = (self.s.get(VisitRow, v.id) if v.id else None) or VisitRow()
        row.visitor_id, row.visited_id, row.day = v.visitor_id, v.visited_id, v.day
        row.class_name, row.purpose, row.notes = v.class_name.strip(), v.purpose.strip(), v.notes.strip()
        self.s.add(row)
        self.s.flush()
        return row.id

    def delete_visit(self, visit_id: int) -> None:
        row = self.s.get(VisitRow, visit_id)
        if row is not None:
            self.s.delete(row)
