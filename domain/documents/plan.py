"""The unified plan (or an association's work plan) as plain data for Word and Excel."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from domain.model import AcademicYear, School
from domain.plan import ROLES, Amendment, ItemStatus, PlanApproval, PlanItem, PlanState
from domain.staff import Teacher

MARKS = {
    "ky": {ItemStatus.DONE: "Аткарылды", ItemStatus.MOVED: "Жылдырылды", ItemStatus.CANCELLED: "Жокко чыгарылды"},
    "ru": {ItemStatus.DONE: "Выполнено", ItemStatus.MOVED: "Перенесено", ItemStatus.CANCELLED: "Отменено"},
}


def _fmt(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


@dataclass
class PlanRow:
    number: int
    event: str
    form: str
    deadline: str
    responsible: str
    mark: str
    status: str  # the ItemStatus value, for Excel filters


@dataclass
class PlanGroup:
    name: str
    items: list[PlanRow]


@dataclass
class ScheduleRow:
    number: int
    day: str
    topics: str


@dataclass
class AmendmentRow:
    when: str
    what: str
    why: str


@dataclass
class PlanContent:
    lang: str
    school_name: str
    year_label: str
    title_name: str  # "" for the unified plan, else the association's name
    reviewed: str  # "№ 1 протокол, 27.08.2026" or blanks to fill by hand
    agreed: str
    approved: str
    order_number: str
    deputy: str
    director: str
    groups: list[PlanGroup] = field(default_factory=list)
    schedule: list[ScheduleRow] = field(default_factory=list)
    amendments: list[AmendmentRow] = field(default_factory=list)
    unified: bool = True
    made: str = ""

    @property
    def rows(self) -> list[PlanRow]:
        return [r for g in self.groups for r in g.items]


def build_plan(lang: str, school: School, year: AcademicYear, items: list[PlanItem],
               directions: list[tuple[str, str, str]], approval: PlanApproval, review: tuple[int, date] | None,
               teachers: list[Teacher], association_name: str = "",
               schedule: list[tuple[int, date, list[str]]] | None = None,
               amendments: list[Amendment] | None = None, today: date | None = None) -> PlanContent:
    short = {t.id: t.short_name for t in teachers}
    blank = "____________"
    protocol = "протокол №" if lang == "ru" else "№"
    suffix = "" if lang == "ru" else " протокол"
    content = PlanContent(
        lang=lang, school_name=school.name_ru if lang == "ru" else school.name_ky, year_label=year.label,
        title_name=association_name,
        reviewed=f"{protocol} {review[0]}{suffix}, {_fmt(review[1])}" if review and approval.state != PlanState.DRAFT
        else f"{protocol} ___{suffix}, «___» ________ 20___",
        agreed=_fmt(approval.agreed) or "«___» ________ 20___",
        approved=_fmt(approval.approved) if approval.state == PlanState.APPROVED else "«___» ________ 20___",
        order_number=approval.order_number or blank if approval.state == PlanState.APPROVED else blank,
        deputy=school.deputy, director=school.director, unified=not association_name,
        made=_fmt(today),
    )
    number = 0
    for key, ky, ru in directions:
        chosen = [i for i in items if i.direction == key]
        if not chosen:
            continue
        rows = []
        for item in chosen:
            number += 1
            roles = [ROLES[r][1 if lang == "ru" else 0] if r in ROLES else r for r in item.roles]
            people = [short.get(t, "") for t in item.responsible_ids]
            mark = MARKS[lang].get(item.status, "")
            if item.status == ItemStatus.DONE:
                mark = f"{mark} {_fmt(item.done_date)}".strip()
            elif item.note and item.status != ItemStatus.PLANNED:
                mark = f"{mark}: {item.note}"
            rows.append(PlanRow(number, item.event, item.form, item.deadline.text(lang),
                                ", ".join(p for p in roles + people if p), mark, item.status.value))
        content.groups.append(PlanGroup(ru if lang == "ru" else ky, rows))
    content.schedule = [ScheduleRow(n, _fmt(d), "; ".join(topics)) for n, d, topics in schedule or []]
    content.amendments = [AmendmentRow(a.when.strftime("%d.%m.%Y"), a.what, a.why) for a in amendments or []]
    return content
