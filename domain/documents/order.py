"""The director's order approving the methodical associations of a year, their heads and members."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from domain.associations import Association, Council
from domain.model import AcademicYear, School
from domain.staff import Teacher


@dataclass
class OrderItem:
    number: int
    name: str
    head: str
    secretary: str
    members: list[str]

    @property
    def members_text(self) -> str:
        return ", ".join(self.members)


@dataclass
class OrderContent:
    lang: str
    school_name: str
    address: str
    year_label: str
    number: str
    day: str
    director: str
    deputy: str
    items: list[OrderItem] = field(default_factory=list)
    council_chair: str = ""
    council_secretary: str = ""
    council_members: list[str] = field(default_factory=list)

    @property
    def council_members_text(self) -> str:
        return ", ".join(self.council_members)


def build_order(lang: str, school: School, year: AcademicYear, associations: list[Association],
                council: Council | None, teachers: list[Teacher]) -> OrderContent:
    names = {t.id: t.full_name for t in teachers}
    first = next((a for a in associations if a.order_number or a.order_date), None)
    order_day: date | None = first.order_date if first else None
    content = OrderContent(
        lang=lang,
        school_name=school.name_ru if lang == "ru" else school.name_ky,
        address=school.address,
        year_label=year.label,
        number=first.order_number if first and first.order_number else "____",
        day=order_day.strftime("%d.%m.%Y") if order_day else "«___» ____________ 20___",
        director=school.director,
        deputy=school.deputy,
    )
    for i, a in enumerate(associations, start=1):
        members = [names[m] for m in a.member_ids if m in names and m not in (a.head_id,)]
        content.items.append(OrderItem(
            number=i, name=a.name(lang), head=names.get(a.head_id, "—") if a.head_id else "—",
            secretary=names.get(a.secretary_id, "") if a.secretary_id else "", members=members))
    if council is not None:
        content.council_chair = council.chair
        content.council_secretary = names.get(council.secretary_id, "") if council.secretary_id else ""
        content.council_members = [names[m] for m in council.member_ids if m in names]
    return content
