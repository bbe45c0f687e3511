"""The plans of a year: items and their status, review and approval, amendments after approval."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from domain.changes import Changed
from domain.errors import DomainError, NotFound
from domain.meetings import BodyKind, MeetingStatus
from domain.plan import (
    DIRECTIONS,
    FORMS,
    Amendment,
    Deadline,
    ItemStatus,
    PlanApproval,
    PlanItem,
    PlanState,
    check_item,
    completion,
    describe_change,
)
from domain.ports import UnitOfWork

CUSTOM_DIRECTIONS = "plan_directions"
CUSTOM_FORMS = "plan_forms"
ALL = -1  # items of every plan of the year


class PlanService:
    def __init__(self, uow: Callable[[], UnitOfWork], today: Callable[[], date] = date.today) -> None:
        self._uow = uow
        self._today = today

    # -- catalogues -----------------------------------------------------------
    def directions(self) -> list[tuple[str, str, str]]:
        """(key, Kyrgyz name, Russian name): the three of seed 002 §4, then the school's own."""
        with self._uow() as uow:
            custom = json.loads(uow.settings.get(CUSTOM_DIRECTIONS) or "[]")
        return [(k, ky, ru) for k, (ky, ru) in DIRECTIONS.items()] + [tuple(c) for c in custom]

    def add_direction(self, name_ky: str, name_ru: str) -> tuple[str, Changed]:
        name_ky, name_ru = name_ky.strip(), name_ru.strip() or name_ky.strip()
        if not name_ky:
            raise DomainError("required", field="name_ky")
        with self._uow() as uow:
            custom = json.loads(uow.settings.get(CUSTOM_DIRECTIONS) or "[]")
            key = f"custom{len(custom) + 1}"
            custom.append([key, name_ky, name_ru])
            uow.settings.set(CUSTOM_DIRECTIONS, json.dumps(custom, ensure_ascii=False))
            uow.commit()
        return key, Changed(plan=True)

    def forms(self) -> list[tuple[str, str]]:
        with self._uow() as uow:
            raw = uow.settings.get(CUSTOM_FORMS)
        return [tuple(f) for f in json.loads(raw)] if raw else list(FORMS)

    def set_forms(self, forms: list[tuple[str, str]]) -> Changed:
        cleaned = [[ky.strip(), (ru or ky).strip()] for ky, ru in forms if ky.strip()]
        with self._uow() as uow:
            uow.settings.set(CUSTOM_FORMS, json.dumps(cleaned, ensure_ascii=False))
            uow.commit()
        return Changed(plan=True)

    # -- items ----------------------------------------------------------------
    def items(self, year_id: int, association_id: int | None = ALL) -> list[PlanItem]:
        """The unified plan (None), one association's plan (its id), or every item (ALL)."""
        with self._uow() as uow:
            items = uow.plans.items(year_id)
            year = uow.years.get(year_id)
        if year is None:
            raise NotFound("year", year_id)
        chosen = [i for i in items if association_id == ALL or i.association_id == association_id]
        return sorted(chosen, key=lambda i: (i.deadline.due(year), i.id or 0))

    def item(self, item_id: int) -> PlanItem:
        with self._uow() as uow:
            found = uow.plans.get(item_id)
        if found is None:
            raise NotFound("plan_item", item_id)
        return found

    def save_item(self, item: PlanItem, reason: str = "") -> tuple[int, Changed]:
        """Add or change an item; after the plan's approval the change needs a reason and is logged."""
        with self._uow() as uow:
            year = uow.years.get(item.year_id)
            if year is None:
                raise NotFound("year", item.year_id)
            check_item(item, year, [d[0] for d in self._directions(uow)])
            old = uow.plans.get(item.id) if item.id is not None else None
            if item.id is not None and old is None:
                raise NotFound("plan_item", item.id)
            self._amend(uow, item.year_id, item.association_id, old, item, reason)
            item_id = uow.plans.save(item)
            uow.commit()
        return item_id, Changed(plan=True)

    def delete_item(self, item_id: int, reason: str = "") -> Changed:
        with self._uow() as uow:
            old = uow.plans.get(item_id)
            if old is None:
                raise NotFound("plan_item", item_id)
            self._amend(uow, old.year_id, old.association_id, old, None, reason)
            uow.plans.delete(item_id)
            uow.commit()
        return Changed(plan=True)

    def restore_item(self, item: PlanItem, reason: str = "") -> tuple[int, Changed]:
        """Bring back a deleted item (undo): a new item with the same content."""
        return self.save_item(replace(item, id=None), reason)

    def mark_done(self, item_id: int, day: date | None = None, note: str = "", reason: str = "") -> Changed:
        item = self.item(item_id)
        item.status, item.done_date, item.note = ItemStatus.DONE, day or self._today(), note
        return self.save_item(item, reason or note)[1]

    def move(self, item_id: int, deadline: Deadline, why: str) -> Changed:
        item = self.item(item_id)
        item.status, item.deadline, item.note = ItemStatus.MOVED, deadline, why
        return self.save_item(item, why)[1]

    def cancel(self, item_id: int, why: str) -> Changed:
        item = self.item(item_id)
        item.status, item.note = ItemStatus.CANCELLED, why
        return self.save_item(item, why)[1]

    def reopen(self, item_id: int, reason: str = "") -> Changed:
        item = self.item(item_id)
        item.status, item.done_date, item.note = ItemStatus.PLANNED, None, ""
        return self.save_item(item, reason)[1]

    def _directions(self, uow: UnitOfWork) -> list[tuple[str, str, str]]:
        custom = json.loads(uow.settings.get(CUSTOM_DIRECTIONS) or "[]")
        return [(k, ky, ru) for k, (ky, ru) in DIRECTIONS.items()] + [tuple(c) for c in custom]

    def _amend(self, uow: UnitOfWork, year_id: int, association_id: int | None, old: PlanItem | None,
               new: PlanItem | None, reason: str) -> None:
        if uow.plans.approval(year_id, association_id).state != PlanState.APPROVED:
            return  # a draft changes freely
        if old is not None and new is not None and old == new:
            return
        if not reason.strip():
            raise DomainError("amendment_reason_required", field="reason")
        lang = uow.settings.get("language") or "ky"
        when = datetime.combine(self._today(), datetime.now().time().replace(microsecond=0))
        uow.plans.add_amendment(Amendment(year_id, association_id, (new or old).id if (new or old) else None,
                                          when, describe_change(old, new, lang), reason.strip()))

    # -- workflow -------------------------------------------------------------
    def approval(self, year_id: int, association_id: int | None = None) -> PlanApproval:
        with self._uow() as uow:
            return uow.plans.approval(year_id, association_id)

    def review(self, year_id: int, association_id: int | None, meeting_id: int) -> Changed:
        """The council (or the association, for its own plan) reviewed the plan at a held meeting."""
        with self._uow() as uow:
            meeting = uow.meetings.get(meeting_id)
            if meeting is None:
                raise DomainError("review_needs_meeting")
            wanted = BodyKind.COUNCIL if association_id is None else BodyKind.ASSOCIATION
            if (meeting.body.kind != wanted or meeting.year_id != year_id
                    or (association_id is not None and meeting.body.association_id != association_id)):
                raise DomainError("review_wrong_meeting")
            if meeting.status != MeetingStatus.HELD:
                raise DomainError("review_meeting_not_held", day=meeting.day)
            approval = uow.plans.approval(year_id, association_id)
            if approval.state == PlanState.APPROVED:
                raise DomainError("plan_already_approved", day=approval.approved)
            approval.state, approval.review_meeting_id = PlanState.REVIEWED, meeting_id
            uow.plans.save_approval(approval)
            uow.commit()
        return Changed(plan=True)

    def agree(self, year_id: int, association_id: int, day: date) -> Changed:
        """An association's plan agreed with the deputy."""
        with self._uow() as uow:
            approval = uow.plans.approval(year_id, association_id)
            approval.agreed = day
            uow.plans.save_approval(approval)
            uow.commit()
        return Changed(plan=True)

    def approve(self, year_id: int, association_id: int | None, day: date, order_number: str = "") -> Changed:
        with self._uow() as uow:
            approval = uow.plans.approval(year_id, association_id)
            if approval.state == PlanState.DRAFT:
                raise DomainError("approve_before_review")
            if approval.state == PlanState.APPROVED:
                raise DomainError("plan_already_approved", day=approval.approved)
            review = uow.meetings.get(approval.review_meeting_id or 0)
            if review is not None and day < review.day:
                raise DomainError("approved_before_review", day=day, review=review.day)
            approval.state, approval.approved, approval.order_number = PlanState.APPROVED, day, order_number.strip()
            uow.plans.save_approval(approval)
            uow.commit()
        return Changed(plan=True)

    def amendments(self, year_id: int, association_id: int | None = ALL) -> list[Amendment]:
        with self._uow() as uow:
            found = uow.plans.amendments(year_id)
        return [a for a in found if association_id == ALL or a.association_id == association_id]

    # -- figures --------------------------------------------------------------
    def overdue(self, year_id: int, on: date | None = None) -> list[PlanItem]:
        on = on or self._today()
        year = self._year(year_id)
        return [i for i in self.items(year_id) if i.overdue(year, on)]

    def due_soon(self, year_id: int, on: date | None = None, days: int = 14) -> list[PlanItem]:
        on = on or self._today()
        year = self._year(year_id)
        return [i for i in self.items(year_id) if i.status in (ItemStatus.PLANNED, ItemStatus.MOVED)
                and on <= i.deadline.due(year) <= date.fromordinal(on.toordinal() + days)]

    def completion_by(self, year_id: int, key: str) -> dict[object, tuple[int, int]]:
        """(done, all) by 'direction' or by 'association' (None: the unified plan)."""
        groups: dict[object, list[PlanItem]] = {}
        for item in self.items(year_id):
            groups.setdefault(getattr(item, "direction" if key == "direction" else "association_id"), []).append(item)
        return {k: completion(v) for k, v in groups.items()}

    def _year(self, year_id: int):
        with self._uow() as uow:
            year = uow.years.get(year_id)
        if year is None:
            raise NotFound("year", year_id)
        return year
