"""Teachers' growth over a real SQLite file, with the sample school: topics, lessons, visits, coming due."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from domain.growth import OpenLesson, Topic, Visit
from domain.staff import Course
from storage.documents import DocumentMaker
from tests.storage.golden_docx import assert_golden

ON = date(2026, 11, 23)


def test_topic_carried_into_the_next_year_and_shown(demo_services) -> None:
    s = demo_services
    year = s.school.current_year()
    teacher = s.staff.teachers()[0]
    topic_id, _ = s.growth.save_topic(Topic(teacher.id, "Жаңы тема", 2026))
    next_id, _ = s.school.save_year(s.school.proposed_next_year())
    assert topic_id in {t.id for t in s.growth.topics(year.id)}
    assert topic_id not in {t.id for t in s.growth.topics(next_id)}
    s.growth.carry_topic(topic_id)
    assert topic_id in {t.id for t in s.growth.topics(next_id)}
    s.growth.record_shown(topic_id, next_id, date(2027, 10, 5), "Ачык сабак")
    assert [x.what for x in s.growth.topic(topic_id).shown_in(next_id)] == ["Ачык сабак"]


def test_what_is_due_on_a_given_date(demo_services) -> None:
    s = demo_services
    year = s.school.current_year()
    due = s.growth.coming_due(year.id, ON)
    courses = {d.teacher_id for d in due if d.kind == "course"}
    assert courses == {t.id for t in s.staff.due_for_courses(ON)}
    silent = {d.topic_id for d in due if d.kind == "topic_nothing_shown"}
    expected = {t.id for t in s.growth.topics(year.id) if t.last_year == 2026 and not t.shown_in(year.id)}
    assert silent == expected and silent
    teacher = s.staff.teacher(next(iter(courses)))
    teacher.courses.append(Course("Жаңы курс", "КАО", 72, date(2026, 10, 1), date(2026, 10, 20)))
    s.staff.save_teacher(teacher)
    assert teacher.id not in {d.teacher_id for d in s.growth.coming_due(year.id, ON) if d.kind == "course"}
    near_end = s.growth.coming_due(year.id, date(2027, 5, 1))
    assert {d.kind for d in near_end} >= {"head_year_ends"}


def test_visits_change_the_matrix(demo_services) -> None:
    s = demo_services
    year = s.school.current_year()
    m = s.growth.matrix(year.id)
    visited = m.never_visited[0]
    visitor = next(t for t in m.teacher_ids if t != visited)
    before = m.count(visitor, visited)
    s.growth.save_visit(Visit(visitor, visited, date(2026, 11, 20), "7-А", "Тажрыйба алмашуу"))
    after = s.growth.matrix(year.id)
    assert after.count(visitor, visited) == before + 1
    assert visited not in after.never_visited


def test_open_lessons_by_term_and_teacher(demo_services) -> None:
    s = demo_services
    year = s.school.current_year()
    lessons = s.growth.lessons(year.id)
    assert len(lessons) == len(s.growth.lessons(year.id, term=1)) > 5
    teacher = s.staff.teachers()[3]
    s.growth.save_lesson(OpenLesson(teacher.id, date(2026, 12, 10), "9-А", teacher.main_subject_id, "Сабак",
                                    observer_ids=[s.staff.teachers()[4].id]))
    assert len(s.growth.lessons(year.id, term=2)) == 1
    assert any(x.topic == "Сабак" for x in s.growth.lessons_of(teacher.id))


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_topics_list_golden_and_workbook(demo_services, tmp_path: Path, lang: str) -> None:
    s = demo_services
    year = s.school.current_year()
    out = DocumentMaker(s).topics(year.id, lang, tmp_path / f"topics_{lang}.docx")
    assert_golden(out, f"topics_{lang}")
    text = "\n".join(c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells)
    names = {t.id: t.full_name for t in s.staff.teachers()}
    for topic in s.growth.topics(year.id):
        assert names[topic.teacher_id] in text and topic.title in text
    xlsx = DocumentMaker(s).topics(year.id, lang, tmp_path / "topics.xlsx")
    rows = list(openpyxl.load_workbook(xlsx).active.iter_rows(values_only=True))
    assert sum(1 for r in rows if isinstance(r[0], int)) == len(s.growth.topics(year.id))


def test_lesson_schedule_of_a_term(demo_services, tmp_path: Path) -> None:
    s = demo_services
    year = s.school.current_year()
    out = DocumentMaker(s).lessons_schedule(year.id, 1, "ky", tmp_path / "lessons.docx")
    doc = Document(str(out))
    assert "I чейрегиндеги ачык сабактардын графиги" in "\n".join(p.text for p in doc.paragraphs)
    assert len(doc.tables[0].rows) == 1 + len(s.growth.lessons(year.id, term=1))
