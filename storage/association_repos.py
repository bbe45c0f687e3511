"""Repositories of the methodical structure: associations and the council of each year."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.associations import Association, AssociationKind, Council
from storage.reading import columns, grouped, rows
from storage.tables import (
    AssociationMemberRow,
    AssociationRow,
    AssociationSubjectRow,
    CouncilMemberRow,
    CouncilRow,
)

_PLAIN = ("year_id", "name_ky", "name_ru", "head_id", "secretary_id", "order_number", "order_date", "reappoint")


def _association(row: Any, subjects: list[Any], members: list[Any]) -> Association:
    """An association from its row (an ORM object or a plain row) and its children, each in their order."""
    return Association(
        id=row.id, kind=AssociationKind(row.kind), **{n: getattr(row, n) for n in _PLAIN},
        subject_ids=[s.subject_id for s in subjects], member_ids=[m.teacher_id for m in members],
    )


class SqlAssociationRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def list(self, year_id: int) -> list[Association]:
        ids = select(AssociationRow.id).where(AssociationRow.year_id == year_id).scalar_subquery()
        found = rows(self.s, columns(AssociationRow).where(AssociationRow.year_id == year_id)
                     .order_by(AssociationRow.id))
        subjects = grouped(rows(self.s, columns(AssociationSubjectRow).where(AssociationSubjectRow.association_id.in_(ids))
                                .order_by(AssociationSubjectRow.association_id, AssociationSubjectRow.position,
                                          AssociationSubjectRow.subject_id)), "association_id")
        members = grouped(rows(self.s, columns(AssociationMemberRow).where(AssociationMemberRow.association_id.in_(ids))
                               .order_by(AssociationMemberRow.association_id, AssociationMemberRow.position,
                                         AssociationMemberRow.teacher_id)), "association_id")
        return [_association(r, subjects.get(r.id, []), members.get(r.id, [])) for r in found]

    def get(self, association_id: int) -> Association | None:
        row = self.s.get(AssociationRow, association_id)
        return _association(row, row.subjects, row.members) if row else None

    def add(self, a: Association) -> int:
        row = AssociationRow()
        self._fill(row, a)
        self.s.add(row)
        self.s.flush()
        return row.id

    def update(self, a: Association) -> None:
        row = self.s.get(AssociationRow, a.id)
        assert row is not None
        self._fill(row, a)
        self.s.flush()

    def delete(self, association_id: int) -> None:
        row = self.s.get(AssociationRow, association_id)
        if row is not None:
            self.s.delete(row)
            self.s.flush()

    def _fill(self, row: AssociationRow, a: Association) -> None:
        for n in _PLAIN:
            setattr(row, n, getattr(a, n))
        row.kind = a.kind.value
        _sync(row.subjects, a.subject_ids, "subject_id", AssociationSubjectRow)
        _sync(row.members, list(dict.fromkeys(a.member_ids)), "teacher_id", AssociationMemberRow)


def _sync(rows: list, wanted: list[int], key: str, cls: type) -> None:
    """Make a child collection hold ``wanted`` in order, keeping the rows that stay."""
    existing = {getattr(r, key): r for r in rows}
    for k, r in existing.items():
        if k not in wanted:
            rows.remove(r)
    for position, k in enumerate(wanted):
        if k in existing:
            existing[k].position = position
        else:
            rows.append(cls(**{key: k, "position": position}))


class SqlCouncilRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self, year_id: int) -> Council | None:
        row = self.s.get(CouncilRow, year_id)
        if row is None:
            return None
        return Council(row.year_id, row.chair, row.secretary_id, [m.teacher_id for m in row.members])

    def save(self, council: Council) -> None:
        row = self.s.get(CouncilRow, council.year_id) or CouncilRow(year_id=council.year_id)
        row.chair, row.secretary_id = council.chair, council.secretary_id
        self.s.add(row)
        _sync(row.members, list(dict.fromkeys(council.member_ids)), "teacher_id", CouncilMemberRow)
        self.s.flush()
