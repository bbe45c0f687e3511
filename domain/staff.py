"""Teachers, subjects and their cycles, courses and attestation: records and rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from domain.errors import DomainError, ValidationErrors


class Category(StrEnum):
    """Qualification category given by attestation (none, II, I, highest)."""

    NONE = "none"
    SECOND = "II"
    FIRST = "I"
    HIGHEST = "highest"


CATEGORY_ORDER = [Category.NONE, Category.SECOND, Category.FIRST, Category.HIGHEST]


class Cycle(StrEnum):
    """Areas that group cognate subjects (a cycle commission is formed over one)."""

    LANGUAGES = "languages"
    MATH = "math"
    SCIENCE = "science"
    HISTORY = "history"
    ARTS = "arts"
    PRIMARY = "primary"
    OTHER = "other"


@dataclass
class Subject:
    name_ky: str
    name_ru: str
    cycle: Cycle
    hidden: bool = False
    id: int | None = None

    def name(self, lang: str) -> str:
        return self.name_ru if lang == "ru" else self.name_ky


@dataclass
class Course:
    title: str
    provider: str = ""
    hours: int | None = None
    start: date | None = None
    end: date | None = None
    certificate: str = ""
    id: int | None = None

    @property
    def when(self) -> date | None:
        """The date that counts for 'last course': its end, else its start."""
        return self.end or self.start


@dataclass
class Attestation:
    day: date
    category: Category
    note: str = ""
    id: int | None = None


@dataclass
class Teacher:
    surname: str
    name: str
    patronymic: str = ""
    birth_date: date | None = None
    education: str = ""
    speciality: str = ""
    main_subject_id: int | None = None
    other_subject_ids: list[int] = field(default_factory=list)
    category: Category = Category.NONE
    category_date: date | None = None
    experience_start: date | None = None
    honours: str = ""
    class_leadership: str = ""
    phone: str = ""
    email: str = ""
    part_time: bool = False
    hired: date | None = None
    left: date | None = None
    courses: list[Course] = field(default_factory=list)
    attestations: list[Attestation] = field(default_factory=list)
    id: int | None = None

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)

    @property
    def short_name(self) -> str:
        """Surname and initials, as in signatures: Асанова А.Б."""
        initials = "".join(f"{p[0]}." for p in (self.name, self.patronymic.split()[0] if self.patronymic else "") if p)
        return f"{self.surname} {initials}".strip()

    @property
    def archived(self) -> bool:
        return self.left is not None

    @property
    def subject_ids(self) -> list[int]:
        ids = [self.main_subject_id] if self.main_subject_id is not None else []
        return ids + [s for s in self.other_subject_ids if s not in ids]

    def experience_years(self, on: date) -> int | None:
        """Whole years of pedagogical experience on a given date."""
        if self.experience_start is None:
            return None
        s = self.experience_start
        years = on.year - s.year - ((on.month, on.day) < (s.month, s.day))
        return max(years, 0)

    def last_course(self) -> Course | None:
        dated = [c for c in self.courses if c.when is not None]
        return max(dated, key=lambda c: c.when) if dated else None  # type: ignore[arg-type,return-value]

    def course_due(self, on: date, period_years: int) -> bool:
        """No course in the last ``period_years`` years (a setting, 5 by default)."""
        last = self.last_course()
        if last is None or last.when is None:
            return True
        try:
            limit = last.when.replace(year=last.when.year + period_years)
        except ValueError:  # 29 February
            limit = last.when.replace(year=last.when.year + period_years, day=28)
        return limit <= on


EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalize_name(text: str) -> str:
    """For duplicate detection: case, ё/е and extra spaces do not matter."""
    return " ".join(text.replace("ё", "е").replace("Ё", "Е").split()).casefold()


def validate_teacher(t: Teacher) -> None:
    errors: list[DomainError] = []
    if not t.surname.strip():
        errors.append(DomainError("required", field="surname"))
    if not t.name.strip():
        errors.append(DomainError("required", field="name"))
    if t.main_subject_id is None and t.other_subject_ids:
        errors.append(DomainError("main_subject_required", field="main_subject"))
    if t.email.strip() and not EMAIL.match(t.email.strip()):
        errors.append(DomainError("bad_email", field="email", value=t.email))
    if t.birth_date and t.experience_start and t.experience_start < t.birth_date:
        errors.append(DomainError("experience_before_birth", field="experience_start"))
    if t.hired and t.left and t.left < t.hired:
        errors.append(DomainError("left_before_hired", field="left"))
    if t.category != Category.NONE and t.category_date is None:
        pass  # the date is often unknown when a staff list is imported: allowed
    for i, c in enumerate(t.courses):
        if not c.title.strip():
            errors.append(DomainError("required", field=f"course{i}.title"))
        if c.hours is not None and not 0 < c.hours <= 2000:
            errors.append(DomainError("bad_hours", field=f"course{i}.hours", value=c.hours))
        if c.start and c.end and c.end < c.start:
            errors.append(DomainError("end_before_start", field=f"course{i}.end"))
    if errors:
        raise ValidationErrors(errors)
