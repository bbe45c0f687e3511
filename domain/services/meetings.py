"""Meetings of a year: planning, the record, attendance, decisions followed up, term coverage."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from domain.changes import Changed
from domain.errors import DomainError, NotFound
from domain.meetings import (
    AgendaItem,
    Body,
    BodyKind,
    Coverage,
    Decision,
    DecisionState,
    Meeting,
    Presence,
    check_meeting,
    check_numbering,
    coverage_for,
    numbers,
)
from domain.ports import UnitOfWork
from domain.staff import normalize_name

COUNCIL_NAMES = ("Усулдук кеңеш", "Методический совет")
PEDAGOGICAL_NAMES = ("Педагогикалык кеңеш", "Педагогический совет")
CHECK_TOPIC = {
    "ky": "Мурунку отурумдун чечимдеринин аткарылышы жөнүндө",
    "ru": "О выполнении решений предыдущего заседания",
}


@dataclass
class BodyInfo:
    body: Body
    name_ky: str
    name_ru: str
    member_ids: list[int]
    head_id: int | None
    secretary_id: int | None
    chair_name: str = ""

    def name(self, lang: str) -> str:
        return self.name_ru if lang == "ru" else self.name_ky


@dataclass
class Numbered:
    meeting: Meeting
    number: int
    term: int | None


@dataclass
class TrackedDecision:
    meeting_id: int
    number: int
    day: date
    decision: Decision


class MeetingService:
    def __init__(self, uow: Callable[[], UnitOfWork], today: Callable[[], date] = date.today) -> None:
        self._uow = uow
        self._today = today

    # -- bodies ---------------------------------------------------------------
    def bodies(self, year_id: int) -> list[BodyInfo]:
        with self._uow() as uow:
            out = [BodyInfo(Body(BodyKind.ASSOCIATION, a.id), a.name_ky, a.name_ru, list(a.member_ids),
                            a.head_id, a.secretary_id) for a in uow.associations.list(year_id)]
            council = uow.councils.get(year_id)
            deputy = uow.school.get().deputy
            heads = [b.head_id for b in out if b.head_id is not None]
            members = council.member_ids if council else heads
            out.append(BodyInfo(Body(BodyKind.COUNCIL), *COUNCIL_NAMES, list(members), None,
                                council.secretary_id if council else None, council.chair if council else deputy))
            staff = uow.teachers.active_ids()
            out.append(BodyInfo(Body(BodyKind.PEDAGOGICAL), *PEDAGOGICAL_NAMES, staff, None, None,
                                uow.school.get().director))
        return out

    def body_info(self, year_id: int, body: Body) -> BodyInfo:
        for info in self.bodies(year_id):
            if info.body == body:
                return info
        raise NotFound("body", body.key)

    def find_body(self, year_id: int, name: str) -> BodyInfo:
        """By name in either language (whole or a unique part), by id, or 'council' / 'pedagogical'."""
        wanted = normalize_name(name)
        bodies = self.bodies(year_id)
        for info in bodies:
            if wanted in (normalize_name(info.name_ky), normalize_name(info.name_ru), info.body.key,
                          str(info.body.association_id)) or wanted == info.body.kind.value:
                return info
        partial = [i for i in bodies if wanted and (wanted in normalize_name(i.name_ky)
                                                    or wanted in normalize_name(i.name_ru))]
        if len(partial) == 1:
            return partial[0]
        raise DomainError("unknown_body", name=name, count=len(partial))

    # -- meetings -------------------------------------------------------------
    def meetings(self, year_id: int, body: Body | None = None) -> list[Numbered]:
        with self._uow() as uow:
            year = uow.years.get(year_id)
            if year is None:
                raise NotFound("year", year_id)
            all_meetings = uow.meetings.list(year_id)
        out = []
        by_body: dict[Body, list[Meeting]] = {}
        for m in all_meetings:
            by_body.setdefault(m.body, []).append(m)
        for group in by_body.values():
            nums = numbers(group)
            for m in group:
                if body is None or m.body == body:
                    term = year.term_of(m.day)
                    out.append(Numbered(m, m.fixed_number if m.final and m.fixed_number else nums[m.id],
                                        term.number if term else None))
        return sorted(out, key=lambda n: (n.meeting.day, n.meeting.time, n.meeting.id or 0))

    def meeting(self, meeting_id: int) -> Meeting:
        with self._uow() as uow:
            m = uow.meetings.get(meeting_id)
        if m is None:
            raise NotFound("meeting", meeting_id)
        return m

    def numbered(self, meeting_id: int) -> Numbered:
        m = self.meeting(meeting_id)
        return next(n for n in self.meetings(m.year_id, m.body) if n.meeting.id == meeting_id)

    def by_number(self, year_id: int, body: Body, number: int) -> Numbered:
        for n in self.meetings(year_id, body):
            if n.number == number:
                return n
        raise DomainError("no_meeting_number", number=number)

    def draft(self, year_id: int, body: Body, day: date, lang: str = "ky") -> Meeting:
        """A new meeting with its defaults: chair and secretary, every member present, and the check
        of the previous meeting's tracked decisions as the first item."""
        info = self.body_info(year_id, body)
        m = Meeting(year_id=year_id, body=body, day=day, chair_id=info.head_id, chair_name=info.chair_name,
                    secretary_id=info.secretary_id, attendance=[Presence(t) for t in info.member_ids])
        if self.open_decisions(year_id, body, day):
            m.agenda.append(AgendaItem(topic=CHECK_TOPIC.get(lang, CHECK_TOPIC["ky"])))
        return m

    def save(self, m: Meeting) -> tuple[int, Changed]:
        m = replace(m)
        with self._uow() as uow:
            year = uow.years.get(m.year_id)
            if year is None:
                raise NotFound("year", m.year_id)
            check_meeting(m, year, self._today())
            if m.body.kind == BodyKind.ASSOCIATION and uow.associations.get(m.body.association_id or 0) is None:
                raise NotFound("association", m.body.association_id)
            others = [o for o in uow.meetings.list(m.year_id) if o.body == m.body and o.id != m.id]
            if m.final and m.fixed_number is None:  # made final now: it keeps the number it has now
                m.fixed_number = numbers(others + [m])[m.id]
            if not m.final:
                m.fixed_number = None
            check_numbering(others + [m])
            if m.id is None:
                meeting_id = uow.meetings.add(m)
            else:
                if uow.meetings.get(m.id) is None:
                    raise NotFound("meeting", m.id)
                uow.meetings.update(m)
                meeting_id = m.id
            uow.commit()
        return meeting_id, Changed(meetings=True)

    def set_final(self, meeting_id: int, final: bool = True) -> Changed:
        m = self.meeting(meeting_id)
        m.final = final
        if not final:
            m.fixed_number = None
        return self.save(m)[1]

    def delete(self, meeting_id: int) -> Changed:
        with self._uow() as uow:
            m = uow.meetings.get(meeting_id)
            if m is None:
                raise NotFound("meeting", meeting_id)
            if m.final:
                raise DomainError("final_protocol_delete", number=m.fixed_number)
            others = [o for o in uow.meetings.list(m.year_id) if o.body == m.body and o.id != m.id]
            check_numbering(others)
            uow.meetings.delete(meeting_id)
            uow.commit()
        return Changed(meetings=True)

    # -- decisions ------------------------------------------------------------
    def decisions(self, year_id: int, body: Body | None = None) -> list[TrackedDecision]:
        return [TrackedDecision(n.meeting.id or 0, n.number, n.meeting.day, d)
                for n in self.meetings(year_id, body) for d in n.meeting.decisions]

    def open_decisions(self, year_id: int, body: Body, before: date) -> list[TrackedDecision]:
        """Tracked decisions of the body's earlier held meetings still waiting for their check."""
        return [t for t in self.decisions(year_id, body)
                if t.day < before and t.decision.tracked and t.decision.state in (DecisionState.OPEN,
                                                                                  DecisionState.CARRIED)]

    def set_decision_state(self, decision_id: int, state: DecisionState) -> Changed:
        with self._uow() as uow:
            if not uow.meetings.set_decision_state(decision_id, state):
                raise NotFound("decision", decision_id)
            uow.commit()
        return Changed(meetings=True)

    def overdue_decisions(self, year_id: int, on: date | None = None) -> list[TrackedDecision]:
        on = on or self._today()
        return [t for t in self.decisions(year_id) if t.decision.due and t.decision.due < on
                and t.decision.state in (DecisionState.OPEN, DecisionState.CARRIED)]

    # -- coverage -------------------------------------------------------------
    def coverage(self, year_id: int, lang: str = "ky") -> list[Coverage]:
        with self._uow() as uow:
            year = uow.years.get(year_id)
            if year is None:
                raise NotFound("year", year_id)
        meetings = [n.meeting for n in self.meetings(year_id)]
        return [Coverage(info.body, info.name(lang), coverage_for([m for m in meetings if m.body == info.body], year))
                for info in self.bodies(year_id)]
