"""Plain records of the school's world, handed between layers (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class School:
    name_ky: str = ""
    name_ru: str = ""
    number: str = ""
    address: str = ""
    director: str = ""
    deputy: str = ""
    district_office: str = ""

    @property
    def is_filled(self) -> bool:
        return bool(self.name_ky.strip() or self.name_ru.strip())


@dataclass
class Term:
    number: int
    start: date
    end: date

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass
class AcademicYear:
    label: str
    start: date
    end: date
    terms: list[Term] = field(default_factory=list)
    theme_ky: str = ""
    theme_ru: str = ""
    id: int | None = None

    def term_of(self, day: date) -> Term | None:
        """The term a date belongs to; ``None`` in the holidays or outside the year."""
        for term in self.terms:
            if term.contains(day):
                return term
        return None

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end
