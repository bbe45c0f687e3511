"""Methodical associations, cycle commissions and the council, with the rule of three.

A subject association needs 3 or more active teachers of its subject; a cycle commission 3 or
more over its cognate subjects together; every association 3 or more members (seed 002 §3.2.2,
seed 004 §16, §26). Heads are appointed for one year and head at most one association a year.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from domain.catalogue import CYCLE_NAMES
from domain.errors import DomainError
from domain.staff import Category, Cycle, Subject, Teacher

MIN_TEACHERS = 3


class AssociationKind(StrEnum):
    SUBJECT = "subject"
    CYCLE = "cycle"
    PRIMARY = "primary"
    CLASS_LEADERS = "class_leaders"
    OTHER = "other"


@dataclass
class Association:
    year_id: int
    kind: AssociationKind
    name_ky: str = ""
    name_ru: str = ""
    subject_ids: list[int] = field(default_factory=list)
    head_id: int | None = None
    secretary_id: int | None = None
    member_ids: list[int] = field(default_factory=list)
    order_number: str = ""
    order_date: date | None = None
    reappoint: bool = False  # carried into a new year: the head must be appointed again
    id: int | None = None

    def name(self, lang: str) -> str:
        return self.name_ru if lang == "ru" else self.name_ky


@dataclass
class Council:
    """The methodical council of a year: chaired by the deputy, the heads as members by default."""

    year_id: int
    chair: str = ""
    secretary_id: int | None = None
    member_ids: list[int] = field(default_factory=list)


@dataclass
class Warning:
    kind: str
    fields: dict[str, object] = field(default_factory=dict)


@dataclass
class Suggestion:
    kind: AssociationKind
    subject_ids: list[int]
    teacher_ids: list[int]
    cycle: Cycle | None = None

    @property
    def count(self) -> int:
        return len(self.teacher_ids)


@dataclass
class Suggestions:
    associations: list[Suggestion]
    uncovered: list[int]  # active teachers in no association: candidates for a district association


def teachers_of(subject_ids: list[int], teachers: list[Teacher]) -> list[Teacher]:
    wanted = set(subject_ids)
    return [t for t in teachers if not t.archived and wanted & set(t.subject_ids)]


def proposed_names(kind: AssociationKind, subjects: list[Subject], cycle: Cycle | None = None) -> tuple[str, str]:
    """Names to start from; the deputy edits them."""
    if kind == AssociationKind.PRIMARY:
        return ("Башталгыч класстардын мугалимдеринин усулдук бирикмеси",
                "Методическое объединение учителей начальных классов")
    if kind == AssociationKind.CLASS_LEADERS:
        return "Класс жетекчилердин усулдук бирикмеси", "Методическое объединение классных руководителей"
    if kind == AssociationKind.CYCLE:
        if cycle is not None and cycle != Cycle.OTHER:
            ky, ru = CYCLE_NAMES[cycle]
        else:
            ky = ", ".join(s.name_ky for s in subjects)
            ru = ", ".join(s.name_ru for s in subjects)
        return f"«{ky}» циклдик усулдук комиссиясы", f"Цикловая методическая комиссия «{ru}»"
    ky = ", ".join(s.name_ky for s in subjects)
    ru = ", ".join(s.name_ru for s in subjects)
    return f"«{ky}» усулдук бирикмеси", f"Методическое объединение «{ru}»"


def check_association(a: Association, teachers: list[Teacher], subjects: list[Subject],
                      others: list[Association]) -> None:
    """Refuse what the rules forbid; ``others`` are the other associations of the same year."""
    by_id = {t.id: t for t in teachers}
    names = {s.id: s for s in subjects}
    if not (a.name_ky.strip() or a.name_ru.strip()):
        raise DomainError("required", field="name_ky")
    if a.kind in (AssociationKind.SUBJECT, AssociationKind.CYCLE) and not a.subject_ids:
        raise DomainError("association_needs_subject", field="subjects")
    if a.kind == AssociationKind.SUBJECT:
        if len(a.subject_ids) != 1:
            raise DomainError("subject_association_one_subject", field="subjects", count=len(a.subject_ids))
        subject = names[a.subject_ids[0]]
        count = len(teachers_of(a.subject_ids, teachers))
        if count < MIN_TEACHERS:
            cognate = [s for s in subjects if s.cycle == subject.cycle and not s.hidden]
            cycle_count = len(teachers_of([s.id for s in cognate if s.id is not None], teachers))
            raise DomainError("too_few_teachers", field="subjects", subject=subject.name_ky,
                              subject_ru=subject.name_ru, count=count, needed=MIN_TEACHERS,
                              cognate=", ".join(s.name_ky for s in cognate if s.id != subject.id),
                              cognate_ru=", ".join(s.name_ru for s in cognate if s.id != subject.id),
                              cycle_count=cycle_count)
    if a.kind == AssociationKind.CYCLE:
        count = len(teachers_of(a.subject_ids, teachers))
        if count < MIN_TEACHERS:
            raise DomainError("too_few_cycle_teachers", field="subjects", count=count, needed=MIN_TEACHERS,
                              subjects=", ".join(names[s].name_ky for s in a.subject_ids),
                              subjects_ru=", ".join(names[s].name_ru for s in a.subject_ids))
    members = list(dict.fromkeys(a.member_ids))
    for tid in members:
        teacher = by_id.get(tid)
        if teacher is None:
            raise DomainError("not_found", what="teacher", key=tid)
        if teacher.archived and a.id is None:
            raise DomainError("archived_member", field="members", name=teacher.full_name)
    if len(members) < MIN_TEACHERS:
        raise DomainError("too_few_members", field="members", count=len(members), needed=MIN_TEACHERS)
    for role, tid in (("head", a.head_id), ("secretary", a.secretary_id)):
        if tid is not None and tid not in members:
            raise DomainError("role_not_member", field=role, name=by_id[tid].full_name if tid in by_id else tid)
    if a.head_id is not None:
        for other in others:
            if other.id != a.id and other.head_id == a.head_id:
                raise DomainError("head_of_two", field="head", name=by_id[a.head_id].full_name,
                                  other=other.name_ky, other_ru=other.name_ru)


def head_warnings(head: Teacher | None, on: date, min_years: int) -> list[Warning]:
    """Not refusals: the director may appoint whom she trusts; the app only points it out."""
    if head is None:
        return [Warning("no_head")]
    out = []
    if head.category == Category.NONE:
        out.append(Warning("head_without_category", {"name": head.full_name}))
    years = head.experience_years(on)
    if years is not None and years < min_years:
        out.append(Warning("head_little_experience", {"name": head.full_name, "years": years, "needed": min_years}))
    return out


def below_three(associations: list[Association], teachers: list[Teacher]) -> list[tuple[Association, int]]:
    """Associations whose active members fell below three (a teacher left): shown, never silently kept."""
    active = {t.id for t in teachers if not t.archived}
    out = []
    for a in associations:
        count = len([m for m in a.member_ids if m in active])
        if count < MIN_TEACHERS:
            out.append((a, count))
    return out


def suggest(teachers: list[Teacher], subjects: list[Subject], associations: list[Association]) -> Suggestions:
    """Which associations the school can form from its staff, and who is left over."""
    active = [t for t in teachers if not t.archived]
    covered_subjects = {sid for a in associations for sid in a.subject_ids}
    members = {m for a in associations for m in a.member_ids}
    out: list[Suggestion] = []
    small: dict[Cycle, list[Subject]] = {}
    for s in subjects:
        if s.hidden or s.id is None or s.id in covered_subjects:
            continue
        group = teachers_of([s.id], active)
        if not group:
            continue
        if len(group) >= MIN_TEACHERS:
            kind = AssociationKind.PRIMARY if s.cycle == Cycle.PRIMARY else AssociationKind.SUBJECT
            out.append(Suggestion(kind, [s.id], [t.id for t in group if t.id is not None], s.cycle))
        else:
            small.setdefault(s.cycle, []).append(s)
    for cycle, group_subjects in small.items():
        ids = [s.id for s in group_subjects if s.id is not None]
        group = teachers_of(ids, active)
        if len(group) >= MIN_TEACHERS and cycle != Cycle.OTHER:
            out.append(Suggestion(AssociationKind.CYCLE, ids, [t.id for t in group if t.id is not None], cycle))
    suggested = {tid for s in out for tid in s.teacher_ids}
    uncovered = [t.id for t in active if t.id is not None and t.id not in members and t.id not in suggested]
    return Suggestions(out, uncovered)


def carry_over(associations: list[Association], council: Council | None, teachers: list[Teacher],
               to_year_id: int) -> tuple[list[Association], Council | None]:
    """Copies for the next year: members kept (those still on the staff), heads marked for reappointment."""
    active = {t.id for t in teachers if not t.archived}
    copies = []
    for a in associations:
        members = [m for m in a.member_ids if m in active]
        copies.append(Association(
            year_id=to_year_id, kind=a.kind, name_ky=a.name_ky, name_ru=a.name_ru,
            subject_ids=list(a.subject_ids), member_ids=members,
            head_id=a.head_id if a.head_id in active else None,
            secretary_id=a.secretary_id if a.secretary_id in active else None,
            reappoint=True,
        ))
    new_council = None
    if council is not None:
        new_council = Council(to_year_id, council.chair,
                              council.secretary_id if council.secretary_id in active else None,
                              [m for m in council.member_ids if m in active])
    return copies, new_council
