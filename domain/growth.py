"""Teachers' growth: self-development topics, open lessons and master classes, mutual visits.

Seed 002 §3.2.1 and §4; seed 004 §8.5–8.6. All of it optional for a teacher: the app helps, it
never demands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from domain.errors import DomainError


class StageKind(StrEnum):
    DIAGNOSTIC = "diagnostic"
    PRACTICAL = "practical"
    GENERALIZING = "generalizing"
    DISSEMINATION = "dissemination"


STAGE_NAMES = {
    StageKind.DIAGNOSTIC: ("Диагностикалык", "Диагностический"),
    StageKind.PRACTICAL: ("Практикалык", "Практический"),
    StageKind.GENERALIZING: ("Жалпылоочу", "Обобщающий"),
    StageKind.DISSEMINATION: ("Жайылтуу", "Распространение опыта"),
}

RESULT_FORMS = {
    "open_lesson": ("Ачык сабак", "Открытый урок"),
    "report": ("Бирикменин отурумунда баяндама", "Доклад на заседании МО"),
    "master_class": ("Мастер-класс", "Мастер-класс"),
    "publication": ("Басылма", "Публикация"),
}


@dataclass
class Stage:
    kind: StageKind
    start: date | None = None
    end: date | None = None


@dataclass
class Shown:
    """What the teacher showed of the topic in a year, and when."""

    year_id: int
    day: date
    what: str


@dataclass
class Topic:
    teacher_id: int
    title: str
    start_year: int  # the first calendar year of the academic year it starts in (2025 for 2025–2026)
    years: int = 1  # how many academic years it spans
    theme_link: str = ""  # how it serves the school's methodical theme
    goal: str = ""
    tasks: str = ""
    stages: list[Stage] = field(default_factory=list)
    result_forms: list[str] = field(default_factory=list)
    shown: list[Shown] = field(default_factory=list)
    id: int | None = None

    @property
    def last_year(self) -> int:
        return self.start_year + self.years - 1

    def active_in(self, start_year: int) -> bool:
        return self.start_year <= start_year <= self.last_year

    def shown_in(self, year_id: int) -> list[Shown]:
        return [s for s in self.shown if s.year_id == year_id]


def check_topic(t: Topic) -> None:
    if not t.title.strip():
        raise DomainError("required", field="title")
    if not 1 <= t.years <= 5:
        raise DomainError("bad_topic_years", field="years", value=t.years)
    for i, s in enumerate(t.stages):
        if s.start and s.end and s.end < s.start:
            raise DomainError("end_before_start", field=f"stage{i}.end")
    for f in t.result_forms:
        if f not in RESULT_FORMS:
            raise DomainError("unknown_result_form", field="result_forms", value=f)


def carry_over(t: Topic) -> Topic:
    """The topic goes on into one more year (often carried over several years)."""
    if t.years >= 5:
        raise DomainError("bad_topic_years", field="years", value=t.years + 1)
    t.years += 1
    return t


class LessonForm(StrEnum):
    OPEN_LESSON = "open_lesson"
    MASTER_CLASS = "master_class"


@dataclass
class OpenLesson:
    teacher_id: int
    day: date
    class_name: str = ""
    subject_id: int | None = None
    topic: str = ""
    form: LessonForm = LessonForm.OPEN_LESSON
    association_id: int | None = None
    observer_ids: list[int] = field(default_factory=list)
    guests: list[str] = field(default_factory=list)
    evaluation: str = ""
    id: int | None = None


def check_lesson(lesson: OpenLesson) -> None:
    if not lesson.topic.strip():
        raise DomainError("required", field="topic")
    if lesson.teacher_id in lesson.observer_ids:
        raise DomainError("observer_is_teacher", field="observers")


@dataclass
class Visit:
    visitor_id: int
    visited_id: int
    day: date
    class_name: str = ""
    purpose: str = ""
    notes: str = ""
    id: int | None = None


def check_visit(v: Visit) -> None:
    if v.visitor_id == v.visited_id:
        raise DomainError("visit_self", field="visited")


@dataclass
class VisitMatrix:
    teacher_ids: list[int]
    counts: dict[tuple[int, int], int]  # (visitor, visited) -> visits

    def count(self, visitor: int, visited: int) -> int:
        return self.counts.get((visitor, visited), 0)

    def made(self, visitor: int) -> int:
        return sum(n for (v, _), n in self.counts.items() if v == visitor)

    def received(self, visited: int) -> int:
        return sum(n for (_, w), n in self.counts.items() if w == visited)

    @property
    def never_visited(self) -> list[int]:
        return [t for t in self.teacher_ids if self.received(t) == 0]

    @property
    def visited_nobody(self) -> list[int]:
        return [t for t in self.teacher_ids if self.made(t) == 0]


def visit_matrix(visits: list[Visit], teacher_ids: list[int]) -> VisitMatrix:
    counts: dict[tuple[int, int], int] = {}
    for v in visits:
        counts[(v.visitor_id, v.visited_id)] = counts.get((v.visitor_id, v.visited_id), 0) + 1
    ids = list(teacher_ids) + sorted({i for pair in counts for i in pair} - set(teacher_ids))
    return VisitMatrix(ids, counts)
