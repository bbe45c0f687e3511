"""Topics spanning years, the visits matrix, and the rules of lessons and visits."""

from __future__ import annotations

from datetime import date

import pytest

from domain.errors import DomainError
from domain.growth import (
    OpenLesson,
    Topic,
    Visit,
    carry_over,
    check_lesson,
    check_topic,
    check_visit,
    visit_matrix,
)


def test_a_topic_spans_years_and_is_carried_over() -> None:
    topic = Topic(teacher_id=1, title="Критерийлик баалоо", start_year=2025, years=2)
    assert [topic.active_in(y) for y in (2024, 2025, 2026, 2027)] == [False, True, True, False]
    assert topic.last_year == 2026
    carry_over(topic)
    assert topic.years == 3 and topic.active_in(2027) and topic.last_year == 2027
    topic.years = 5
    with pytest.raises(DomainError):
        carry_over(topic)


def test_topic_rules() -> None:
    with pytest.raises(DomainError) as info:
        check_topic(Topic(1, " ", 2026))
    assert info.value.field == "title"
    with pytest.raises(DomainError):
        check_topic(Topic(1, "Тема", 2026, years=0))
    with pytest.raises(DomainError):
        check_topic(Topic(1, "Тема", 2026, result_forms=["dance"]))


def test_the_matrix_counts_visits_and_names_who_is_left_out() -> None:
    visits = [Visit(1, 2, date(2026, 10, 1)), Visit(1, 2, date(2026, 10, 8)), Visit(3, 1, date(2026, 10, 2)),
              Visit(2, 3, date(2026, 10, 3))]
    m = visit_matrix(visits, [1, 2, 3, 4])
    assert m.count(1, 2) == 2 and m.count(2, 1) == 0
    assert (m.made(1), m.received(2), m.received(1)) == (2, 2, 1)
    assert m.never_visited == [4]
    assert m.visited_nobody == [4]


def test_a_teacher_does_not_visit_or_observe_herself() -> None:
    with pytest.raises(DomainError):
        check_visit(Visit(1, 1, date(2026, 10, 1)))
    with pytest.raises(DomainError):
        check_lesson(OpenLesson(1, date(2026, 10, 1), topic="Сабак", observer_ids=[2, 1]))
