"""The methodical structure of a year: associations, their heads and members, the council."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from domain.associations import (
    Association,
    Council,
    Suggestion,
    Suggestions,
    Warning,
    below_three,
    carry_over,
    check_association,
    head_warnings,
    proposed_names,
    suggest,
)
from domain.changes import Changed
from domain.errors import DomainError, NotFound
from domain.ports import UnitOfWork

HEAD_MIN_YEARS = "head_min_years"


@dataclass
class Saved:
    association_id: int
    changed: Changed
    warnings: list[Warning]


class AssociationService:
    def __init__(self, uow: Callable[[], UnitOfWork], today: Callable[[], date] = date.today) -> None:
        self._uow = uow
        self._today = today

    def head_min_years(self) -> int:
        with self._uow() as uow:
            raw = uow.settings.get(HEAD_MIN_YEARS)
        return int(raw) if raw and raw.isdigit() else 5

    def associations(self, year_id: int) -> list[Association]:
        with self._uow() as uow:
            return uow.associations.list(year_id)

    def association(self, association_id: int) -> Association:
        with self._uow() as uow:
            found = uow.associations.get(association_id)
        if found is None:
            raise NotFound("association", association_id)
        return found

    def warnings(self, a: Association) -> list[Warning]:
        with self._uow() as uow:
            head = uow.teachers.get(a.head_id) if a.head_id is not None else None
        return head_warnings(head, self._today(), self.head_min_years())

    def save(self, a: Association) -> Saved:
        """Check the rule of three and the one-head-one-association rule, then write."""
        a = replace(a, name_ky=a.name_ky.strip(), name_ru=a.name_ru.strip(),
                    member_ids=list(dict.fromkeys(a.member_ids)))
        with self._uow() as uow:
            if uow.years.get(a.year_id) is None:
                raise NotFound("year", a.year_id)
            teachers = uow.teachers.list()
            subjects = uow.subjects.list()
            others = [o for o in uow.associations.list(a.year_id) if o.id != a.id]
            if not a.name_ky or not a.name_ru:
                ky, ru = proposed_names(a.kind, [s for s in subjects if s.id in a.subject_ids])
                a.name_ky, a.name_ru = a.name_ky or ky, a.name_ru or ru
            check_association(a, teachers, subjects, others)
            if a.id is None:
                association_id = uow.associations.add(a)
            else:
                old = uow.associations.get(a.id)
                if old is None:
                    raise NotFound("association", a.id)
                if old.head_id != a.head_id:
                    a.reappoint = False  # a head chosen for this year
                uow.associations.update(a)
                association_id = a.id
            uow.commit()
        return Saved(association_id, Changed(associations=True), self.warnings(a))

    def appoint_head(self, association_id: int, head_id: int | None, secretary_id: int | None) -> Saved:
        a = self.association(association_id)
        a.head_id, a.secretary_id, a.reappoint = head_id, secretary_id, False
        for tid in (head_id, secretary_id):
            if tid is not None and tid not in a.member_ids:
                a.member_ids.append(tid)
        return self.save(a)

    def delete(self, association_id: int) -> Changed:
        """Only an association nothing refers to; one with meetings or plan items stays (its protocols
        are reporting documents)."""
        with self._uow() as uow:
            a = uow.associations.get(association_id)
            if a is None:
                raise NotFound("association", association_id)
            meetings = sum(1 for m in uow.meetings.list(a.year_id) if m.body.association_id == association_id)
            items = sum(1 for i in uow.plans.items(a.year_id) if i.association_id == association_id)
            if meetings or items:
                raise DomainError("association_in_use", name=a.name_ky, name_ru=a.name_ru, meetings=meetings,
                                  plan_items=items)
            uow.associations.delete(association_id)
            uow.commit()
        return Changed(associations=True)

    def suggestions(self, year_id: int) -> Suggestions:
        with self._uow() as uow:
            return suggest(uow.teachers.list(), uow.subjects.list(), uow.associations.list(year_id))

    def from_suggestion(self, year_id: int, suggestion: Suggestion) -> Association:
        """A draft association (not saved) with its members filled in."""
        with self._uow() as uow:
            subjects = [s for s in uow.subjects.list() if s.id in suggestion.subject_ids]
        ky, ru = proposed_names(suggestion.kind, subjects, suggestion.cycle)
        return Association(year_id=year_id, kind=suggestion.kind, name_ky=ky, name_ru=ru,
                           subject_ids=list(suggestion.subject_ids), member_ids=list(suggestion.teacher_ids))

    def create_from_suggestion(self, year_id: int, suggestion: Suggestion) -> Saved:
        return self.save(self.from_suggestion(year_id, suggestion))

    def below_three(self, year_id: int) -> list[tuple[Association, int]]:
        with self._uow() as uow:
            return below_three(uow.associations.list(year_id), uow.teachers.list())

    def memberships(self, year_id: int) -> dict[int, list[int]]:
        """Each active teacher's associations of the year (an empty list: in none)."""
        with self._uow() as uow:
            out: dict[int, list[int]] = {t.id: [] for t in uow.teachers.list() if not t.archived and t.id}
            for a in uow.associations.list(year_id):
                for m in a.member_ids:
                    if m in out and a.id is not None:
                        out[m].append(a.id)
        return out

    # -- council --------------------------------------------------------------
    def council(self, year_id: int) -> Council:
        """The saved council, or the default: the deputy chairs, the heads are members."""
        with self._uow() as uow:
            saved = uow.councils.get(year_id)
            if saved is not None:
                return saved
            heads = [a.head_id for a in uow.associations.list(year_id) if a.head_id is not None]
            return Council(year_id, uow.school.get().deputy, None, list(dict.fromkeys(heads)))

    def save_council(self, council: Council) -> Changed:
        if not council.chair.strip():
            raise DomainError("required", field="chair")
        council.member_ids = list(dict.fromkeys(council.member_ids))
        if council.secretary_id is not None and council.secretary_id not in council.member_ids:
            council.member_ids.append(council.secretary_id)
        with self._uow() as uow:
            if uow.years.get(council.year_id) is None:
                raise NotFound("year", council.year_id)
            uow.councils.save(council)
            uow.commit()
        return Changed(associations=True)

    # -- new year -------------------------------------------------------------
    def carry_over(self, from_year_id: int, to_year_id: int) -> Changed:
        """Copy the structure into the next year; the old year stays as it was."""
        with self._uow() as uow:
            if uow.years.get(to_year_id) is None:
                raise NotFound("year", to_year_id)
            if uow.associations.list(to_year_id):
                raise DomainError("year_has_associations", year=uow.years.get(to_year_id).label)
            old = uow.associations.list(from_year_id)
            if not old:
                raise DomainError("nothing_to_carry", year=uow.years.get(from_year_id).label)
            copies, council = carry_over(old, uow.councils.get(from_year_id), uow.teachers.list(), to_year_id)
            for copy in copies:
                uow.associations.add(copy)
            if council is not None:
                uow.councils.save(council)
            uow.commit()
        return Changed(associations=True)

    def set_order(self, year_id: int, number: str, day: date | None) -> Changed:
        """The director's order that approved the year's associations (one order for all)."""
        with self._uow() as uow:
            for a in uow.associations.list(year_id):
                a.order_number, a.order_date = number.strip(), day
                uow.associations.update(a)
            uow.commit()
        return Changed(associations=True)
