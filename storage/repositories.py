"""Repositories: translate between table rows and the domain's plain records."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from sqlalchemy.orm import Session

from domain.model import AcademicYear, School, Term
from storage.reading import columns, grouped, rows
from storage.tables import SchoolRow, SettingRow, TermRow, YearRow

_SCHOOL_FIELDS = [f.name for f in fields(School)]


class SqlSchoolRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self) -> School:
        row = self.s.get(SchoolRow, 1)
        if row is None:
            return School()
        return School(**{name: getattr(row, name) or "" for name in _SCHOOL_FIELDS})

    def save(self, school: School) -> None:
        row = self.s.get(SchoolRow, 1) or SchoolRow(id=1)
        for name in _SCHOOL_FIELDS:
            setattr(row, name, getattr(school, name).strip())
        self.s.add(row)


def _year(row: Any, terms: list[Any]) -> AcademicYear:
    return AcademicYear(
        id=row.id, label=row.label, start=row.start, end=row.end,
        theme_ky=row.theme_ky or "", theme_ru=row.theme_ru or "",
        terms=[Term(t.number, t.start, t.end) for t in terms],
    )


class SqlYearRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def list(self) -> list[AcademicYear]:
        return self._read(None)

    def get(self, year_id: int) -> AcademicYear | None:
        found = self._read(year_id)
        return found[0] if found else None

    def _read(self, year_id: int | None) -> list[AcademicYear]:
        years, terms = columns(YearRow).order_by(YearRow.start, YearRow.id), columns(TermRow)
        if year_id is not None:
            years, terms = years.where(YearRow.id == year_id), terms.where(TermRow.year_id == year_id)
        by_year = grouped(rows(self.s, terms.order_by(TermRow.year_id, TermRow.number)), "year_id")
        return [_year(r, by_year.get(r.id, [])) for r in rows(self.s, years)]

    def add(self, year: AcademicYear) -> int:
        row = YearRow()
        self._fill(row, year)
        self.s.add(row)
        self.s.flush()
        return row.id

    def update(self, year: AcademicYear) -> None:
        row = self.s.get(YearRow, year.id)
        assert row is not None
        self._fill(row, year)
        self.s.flush()

    def _fill(self, row: YearRow, year: AcademicYear) -> None:
        row.label, row.start, row.end = year.label, year.start, year.end
        row.theme_ky, row.theme_ru = year.theme_ky, year.theme_ru
        existing = {t.number: t for t in row.terms}
        wanted = {t.number for t in year.terms}
        for number, t in list(existing.items()):
            if number not in wanted:
                row.terms.remove(t)
        for term in year.terms:
            t = existing.get(term.number)
            if t is None:
                row.terms.append(TermRow(number=term.number, start=term.start, end=term.end))
            else:
                t.start, t.end = term.start, term.end


class SqlSettingsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self, key: str) -> str | None:
        row = self.s.get(SettingRow, key)
        return row.value if row else None

    def set(self, key: str, value: str) -> None:
        row = self.s.get(SettingRow, key) or SettingRow(key=key)
        row.value = value
        self.s.add(row)
