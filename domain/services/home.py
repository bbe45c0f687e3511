"""What needs attention today, for the first screen: each line says what and where to fix it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from domain.associations import below_three
from domain.meetings import BodyKind
from domain.plan import PlanState
from domain.ports import UnitOfWork
from domain.services.associations import AssociationService
from domain.services.meetings import MeetingService
from domain.services.plan import PlanService
from domain.services.staff import StaffService


@dataclass
class Attention:
    """One line: ``kind`` picks the sentence, ``fields`` fill it, ``page`` (and ``target``) is where to go."""

    kind: str
    page: str
    fields: dict[str, object] = field(default_factory=dict)
    target: object = None  # an id of the thing on that page, or a Body for the meetings of one body
    urgent: bool = False


class HomeService:
    def __init__(self, uow: Callable[[], UnitOfWork], today: Callable[[], date], meetings: MeetingService,
                 plan: PlanService, staff: StaffService, associations: AssociationService) -> None:
        self._uow = uow
        self._today = today
        self._meetings = meetings
        self._plan = plan
        self._staff = staff
        self._associations = associations

    def attention(self, year_id: int, lang: str = "ky", on: date | None = None) -> list[Attention]:
        on = on or self._today()
        out: list[Attention] = []
        with self._uow() as uow:
            year = uow.years.get(year_id)
            if year is None:
                return out
            teachers = uow.teachers.list()
            associations = uow.associations.list(year_id)
        term = year.term_of(on)
        if term is not None:
            days_left = (term.end - on).days
            for c in self._meetings.coverage(year_id, lang):
                if c.body.kind == BodyKind.ASSOCIATION and c.terms.get(term.number) != "held":
                    out.append(Attention("not_met", "meetings", {"name": c.name, "term": term.number,
                                                                 "days": days_left},
                                         target=c.body, urgent=days_left <= 14))
        for item in self._plan.overdue(year_id, on):
            out.append(Attention("plan_overdue", "plan", {"event": item.event, "due": item.deadline.due(year)},
                                 target=item.id, urgent=True))
        for item in self._plan.due_soon(year_id, on, 14):
            out.append(Attention("plan_due_soon", "plan", {"event": item.event, "due": item.deadline.due(year)},
                                 target=item.id))
        overdue = self._meetings.overdue_decisions(year_id, on)
        if overdue:
            names = {b.body: b.name(lang) for b in self._meetings.bodies(year_id)}
            bodies = {n.meeting.id: n.meeting.body for n in self._meetings.meetings(year_id)}
            for t in overdue:
                out.append(Attention("decision_overdue", "meetings",
                                     {"text": t.decision.text, "due": t.decision.due, "number": t.number,
                                      "body": names.get(bodies.get(t.meeting_id), "")},
                                     target=t.meeting_id, urgent=True))
        period = self._staff.course_due_years()
        names = {t.id: t.full_name for t in teachers}
        for t in teachers:
            if not t.archived and t.course_due(on, period):
                out.append(Attention("course_due", "staff", {"name": t.full_name, "years": period}, target=t.id))
        for a in associations:
            if a.reappoint:
                out.append(Attention("head_reappoint", "associations",
                                     {"name": a.name(lang), "head": names.get(a.head_id, "—")}, target=a.id))
        if year.end - on <= timedelta(days=30):
            for a in associations:
                if a.head_id is not None and not a.reappoint:
                    out.append(Attention("head_year_ends", "associations",
                                         {"name": a.name(lang), "head": names.get(a.head_id, "—"), "end": year.end},
                                         target=a.id))
        for a, count in below_three(associations, teachers):
            out.append(Attention("below_three", "associations", {"name": a.name(lang), "count": count}, target=a.id,
                                 urgent=True))
        approval = self._plan.approval(year_id)
        if approval.state != PlanState.APPROVED:
            out.append(Attention("plan_not_approved", "plan", {"state": approval.state.value}, urgent=True))
        return out
