"""Meetings of the associations and councils: numbering, terms, attendance, decisions followed up.

A meeting's number is its place among its body's meetings of the year in date order; once its
protocol is final the number is fixed, and a change that would renumber it is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from domain.errors import DomainError
from domain.model import AcademicYear


class BodyKind(StrEnum):
    ASSOCIATION = "association"
    COUNCIL = "council"  # the methodical council
    PEDAGOGICAL = "pedagogical"  # the pedagogical council


@dataclass(frozen=True)
class Body:
    kind: BodyKind
    association_id: int | None = None

    @property
    def key(self) -> str:
        return f"{self.kind.value}:{self.association_id}" if self.association_id else self.kind.value

    @staticmethod
    def parse(key: str) -> Body:
        kind, _, rest = key.partition(":")
        return Body(BodyKind(kind), int(rest) if rest else None)


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"


class DecisionState(StrEnum):
    OPEN = "open"
    DONE = "done"
    NOT_DONE = "not_done"
    CARRIED = "carried"  # carried over to a later date


@dataclass
class Speech:
    speaker: str  # a teacher's name or a guest's
    gist: str
    teacher_id: int | None = None


@dataclass
class Decision:
    text: str
    responsible_ids: list[int] = field(default_factory=list)
    due: date | None = None
    state: DecisionState = DecisionState.OPEN
    id: int | None = None

    @property
    def tracked(self) -> bool:
        """A decision with someone responsible or a date is followed up at the next meeting."""
        return bool(self.responsible_ids) or self.due is not None


@dataclass
class AgendaItem:
    topic: str
    speakers: list[Speech] = field(default_factory=list)  # who reports (gist empty in the plan)
    heard: str = ""  # УГУЛДУ / СЛУШАЛИ: the report
    spoke: list[Speech] = field(default_factory=list)  # ЧЫГЫП СҮЙЛӨДҮ / ВЫСТУПИЛИ
    decisions: list[Decision] = field(default_factory=list)  # ТОКТОМ / ПОСТАНОВИЛИ
    id: int | None = None


@dataclass
class Presence:
    teacher_id: int
    present: bool = True
    reason: str = ""


@dataclass
class Meeting:
    year_id: int
    body: Body
    day: date
    time: str = ""
    place: str = ""
    status: MeetingStatus = MeetingStatus.PLANNED
    chair_id: int | None = None
    chair_name: str = ""  # when the chair is not on the staff list (the deputy, a guest)
    secretary_id: int | None = None
    agenda: list[AgendaItem] = field(default_factory=list)
    attendance: list[Presence] = field(default_factory=list)
    guests: list[str] = field(default_factory=list)
    final: bool = False
    fixed_number: int | None = None  # the number printed on a final protocol
    id: int | None = None

    @property
    def present_count(self) -> int:
        return sum(1 for p in self.attendance if p.present)

    @property
    def decisions(self) -> list[Decision]:
        return [d for item in self.agenda for d in item.decisions]


def order_key(m: Meeting) -> tuple[date, str, int]:
    return (m.day, m.time, m.id or 10**9)


def numbers(meetings: list[Meeting]) -> dict[int | None, int]:
    """Number of each meeting among one body's meetings of one year, in date order."""
    return {m.id: i for i, m in enumerate(sorted(meetings, key=order_key), start=1)}


def check_numbering(meetings: list[Meeting]) -> None:
    """Refuse a set of one body's meetings in which a final protocol would get another number."""
    for m, n in zip(sorted(meetings, key=order_key), range(1, len(meetings) + 1), strict=True):
        if m.final and m.fixed_number is not None and m.fixed_number != n:
            raise DomainError("would_renumber_final", number=m.fixed_number, new_number=n, day=m.day)


def meeting_window(year: AcademicYear) -> tuple[date, date]:
    """Meetings of a year may fall from 1 August (the opening meetings) to 31 July."""
    return date(year.start.year, 8, 1), date(year.start.year + 1, 7, 31)


def check_meeting(m: Meeting, year: AcademicYear, today: date) -> None:
    first, last = meeting_window(year)
    if not first <= m.day <= last:
        raise DomainError("meeting_outside_year", field="day", day=m.day, year=year.label)
    if m.status == MeetingStatus.HELD and m.day > today:
        raise DomainError("held_in_future", field="day", day=m.day)
    for i, item in enumerate(m.agenda):
        if not item.topic.strip():
            raise DomainError("required", field=f"agenda{i}.topic")
    if m.final and m.status != MeetingStatus.HELD:
        raise DomainError("final_not_held", field="final")


@dataclass
class Coverage:
    """One body's meetings per term: 'held', 'planned' or 'missing'."""

    body: Body
    name: str
    terms: dict[int, str]


def coverage_for(meetings: list[Meeting], year: AcademicYear) -> dict[int, str]:
    out = {t.number: "missing" for t in year.terms}
    for m in meetings:
        term = year.term_of(m.day)
        if term is None:
            continue
        if m.status == MeetingStatus.HELD:
            out[term.number] = "held"
        elif out[term.number] == "missing":
            out[term.number] = "planned"
    return out
