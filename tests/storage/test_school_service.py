"""The school service over a real SQLite file."""

from __future__ import annotations

from datetime import date

import pytest

from domain.errors import DomainError, NotFound, ValidationErrors
from domain.model import School, Term
from domain.services.container import build_services
from domain.years import typical_year


def test_new_database_starts_with_the_year_containing_today(services) -> None:
    services.school.ensure_initial_year()
    year = services.school.current_year()
    assert year.label == "2026–2027"
    assert year.term_of(date(2026, 11, 23)).number == 2


def test_in_summer_the_new_database_starts_with_the_coming_year(db) -> None:
    services = build_services(db.uow, lambda: date(2027, 7, 1))
    services.school.ensure_initial_year()
    assert services.school.current_year().label == "2027–2028"


def test_school_details_round_trip(services) -> None:
    school = School(name_ky="№95 мектеп-гимназиясы", name_ru="Школа-гимназия №95", number="95", director="Асанова А.")
    services.school.save_school(school)
    assert services.school.school() == school
    assert not services.school.is_empty()


def test_school_without_a_name_is_refused(services) -> None:
    with pytest.raises(DomainError) as info:
        services.school.save_school(School(number="95"))
    assert info.value.kind == "school_name_required"


def test_year_with_edited_terms_round_trips(services) -> None:
    services.school.ensure_initial_year()
    year = services.school.current_year()
    year.terms[1] = Term(2, date(2026, 11, 9), date(2026, 12, 27))
    year.theme_ky = "Тема"
    services.school.save_year(year)
    again = services.school.year(year.id)
    assert again.terms[1] == Term(2, date(2026, 11, 9), date(2026, 12, 27))
    assert again.theme_ky == "Тема"


def test_invalid_year_is_not_written(services) -> None:
    services.school.ensure_initial_year()
    year = services.school.current_year()
    year.terms[0] = Term(1, date(2026, 8, 1), date(2026, 11, 2))
    with pytest.raises(ValidationErrors):
        services.school.save_year(year)
    assert services.school.year(year.id).terms[0].start == date(2026, 9, 1)


def test_duplicate_or_overlapping_years_are_refused(services) -> None:
    services.school.ensure_initial_year()
    with pytest.raises(DomainError) as info:
        services.school.save_year(typical_year(2026))
    assert info.value.kind == "year_exists"


def test_next_year_and_current_year(services) -> None:
    services.school.ensure_initial_year()
    proposed = services.school.proposed_next_year()
    assert proposed.label == "2027–2028"
    year_id, _ = services.school.save_year(proposed)
    services.school.set_current_year(year_id)
    assert services.school.current_year().label == "2027–2028"
    assert services.school.year_by_label("2027-2028").id == year_id
    with pytest.raises(NotFound):
        services.school.year_by_label("2030-2031")


def test_language_setting(services) -> None:
    assert services.school.language() == "ky"
    services.school.set_language("ru")
    assert services.school.language() == "ru"
    with pytest.raises(DomainError):
        services.school.set_language("en")
