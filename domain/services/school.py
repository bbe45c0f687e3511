"""The school's details, its academic years with their terms, and which year is current."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from domain.changes import Changed
from domain.errors import DomainError, NotFound
from domain.model import AcademicYear, School
from domain.ports import UnitOfWork
from domain.years import (
    find_year,
    normalize_label,
    parse_label,
    start_year_for,
    typical_year,
    validate_year,
)

CURRENT_YEAR = "current_year_id"
LANGUAGE = "language"
LANGUAGES = ("ky", "ru")


class SchoolService:
    def __init__(self, uow: Callable[[], UnitOfWork], today: Callable[[], date] = date.today) -> None:
        self._uow = uow
        self._today = today

    # -- school ---------------------------------------------------------------
    def school(self) -> School:
        with self._uow() as uow:
            return uow.school.get()

    def save_school(self, school: School) -> Changed:
        if not school.is_filled:
            raise DomainError("school_name_required", field="name_ky")
        with self._uow() as uow:
            uow.school.save(school)
            uow.commit()
        return Changed(school=True)

    def is_empty(self) -> bool:
        """True on a new database: no school details entered yet."""
        return not self.school().is_filled

    # -- years ----------------------------------------------------------------
    def years(self) -> list[AcademicYear]:
        with self._uow() as uow:
            return sorted(uow.years.list(), key=lambda y: y.start)

    def year(self, year_id: int) -> AcademicYear:
        with self._uow() as uow:
            year = uow.years.get(year_id)
        if year is None:
            raise NotFound("year", year_id)
        return year

    def year_by_label(self, label: str) -> AcademicYear:
        wanted = normalize_label(label)
        for year in self.years():
            if year.label == wanted:
                return year
        raise NotFound("year", wanted)

    def current_year(self) -> AcademicYear | None:
        with self._uow() as uow:
            raw = uow.settings.get(CURRENT_YEAR)
            year = uow.years.get(int(raw)) if raw else None
            if year is None:
                years = uow.years.list()
                year = find_year(years, self._today()) or (max(years, key=lambda y: y.start) if years else None)
            return year

    def set_current_year(self, year_id: int) -> Changed:
        with self._uow() as uow:
            if uow.years.get(year_id) is None:
                raise NotFound("year", year_id)
            uow.settings.set(CURRENT_YEAR, str(year_id))
            uow.commit()
        return Changed(years=True)

    def ensure_initial_year(self) -> Changed:
        """A new database starts with the year containing today (or, in summer, the coming one)."""
        with self._uow() as uow:
            if uow.years.list():
                return Changed()
            year = typical_year(start_year_for(self._today()))
            year_id = uow.years.add(year)
            uow.settings.set(CURRENT_YEAR, str(year_id))
            uow.commit()
        return Changed(years=True)

    def proposed_next_year(self) -> AcademicYear:
        """Typical dates for the year after the latest one, not yet saved."""
        years = self.years()
        start = parse_label(years[-1].label) + 1 if years else start_year_for(self._today())
        return typical_year(start)

    def save_year(self, year: AcademicYear) -> tuple[int, Changed]:
        """Add (``id is None``) or update a year after checking every rule."""
        year = replace(year, label=year.label.strip())
        validate_year(year)
        year.label = normalize_label(year.label)
        with self._uow() as uow:
            for other in uow.years.list():
                if other.id == year.id:
                    continue
                if other.label == year.label:
                    raise DomainError("year_exists", field="label", label=year.label)
                if other.start <= year.end and year.start <= other.end:
                    raise DomainError("years_overlap", field="start", label=year.label, other=other.label)
            if year.id is None:
                year_id = uow.years.add(year)
            else:
                if uow.years.get(year.id) is None:
                    raise NotFound("year", year.id)
                uow.years.update(year)
                year_id = year.id
            uow.commit()
        return year_id, Changed(years=True)

    # -- settings -------------------------------------------------------------
    def setting(self, key: str, default: str = "") -> str:
        with self._uow() as uow:
            value = uow.settings.get(key)
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> Changed:
        with self._uow() as uow:
            uow.settings.set(key, value)
            uow.commit()
        return Changed(settings=True)

    def language(self) -> str:
        lang = self.setting(LANGUAGE, "ky")
        return lang if lang in LANGUAGES else "ky"

    def set_language(self, lang: str) -> Changed:
        if lang not in LANGUAGES:
            raise DomainError("bad_language", field="language", language=lang)
        return self.set_setting(LANGUAGE, lang)
