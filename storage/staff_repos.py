"""Repositories of the staff: subjects and teachers with their courses and attestations."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from domain.staff import Attestation, Category, Course, Cycle, Subject, Teacher
from storage.reading import EnumOf, columns, grouped, rows
from storage.tables import AttestationRow, CourseRow, SubjectRow, TeacherRow, TeacherSubjectRow

_PLAIN = ("surname", "name", "patronymic", "birth_date", "education", "speciality", "category_date",
          "experience_start", "honours", "class_leadership", "phone", "email", "part_time", "hired", "left")


_CATEGORY = EnumOf(Category)


def _subject(row: SubjectRow) -> Subject:
    return Subject(id=row.id, name_ky=row.name_ky, name_ru=row.name_ru, cycle=Cycle(row.cycle), hidden=row.hidden)


class SqlSubjectRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def list(self) -> list[Subject]:
        return [_subject(r) for r in self.s.scalars(select(SubjectRow).order_by(SubjectRow.id))]

    def get(self, subject_id: int) -> Subject | None:
        row = self.s.get(SubjectRow, subject_id)
        return _subject(row) if row else None

    def add(self, subject: Subject) -> int:
        row = SubjectRow(name_ky=subject.name_ky, name_ru=subject.name_ru, cycle=subject.cycle.value,
                         hidden=subject.hidden)
        self.s.add(row)
        self.s.flush()
        return row.id

    def update(self, subject: Subject) -> None:
        row = self.s.get(SubjectRow, subject.id)
        assert row is not None
        row.name_ky, row.name_ru, row.cycle, row.hidden = (
            subject.name_ky, subject.name_ru, subject.cycle.value, subject.hidden)

    def delete(self, subject_id: int) -> None:
        row = self.s.get(SubjectRow, subject_id)
        if row is not None:
            self.s.delete(row)
            self.s.flush()

    def usage(self, subject_id: int) -> int:
        return self.s.scalar(
            select(func.count()).select_from(TeacherSubjectRow).where(TeacherSubjectRow.subject_id == subject_id)
        ) or 0


def _teacher(row: Any, subjects: list[Any], courses: list[Any], attestations: list[Any]) -> Teacher:
    """A teacher from its row (an ORM object or a plain row) and its children, each in their order."""
    ids = [ts.subject_id for ts in subjects]
    return Teacher(
        id=row.id,
        **{name: getattr(row, name) for name in _PLAIN},
        category=_CATEGORY[row.category],
        main_subject_id=ids[0] if ids else None,
        other_subject_ids=ids[1:],
        courses=[Course(id=c.id, title=c.title, provider=c.provider, hours=c.hours, start=c.start, end=c.end,
                        certificate=c.certificate) for c in courses],
        attestations=[Attestation(id=a.id, day=a.day, category=_CATEGORY[a.category], note=a.note)
                      for a in attestations],
    )


def _from_orm(row: TeacherRow) -> Teacher:
    return _teacher(row, row.subjects, row.courses, row.attestations)


class SqlTeacherRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def list(self) -> list[Teacher]:
        teachers = rows(self.s, columns(TeacherRow).order_by(TeacherRow.surname, TeacherRow.name, TeacherRow.id))
        subjects = grouped(rows(self.s, columns(TeacherSubjectRow).order_by(
            TeacherSubjectRow.teacher_id, TeacherSubjectRow.position, TeacherSubjectRow.subject_id)), "teacher_id")
        courses = grouped(rows(self.s, columns(CourseRow).order_by(CourseRow.teacher_id, CourseRow.id)), "teacher_id")
        attestations = grouped(rows(self.s, columns(AttestationRow).order_by(
            AttestationRow.teacher_id, AttestationRow.day, AttestationRow.id)), "teacher_id")
        return [_teacher(t, subjects.get(t.id, []), courses.get(t.id, []), attestations.get(t.id, []))
                for t in teachers]

    def active_ids(self) -> list[int]:
        return list(self.s.scalars(select(TeacherRow.id).where(TeacherRow.left.is_(None))
                                   .order_by(TeacherRow.surname, TeacherRow.name, TeacherRow.id)))

    def get(self, teacher_id: int) -> Teacher | None:
        row = self.s.get(TeacherRow, teacher_id)
        return _from_orm(row) if row else None

    def add(self, teacher: Teacher) -> int:
        row = TeacherRow()
        self._fill(row, teacher)
        self.s.add(row)
        self.s.flush()
        return row.id

    def update(self, teacher: Teacher) -> None:
        row = self.s.get(TeacherRow, teacher.id)
        assert row is not None
        self._fill(row, teacher)
        self.s.flush()

    def _fill(self, row: TeacherRow, t: Teacher) -> None:
        for name in _PLAIN:
            value = getattr(t, name)
            setattr(row, name, value.strip() if isinstance(value, str) else value)
        row.category = t.category.value
        wanted = t.subject_ids
        existing = {ts.subject_id: ts for ts in row.subjects}
        for sid, ts in existing.items():
            if sid not in wanted:
                row.subjects.remove(ts)
        for position, sid in enumerate(wanted):
            if sid in existing:
                existing[sid].position = position
            else:
                row.subjects.append(TeacherSubjectRow(subject_id=sid, position=position))
        row.courses = [CourseRow(title=c.title.strip(), provider=c.provider.strip(), hours=c.hours, start=c.start,
                                 end=c.end, certificate=c.certificate.strip()) for c in t.courses]
        row.attestations = [AttestationRow(day=a.day, category=a.category.value, note=a.note)
                            for a in t.attestations]
