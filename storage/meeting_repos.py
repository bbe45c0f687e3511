"""Repository of meetings: the meeting with its agenda items, decisions and attendance."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.meetings import (
    AgendaItem,
    Body,
    BodyKind,
    Decision,
    DecisionState,
    Meeting,
    MeetingStatus,
    Presence,
    Speech,
)
from storage.reading import EnumOf, columns, grouped, rows
from storage.tables import AgendaItemRow, DecisionRow, MeetingRow, PresenceRow

_KIND, _STATUS, _STATE = EnumOf(BodyKind), EnumOf(MeetingStatus), EnumOf(DecisionState)


def _speeches(raw: list[dict]) -> list[Speech]:
    return [Speech(d.get("speaker", ""), d.get("gist", ""), d.get("teacher_id")) for d in raw or []]


def _raw(speeches: list[Speech]) -> list[dict]:
    return [{"speaker": s.speaker, "gist": s.gist, "teacher_id": s.teacher_id} for s in speeches]


def _meeting(row: Any, items: list[Any], decisions: Mapping[int, list[Any]], presence: list[Any]) -> Meeting:
    """A meeting from its row (an ORM object or a plain row) and its children, each in their order."""
    return Meeting(
        id=row.id, year_id=row.year_id, body=Body(_KIND[row.body_kind], row.association_id), day=row.day,
        time=row.time, place=row.place, status=_STATUS[row.status], chair_id=row.chair_id,
        chair_name=row.chair_name, secretary_id=row.secretary_id, guests=list(row.guests or []),
        final=row.final, fixed_number=row.fixed_number,
        agenda=[AgendaItem(id=i.id, topic=i.topic, speakers=_speeches(i.speakers), heard=i.heard,
                           spoke=_speeches(i.spoke),
                           decisions=[Decision(id=d.id, text=d.text, responsible_ids=list(d.responsible or []),
                                               due=d.due, state=_STATE[d.state])
                                      for d in decisions.get(i.id, ())])
                for i in items],
        attendance=[Presence(p.teacher_id, p.present, p.reason) for p in presence],
    )


def _from_orm(row: MeetingRow) -> Meeting:
    return _meeting(row, row.items, {i.id: i.decisions for i in row.items}, row.presence)


class SqlMeetingRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def list(self, year_id: int) -> list[Meeting]:
        ids = select(MeetingRow.id).where(MeetingRow.year_id == year_id).scalar_subquery()
        meetings = rows(self.s, columns(MeetingRow).where(MeetingRow.year_id == year_id)
                        .order_by(MeetingRow.day, MeetingRow.time, MeetingRow.id))
        items = rows(self.s, columns(AgendaItemRow).where(AgendaItemRow.meeting_id.in_(ids))
                     .order_by(AgendaItemRow.meeting_id, AgendaItemRow.position, AgendaItemRow.id))
        decisions = rows(self.s, columns(DecisionRow).join(AgendaItemRow, DecisionRow.item_id == AgendaItemRow.id)
                         .where(AgendaItemRow.meeting_id.in_(ids))
                         .order_by(DecisionRow.item_id, DecisionRow.position, DecisionRow.id))
        presence = rows(self.s, columns(PresenceRow).where(PresenceRow.meeting_id.in_(ids))
                        .order_by(PresenceRow.meeting_id, PresenceRow.position, PresenceRow.teacher_id))
        items_of, presence_of = grouped(items, "meeting_id"), grouped(presence, "meeting_id")
        decisions_of = grouped(decisions, "item_id")
        return [_meeting(m, items_of.get(m.id, []), decisions_of, presence_of.get(m.id, [])) for m in meetings]

    def get(self, meeting_id: int) -> Meeting | None:
        row = self.s.get(MeetingRow, meeting_id)
        return _from_orm(row) if row else None

    def add(self, m: Meeting) -> int:
        row = MeetingRow()
        self._fill(row, m)
        self.s.add(row)
        self.s.flush()
        return row.id

    def update(self, m: Meeting) -> None:
        row = self.s.get(MeetingRow, m.id)
        assert row is not None
        self._fill(row, m)
        self.s.flush()

    def delete(self, meeting_id: int) -> None:
        row = self.s.get(MeetingRow, meeting_id)
        if row is not None:
            self.s.delete(row)
            self.s.flush()

    def set_decision_state(self, decision_id: int, state: DecisionState) -> bool:
        row = self.s.get(DecisionRow, decision_id)
        if row is None:
            return False
        row.state = state.value
        return True

    def _fill(self, row: MeetingRow, m: Meeting) -> None:
        row.year_id, row.body_kind, row.association_id = m.year_id, m.body.kind.value, m.body.association_id
        row.day, row.time, row.place, row.status = m.day, m.time.strip(), m.place.strip(), m.status.value
        row.chair_id, row.chair_name, row.secretary_id = m.chair_id, m.chair_name.strip(), m.secretary_id
        row.guests = [g.strip() for g in m.guests if g.strip()]
        row.final, row.fixed_number = m.final, m.fixed_number
        # Items and decisions keep their ids (decisions are followed up by id at later meetings).
        by_id = {i.id: i for i in row.items}
        items = []
        for position, item in enumerate(m.agenda):
            r = by_id.get(item.id) or AgendaItemRow()
            r.position, r.topic, r.heard = position, item.topic.strip(), item.heard.strip()
            r.speakers, r.spoke = _raw(item.speakers), _raw(item.spoke)
            old = {d.id: d for d in r.decisions}
            decisions = []
            for dpos, d in enumerate(item.decisions):
                dr = old.get(d.id) or DecisionRow()
                dr.position, dr.text, dr.due, dr.state = dpos, d.text.strip(), d.due, d.state.value
                dr.responsible = list(d.responsible_ids)
                decisions.append(dr)
            r.decisions = decisions
            items.append(r)
        row.items = items
        old_presence = {p.teacher_id: p for p in row.presence}
        presence = []
        for position, p in enumerate({p.teacher_id: p for p in m.attendance}.values()):
            pr = old_presence.get(p.teacher_id) or PresenceRow(teacher_id=p.teacher_id)
            pr.position, pr.present, pr.reason = position, p.present, p.reason.strip()
            presence.append(pr)
        row.presence = presence
