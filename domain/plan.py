"""The unified plan of methodical work and the associations' work plans (seed 002 §5.1).

Items carry a deadline (a date, a month, a term, or the whole year), responsible people and a
status. A plan goes draft → reviewed by the methodical council → approved by the director;
after approval every change of an item is recorded as an amendment (what, when, why).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from domain.errors import DomainError
from domain.model import AcademicYear

# The three groups of seed 002 §4; the school may add its own.
DIRECTIONS: dict[str, tuple[str, str]] = {
    "qualification": ("Педагогдордун квалификациясын жана чеберчилигин жогорулатуу",
                      "Повышение квалификации и мастерства педагогов"),
    "innovation": ("Инновациялык тажрыйбаны жалпылоо жана жайылтуу",
                   "Обобщение и распространение инновационного опыта"),
    "information": ("Маалыматтык-усулдук иш", "Информационно-методическая работа"),
}

# Forms of methodical work, prefilled from seed 002 §4 (editable by the school).
FORMS: list[tuple[str, str]] = [
    ("Семинар", "Семинар"), ("Семинар-практикум", "Семинар-практикум"), ("Ачык сабак", "Открытый урок"),
    ("Мастер-класс", "Мастер-класс"), ("Тегерек стол", "Круглый стол"), ("Конференция", "Конференция"),
    ("Консультация", "Консультация"), ("Насаатчылык", "Наставничество"), ("Конкурс", "Конкурс"),
    ("Чыгармачыл отчет", "Творческий отчёт"), ("Усулдук күн", "Методический день"),
    ("Курстук даярдоо", "Курсовая подготовка"), ("Тажрыйба алмашуу", "Обмен опытом"),
    ("Педагогикалык окуулар", "Педагогические чтения"), ("Фестиваль", "Фестиваль"),
    ("Отурум", "Заседание"), ("Диагностика", "Диагностика"), ("Басылма", "Публикация"),
]

ROLES: dict[str, tuple[str, str]] = {
    "deputy": ("Директордун орун басары", "Зам. директора по МР"),
    "heads": ("Усулдук бирикмелердин жетекчилери", "Руководители МО"),
    "teachers": ("Мугалимдер", "Учителя"),
    "council": ("Усулдук кеңеш", "Методический совет"),
    "librarian": ("Китепканачы", "Библиотекарь"),
}

MONTHS_KY = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
             "ноябрь", "декабрь"]
MONTHS_RU = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
             "ноябрь", "декабрь"]


class DeadlineKind(StrEnum):
    DATE = "date"
    MONTH = "month"
    TERM = "term"
    YEAR = "year"  # during the year


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind = DeadlineKind.YEAR
    day: date | None = None  # DATE: the day; MONTH: any day of the month
    term: int | None = None

    def due(self, year: AcademicYear) -> date:
        """The last day the deadline covers."""
        if self.kind == DeadlineKind.DATE and self.day:
            return self.day
        if self.kind == DeadlineKind.MONTH and self.day:
            return date(self.day.year, self.day.month, calendar.monthrange(self.day.year, self.day.month)[1])
        if self.kind == DeadlineKind.TERM and self.term:
            return year.terms[self.term - 1].end
        return year.end

    def text(self, lang: str) -> str:
        if self.kind == DeadlineKind.DATE and self.day:
            return self.day.strftime("%d.%m.%Y")
        if self.kind == DeadlineKind.MONTH and self.day:
            return (MONTHS_RU if lang == "ru" else MONTHS_KY)[self.day.month - 1]
        if self.kind == DeadlineKind.TERM and self.term:
            roman = ("I", "II", "III", "IV")[self.term - 1]
            return f"{roman} четверть" if lang == "ru" else f"{roman} чейрек"
        return "в течение года" if lang == "ru" else "жыл бою"

    @property
    def sort_key(self) -> tuple[int, date]:
        return (0, self.day) if self.day else (1, date.max)


class ItemStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    MOVED = "moved"
    CANCELLED = "cancelled"


@dataclass
class PlanItem:
    year_id: int
    event: str
    direction: str = "qualification"
    form: str = ""
    deadline: Deadline = field(default_factory=Deadline)
    responsible_ids: list[int] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # keys of ROLES or free text
    association_id: int | None = None  # None: the unified plan
    expected: str = ""
    status: ItemStatus = ItemStatus.PLANNED
    done_date: date | None = None
    note: str = ""  # done: a note; moved: the reason; cancelled: the reason
    id: int | None = None

    def overdue(self, year: AcademicYear, on: date) -> bool:
        """Past its deadline and not done or cancelled."""
        return self.status in (ItemStatus.PLANNED, ItemStatus.MOVED) and self.deadline.due(year) < on


class PlanState(StrEnum):
    DRAFT = "draft"
    REVIEWED = "reviewed"
    APPROVED = "approved"


@dataclass
class PlanApproval:
    """Where a plan stands. The unified plan: reviewed at a methodical council meeting, approved by
    the director. An association's plan: reviewed at its own meeting, agreed with the deputy,
    approved by the director."""

    year_id: int
    association_id: int | None = None
    state: PlanState = PlanState.DRAFT
    review_meeting_id: int | None = None
    agreed: date | None = None
    approved: date | None = None
    order_number: str = ""


@dataclass
class Amendment:
    year_id: int
    association_id: int | None
    item_id: int | None
    when: datetime
    what: str
    why: str
    id: int | None = None


def check_item(item: PlanItem, year: AcademicYear, directions: list[str]) -> None:
    if not item.event.strip():
        raise DomainError("required", field="event")
    if item.direction not in directions:
        raise DomainError("unknown_direction", field="direction", direction=item.direction)
    d = item.deadline
    if d.kind in (DeadlineKind.DATE, DeadlineKind.MONTH):
        if d.day is None:
            raise DomainError("required", field="deadline")
        if not date(year.start.year, 8, 1) <= d.day <= date(year.start.year + 1, 7, 31):
            raise DomainError("deadline_outside_year", field="deadline", day=d.day, year=year.label)
    if d.kind == DeadlineKind.TERM and d.term not in (1, 2, 3, 4):
        raise DomainError("required", field="deadline")
    if item.status == ItemStatus.DONE and item.done_date is None:
        raise DomainError("required", field="done_date")
    if item.status in (ItemStatus.MOVED, ItemStatus.CANCELLED) and not item.note.strip():
        raise DomainError("reason_required", field="note", status=item.status.value)


def describe_change(old: PlanItem | None, new: PlanItem | None, lang: str = "ky") -> str:
    """What changed, in a few words, for the amendment log."""
    if old is None and new is not None:
        return ("Добавлено: " if lang == "ru" else "Кошулду: ") + new.event
    if new is None and old is not None:
        return ("Удалено: " if lang == "ru" else "Өчүрүлдү: ") + old.event
    assert old is not None and new is not None
    parts = []
    labels = {"event": ("иш-чара", "мероприятие"), "deadline": ("мөөнөт", "срок"),
              "status": ("абал", "статус"), "responsible_ids": ("жооптуулар", "ответственные"),
              "roles": ("жооптуулар", "ответственные"), "form": ("формасы", "форма"),
              "direction": ("багыты", "направление"), "expected": ("күтүлгөн натыйжа", "ожидаемый результат")}
    for name, (ky, ru) in labels.items():
        if getattr(old, name) != getattr(new, name):
            label = ru if lang == "ru" else ky
            if label not in parts:
                parts.append(label)
    return f"{new.event}: " + ", ".join(parts) if parts else new.event


def completion(items: list[PlanItem]) -> tuple[int, int]:
    """(done, all) not counting cancelled items."""
    counted = [i for i in items if i.status != ItemStatus.CANCELLED]
    return sum(1 for i in counted if i.status == ItemStatus.DONE), len(counted)
