"""Repository of the plans: items, the approval of each plan, and the amendment log."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.plan import (
    Amendment,
    Deadline,
    DeadlineKind,
    ItemStatus,
    PlanApproval,
    PlanItem,
    PlanState,
)
from storage.reading import columns, rows
from storage.tables import AmendmentRow, PlanApprovalRow, PlanItemRow


def _item(r: Any) -> PlanItem:
    return PlanItem(
        id=r.id, year_id=r.year_id, association_id=r.association_id, event=r.event, direction=r.direction,
        form=r.form, deadline=Deadline(DeadlineKind(r.deadline_kind), r.deadline_day, r.deadline_term),
        responsible_ids=list(r.responsible or []), roles=list(r.roles or []), expected=r.expected,
        status=ItemStatus(r.status), done_date=r.done_date, note=r.note,
    )


class SqlPlanRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def items(self, year_id: int) -> list[PlanItem]:
        return [_item(r) for r in rows(self.s, columns(PlanItemRow).where(PlanItemRow.year_id == year_id)
                                        .order_by(PlanItemRow.id))]

    def get(self, item_id: int) -> PlanItem | None:
        row = self.s.get(PlanItemRow, item_id)
        return _item(row) if row else None

    def save(self, item: PlanItem) -> int:
        row = self.s.get(PlanItemRow, item.id) if item.id is not None else None
        row = row or PlanItemRow()
        row.year_id, row.association_id, row.event = item.year_id, item.association_id, item.event.strip()
        row.direction, row.form, row.expected = item.direction, item.form.strip(), item.expected.strip()
        row.deadline_kind, row.deadline_day, row.deadline_term = (
            item.deadline.kind.value, item.deadline.day, item.deadline.term)
        row.responsible, row.roles = list(item.responsible_ids), list(item.roles)
        row.status, row.done_date, row.note = item.status.value, item.done_date, item.note.strip()
        self.s.add(row)
        self.s.flush()
        return row.id

    def delete(self, item_id: int) -> None:
        row = self.s.get(PlanItemRow, item_id)
        if row is not None:
            self.s.delete(row)
            self.s.flush()

    def approval(self, year_id: int, association_id: int | None) -> PlanApproval:
        row = self._approval_row(year_id, association_id)
        if row is None:
            return PlanApproval(year_id, association_id)
        return PlanApproval(year_id, association_id, PlanState(row.state), row.review_meeting_id, row.agreed,
                            row.approved, row.order_number)

    def save_approval(self, a: PlanApproval) -> None:
        row = self._approval_row(a.year_id, a.association_id) or PlanApprovalRow(
            year_id=a.year_id, association_id=a.association_id)
        row.state, row.review_meeting_id, row.agreed = a.state.value, a.review_meeting_id, a.agreed
        row.approved, row.order_number = a.approved, a.order_number
        self.s.add(row)
        self.s.flush()

    def _approval_row(self, year_id: int, association_id: int | None) -> PlanApprovalRow | None:
        query = select(PlanApprovalRow).where(PlanApprovalRow.year_id == year_id)
        query = query.where(PlanApprovalRow.association_id.is_(None) if association_id is None
                            else PlanApprovalRow.association_id == association_id)
        return self.s.scalars(query).first()

    def amendments(self, year_id: int) -> list[Amendment]:
        rows = self.s.scalars(select(AmendmentRow).where(AmendmentRow.year_id == year_id).order_by(AmendmentRow.id))
        return [Amendment(r.year_id, r.association_id, r.item_id, r.when, r.what, r.why, r.id) for r in rows]

    def add_amendment(self, a: Amendment) -> None:
        self.s.add(AmendmentRow(year_id=a.year_id, association_id=a.association_id, item_id=a.item_id,
                                when=a.when, what=a.what, why=a.why))
        self.s.flush()
