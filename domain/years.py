"""Academic years and terms: labels, typical dates, and the rules a year must obey."""

from __future__ import annotations

import re
from datetime import date

from domain.errors import DomainError, ValidationErrors
from domain.model import AcademicYear, Term

TERMS_PER_YEAR = 4
DASH = "\u2013"  # en dash, as in 2025–2026
_LABEL = re.compile(r"^\s*(\d{4})\s*[-\u2013\u2014/]\s*(\d{4})\s*$")


def label_for(start_year: int) -> str:
    return f"{start_year}{DASH}{start_year + 1}"


def parse_label(text: str) -> int:
    """The first calendar year of a label: '2025-2026' and '2025–2026' both give 2025."""
    m = _LABEL.match(text or "")
    if not m or int(m.group(2)) != int(m.group(1)) + 1:
        raise DomainError("bad_year_label", field="label", label=text)
    return int(m.group(1))


def normalize_label(text: str) -> str:
    return label_for(parse_label(text))


def start_year_for(today: date) -> int:
    """The year a new database starts with: the one containing today, or in summer the coming one."""
    return today.year if today.month >= 6 else today.year - 1


def typical_year(start_year: int) -> AcademicYear:
    """Typical dates the deputy then edits: the ministry sets the real ones every year."""
    y, n = start_year, start_year + 1
    terms = [
        Term(1, date(y, 9, 1), date(y, 11, 2)),
        Term(2, date(y, 11, 10), date(y, 12, 28)),
        Term(3, date(n, 1, 12), date(n, 3, 18)),
        Term(4, date(n, 4, 1), date(n, 5, 29)),
    ]
    return AcademicYear(label=label_for(y), start=date(y, 9, 1), end=date(n, 5, 31), terms=terms)


def validate_year(year: AcademicYear) -> None:
    """Raise ValidationErrors listing every broken rule, each naming the field to fix."""
    errors: list[DomainError] = []
    try:
        first = parse_label(year.label)
    except DomainError as e:
        errors.append(e)
        first = None
    if year.end <= year.start:
        errors.append(DomainError("year_end_before_start", field="end", start=year.start, end=year.end))
    elif first is not None and year.start.year != first:
        errors.append(DomainError("year_start_not_in_label", field="start", label=year.label, start=year.start))
    if len(year.terms) != TERMS_PER_YEAR:
        errors.append(DomainError("term_count", field="terms", count=len(year.terms), expected=TERMS_PER_YEAR))
    previous: Term | None = None
    for i, term in enumerate(year.terms, start=1):
        if term.number != i:
            errors.append(DomainError("term_number", field=f"term{i}.number", number=term.number, expected=i))
        if term.end < term.start:
            errors.append(DomainError("term_end_before_start", field=f"term{i}.end", term=i, start=term.start, end=term.end))
            previous = term
            continue
        if term.start < year.start or term.end > year.end:
            errors.append(DomainError("term_outside_year", field=f"term{i}.start" if term.start < year.start else f"term{i}.end",
                                      term=i, year_start=year.start, year_end=year.end))
        if previous is not None and term.start <= previous.end:
            errors.append(DomainError("terms_overlap", field=f"term{i}.start", term=i, previous=i - 1,
                                      start=term.start, previous_end=previous.end))
        previous = term
    if errors:
        raise ValidationErrors(errors)


def find_year(years: list[AcademicYear], day: date) -> AcademicYear | None:
    for year in years:
        if year.contains(day):
            return year
    return None
