"""The regulations (Жобо / Положение): on the methodical work of the school and on the methodical
association, filled from the data. The wording lives in the templates (the project's own words,
following the structure of the school's regulations, seeds 001 and 002)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from domain.associations import Association, Council
from domain.model import School
from domain.staff import Teacher

KINDS = ("methodical-work", "association")
REVIEW_DATE = "regulation_review_date"  # the pedagogical council reviewed it
APPROVAL_DATE = "regulation_approval_date"  # the director approved it


@dataclass
class RegulationAssociation:
    number: int
    name: str
    head: str


@dataclass
class RegulationContent:
    lang: str
    kind: str
    school_name: str
    school_short: str  # "№95 мектеп-гимназиясы" / "школа-гимназия №95"
    director: str
    deputy: str
    review_day: str  # «09» ноябрь 2022-ж. / «09» ноября 2022 г.
    approval_day: str
    year_label: str
    theme: str
    min_teachers: int = 3
    course_years: int = 5
    associations: list[RegulationAssociation] = field(default_factory=list)
    council_chair: str = ""
    council_members: list[str] = field(default_factory=list)

    @property
    def council_members_text(self) -> str:
        return ", ".join(self.council_members)


MONTHS_KY = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
             "ноябрь", "декабрь"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]


def long_date(day: date | None, lang: str) -> str:
    """«09» ноябрь 2022-ж. in Kyrgyz, «09» ноября 2022 г. in Russian; blanks to fill by hand when unknown."""
    if day is None:
        return "«___» ____________ 20___-ж." if lang == "ky" else "«___» ____________ 20___ г."
    if lang == "ru":
        return f"«{day.day:02d}» {MONTHS_RU[day.month - 1]} {day.year} г."
    return f"{day.year}-ж. «{day.day:02d}» {MONTHS_KY[day.month - 1]}"


def build_regulation(lang: str, kind: str, school: School, year_label: str, theme: str, review: date | None,
                     approval: date | None, associations: list[Association], council: Council | None,
                     teachers: list[Teacher], course_years: int) -> RegulationContent:
    names = {t.id: t.full_name for t in teachers}
    ru = lang == "ru"
    number = school.number or "___"
    content = RegulationContent(
        lang=lang, kind=kind, school_name=school.name_ru if ru else school.name_ky,
        school_short=f"школа-гимназия №{number}" if ru else f"№{number} мектеп-гимназиясы",
        director=school.director, deputy=school.deputy, review_day=long_date(review, lang),
        approval_day=long_date(approval, lang), year_label=year_label, theme=theme, course_years=course_years,
    )
    for i, a in enumerate(associations, start=1):
        content.associations.append(RegulationAssociation(i, a.name(lang), names.get(a.head_id, "—")))
    if council is not None:
        content.council_chair = council.chair
        content.council_members = [names[m] for m in council.member_ids if m in names]
    return content
