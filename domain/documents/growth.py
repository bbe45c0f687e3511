"""The list of self-development topics by association, and the open-lesson schedule of a term."""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.associations import Association
from domain.growth import RESULT_FORMS, LessonForm, OpenLesson, Topic
from domain.model import AcademicYear, School
from domain.staff import Subject, Teacher
from domain.years import label_for


@dataclass
class TopicRow:
    number: int
    teacher: str
    title: str
    years: str
    forms: str
    shown: str


@dataclass
class TopicGroup:
    name: str
    rows: list[TopicRow]


@dataclass
class TopicsContent:
    lang: str
    school_name: str
    year_label: str
    theme: str
    groups: list[TopicGroup] = field(default_factory=list)

    @property
    def rows(self) -> list[TopicRow]:
        return [r for g in self.groups for r in g.rows]


@dataclass
class LessonRow:
    number: int
    day: str
    teacher: str
    class_name: str
    subject: str
    topic: str
    form: str


@dataclass
class LessonsContent:
    lang: str
    school_name: str
    year_label: str
    term: str
    rows: list[LessonRow] = field(default_factory=list)
    deputy: str = ""


def _span(t: Topic) -> str:
    return label_for(t.start_year) if t.years == 1 else f"{t.start_year}\u2013{t.start_year + t.years}"


def build_topics(lang: str, school: School, year: AcademicYear, topics: list[Topic], teachers: list[Teacher],
                 associations: list[Association]) -> TopicsContent:
    ru = lang == "ru"
    names = {t.id: t.full_name for t in teachers}
    content = TopicsContent(lang, school.name_ru if ru else school.name_ky, year.label,
                            year.theme_ru if ru else year.theme_ky)
    placed: set[int] = set()
    number = 0
    groups = [(a.name(lang), set(a.member_ids)) for a in associations if a.kind.value != "class_leaders"]
    groups.append(("Другие учителя" if ru else "Башка мугалимдер", None))
    for name, members in groups:
        rows = []
        for t in sorted(topics, key=lambda t: names.get(t.teacher_id, "")):
            if t.id in placed or (members is not None and t.teacher_id not in members):
                continue
            placed.add(t.id)  # type: ignore[arg-type]
            number += 1
            shown = "; ".join(f"{s.day.strftime('%d.%m.%Y')} {s.what}" for s in t.shown_in(year.id or 0))
            rows.append(TopicRow(number, names.get(t.teacher_id, ""), t.title, _span(t),
                                 ", ".join(RESULT_FORMS[f][1 if ru else 0] for f in t.result_forms), shown))
        if rows:
            content.groups.append(TopicGroup(name, rows))
    return content


def build_lessons(lang: str, school: School, year: AcademicYear, term: int | None, lessons: list[OpenLesson],
                  teachers: list[Teacher], subjects: list[Subject]) -> LessonsContent:
    ru = lang == "ru"
    names = {t.id: t.full_name for t in teachers}
    subject_names = {s.id: s.name(lang) for s in subjects}
    forms = {LessonForm.OPEN_LESSON: ("Ачык сабак", "Открытый урок"), LessonForm.MASTER_CLASS: ("Мастер-класс",
                                                                                                 "Мастер-класс")}
    term_text = ("I", "II", "III", "IV")[term - 1] if term else ""
    content = LessonsContent(lang, school.name_ru if ru else school.name_ky, year.label, term_text,
                             deputy=school.deputy)
    for i, x in enumerate(sorted(lessons, key=lambda x: x.day), start=1):
        content.rows.append(LessonRow(i, x.day.strftime("%d.%m.%Y"), names.get(x.teacher_id, ""), x.class_name,
                                      subject_names.get(x.subject_id, ""), x.topic, forms[x.form][1 if ru else 0]))
    return content
