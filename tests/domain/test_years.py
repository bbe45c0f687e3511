"""Every rule of academic years and terms, refusing bad input."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from domain.errors import DomainError, ValidationErrors
from domain.model import Term
from domain.years import normalize_label, parse_label, start_year_for, typical_year, validate_year


def kinds(year) -> list[str]:
    with pytest.raises(ValidationErrors) as info:
        validate_year(year)
    return [e.kind for e in info.value.errors]


def test_typical_year_is_valid_and_has_four_terms_in_order() -> None:
    year = typical_year(2025)
    validate_year(year)
    assert year.label == "2025–2026"
    assert [t.number for t in year.terms] == [1, 2, 3, 4]
    assert year.terms[0].start == date(2025, 9, 1)
    assert year.terms[3].end == date(2026, 5, 29)


def test_overlapping_terms_are_refused() -> None:
    year = typical_year(2025)
    year.terms[1] = Term(2, date(2025, 10, 30), date(2025, 12, 28))
    with pytest.raises(ValidationErrors) as info:
        validate_year(year)
    (error,) = info.value.errors
    assert error.kind == "terms_overlap"
    assert error.field == "term2.start"
    assert error.fields["previous_end"] == date(2025, 11, 2)


def test_a_term_outside_its_year_is_refused() -> None:
    year = typical_year(2025)
    year.terms[3] = Term(4, date(2026, 4, 1), date(2026, 6, 15))
    assert kinds(year) == ["term_outside_year"]


def test_five_terms_are_refused() -> None:
    year = typical_year(2025)
    year.terms.append(Term(5, date(2026, 5, 30), date(2026, 5, 31)))
    assert "term_count" in kinds(year)


def test_three_terms_are_refused() -> None:
    year = typical_year(2025)
    year.terms.pop()
    assert kinds(year) == ["term_count"]


def test_year_ending_before_it_starts_is_refused() -> None:
    year = replace(typical_year(2025), end=date(2025, 8, 1))
    assert "year_end_before_start" in kinds(year)


def test_term_ending_before_it_starts_is_refused() -> None:
    year = typical_year(2025)
    year.terms[2] = Term(3, date(2026, 3, 18), date(2026, 1, 12))
    assert kinds(year) == ["term_end_before_start"]


def test_terms_out_of_order_are_refused() -> None:
    year = typical_year(2025)
    year.terms[1], year.terms[2] = Term(2, year.terms[2].start, year.terms[2].end), Term(3, year.terms[1].start, year.terms[1].end)
    assert "terms_overlap" in kinds(year)


def test_label_must_be_two_consecutive_years() -> None:
    assert kinds(replace(typical_year(2025), label="2025-2027")) == ["bad_year_label"]
    assert kinds(replace(typical_year(2025), label="2024-2025")) == ["year_start_not_in_label"]


def test_labels_accept_hyphen_and_en_dash() -> None:
    assert parse_label("2025-2026") == parse_label("2025–2026") == 2025
    assert normalize_label(" 2025 - 2026 ") == "2025–2026"
    with pytest.raises(DomainError):
        parse_label("2025")


def test_a_date_belongs_to_at_most_one_term_and_holidays_to_none() -> None:
    year = typical_year(2025)
    assert year.term_of(date(2025, 9, 15)).number == 1
    assert year.term_of(date(2025, 11, 5)) is None  # autumn holidays
    assert year.term_of(date(2026, 3, 25)) is None  # Нооруз holidays
    assert year.term_of(date(2026, 5, 29)).number == 4


def test_new_database_year_follows_today() -> None:
    assert start_year_for(date(2026, 11, 23)) == 2026
    assert start_year_for(date(2027, 3, 1)) == 2026
    assert start_year_for(date(2027, 7, 10)) == 2027  # summer: the coming year
