"""The staff registry: subjects, teachers, courses and attestation, archive, and the Excel import."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from domain.catalogue import DEFAULT_PROVIDERS, DEFAULT_SUBJECTS
from domain.changes import Changed
from domain.errors import DomainError, NotFound
from domain.ports import UnitOfWork
from domain.staff import Course, Cycle, Subject, Teacher, normalize_name, validate_teacher
from domain.staff_import import ParsedRow, ParsedSheet

COURSE_DUE_YEARS = "course_due_years"
PROVIDERS = "course_providers"
SUBJECTS_SEEDED = "subjects_seeded"
IMPORTED_COURSE_TITLE = "Квалификацияны жогорулатуу курсу"


def subject_key(text: str) -> str:
    return normalize_name(text.replace(".", " "))


@dataclass
class ImportRow:
    parsed: ParsedRow
    duplicate_of: int | None = None  # an existing teacher with the same name (and birth date)
    new_subjects: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return self.parsed.valid


@dataclass
class ImportPlan:
    sheet: ParsedSheet
    rows: list[ImportRow]

    @property
    def invalid(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.valid]

    @property
    def new_subjects(self) -> list[str]:
        seen: dict[str, str] = {}
        for r in self.rows:
            if r.valid:
                for name in r.new_subjects:
                    seen.setdefault(subject_key(name), name)
        return list(seen.values())


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: list[ParsedRow] = field(default_factory=list)
    new_subjects: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


class StaffService:
    def __init__(self, uow: Callable[[], UnitOfWork], today: Callable[[], date] = date.today) -> None:
        self._uow = uow
        self._today = today

    # -- subjects -------------------------------------------------------------
    def ensure_catalogue(self) -> Changed:
        """Prefill the subject catalogue once; afterwards it is the user's to edit."""
        with self._uow() as uow:
            if uow.settings.get(SUBJECTS_SEEDED):
                return Changed()
            if not uow.subjects.list():
                for subject in DEFAULT_SUBJECTS:
                    uow.subjects.add(replace(subject))
            uow.settings.set(SUBJECTS_SEEDED, "1")
            uow.commit()
        return Changed(subjects=True)

    def subjects(self, include_hidden: bool = True) -> list[Subject]:
        with self._uow() as uow:
            return [s for s in uow.subjects.list() if include_hidden or not s.hidden]

    def save_subject(self, subject: Subject) -> tuple[int, Changed]:
        subject = replace(subject, name_ky=" ".join(subject.name_ky.split()), name_ru=" ".join(subject.name_ru.split()))
        if not subject.name_ky and not subject.name_ru:
            raise DomainError("required", field="name")
        subject.name_ky = subject.name_ky or subject.name_ru
        subject.name_ru = subject.name_ru or subject.name_ky
        with self._uow() as uow:
            for other in uow.subjects.list():
                if other.id != subject.id and {subject_key(other.name_ky), subject_key(other.name_ru)} & {
                        subject_key(subject.name_ky), subject_key(subject.name_ru)}:
                    raise DomainError("subject_exists", field="name", name=subject.name_ky)
            if subject.id is None:
                subject_id = uow.subjects.add(subject)
            else:
                uow.subjects.update(subject)
                subject_id = subject.id
            uow.commit()
        return subject_id, Changed(subjects=True)

    def delete_subject(self, subject_id: int) -> Changed:
        """Only an unused subject may go; one in use can only be hidden."""
        with self._uow() as uow:
            subject = uow.subjects.get(subject_id)
            if subject is None:
                raise NotFound("subject", subject_id)
            count = uow.subjects.usage(subject_id)
            if count:
                raise DomainError("subject_in_use", name=subject.name_ky, count=count)
            uow.subjects.delete(subject_id)
            uow.commit()
        return Changed(subjects=True)

    # -- teachers -------------------------------------------------------------
    def teachers(self, include_archived: bool = True) -> list[Teacher]:
        with self._uow() as uow:
            return [t for t in uow.teachers.list() if include_archived or not t.archived]

    def teacher(self, teacher_id: int) -> Teacher:
        with self._uow() as uow:
            teacher = uow.teachers.get(teacher_id)
        if teacher is None:
            raise NotFound("teacher", teacher_id)
        return teacher

    def find_duplicate(self, teacher: Teacher, others: list[Teacher]) -> Teacher | None:
        """Same full name, and the same birth date when both are known."""
        key = normalize_name(teacher.full_name)
        for other in others:
            if other.id == teacher.id or normalize_name(other.full_name) != key:
                continue
            if teacher.birth_date and other.birth_date and teacher.birth_date != other.birth_date:
                continue
            return other
        return None

    def save_teacher(self, teacher: Teacher) -> tuple[int, Changed]:
        validate_teacher(teacher)
        with self._uow() as uow:
            for sid in teacher.subject_ids:
                if uow.subjects.get(sid) is None:
                    raise NotFound("subject", sid)
            twin = self.find_duplicate(teacher, uow.teachers.list())
            if twin is not None:
                raise DomainError("duplicate_teacher", field="surname", name=twin.full_name)
            if teacher.id is None:
                teacher_id = uow.teachers.add(teacher)
            else:
                if uow.teachers.get(teacher.id) is None:
                    raise NotFound("teacher", teacher.id)
                uow.teachers.update(teacher)
                teacher_id = teacher.id
            uow.commit()
        return teacher_id, Changed(teachers=True)

    def add_teachers(self, teachers: list[Teacher]) -> Changed:
        """Add many teachers at once: all of them or, on the first refusal, none."""
        with self._uow() as uow:
            known = uow.teachers.list()
            for teacher in teachers:
                validate_teacher(teacher)
                twin = self.find_duplicate(teacher, known)
                if twin is not None:
                    raise DomainError("duplicate_teacher", field="surname", name=twin.full_name)
                teacher.id = uow.teachers.add(teacher)
                known.append(teacher)
            uow.commit()
        return Changed(teachers=True)

    def archive(self, teacher_id: int, on: date | None = None) -> Changed:
        """The teacher leaves: kept with a leaving date, never deleted (old protocols keep the name)."""
        teacher = self.teacher(teacher_id)
        teacher.left = on or self._today()
        if teacher.hired and teacher.left < teacher.hired:
            teacher.left = teacher.hired
        with self._uow() as uow:
            uow.teachers.update(teacher)
            uow.commit()
        return Changed(teachers=True)

    def restore(self, teacher_id: int) -> Changed:
        teacher = self.teacher(teacher_id)
        teacher.left = None
        with self._uow() as uow:
            uow.teachers.update(teacher)
            uow.commit()
        return Changed(teachers=True)

    # -- courses --------------------------------------------------------------
    def course_due_years(self) -> int:
        with self._uow() as uow:
            raw = uow.settings.get(COURSE_DUE_YEARS)
        return int(raw) if raw and raw.isdigit() and int(raw) > 0 else 5

    def set_course_due_years(self, years: int) -> Changed:
        if not 1 <= years <= 20:
            raise DomainError("bad_due_years", field="course_due_years", value=years)
        with self._uow() as uow:
            uow.settings.set(COURSE_DUE_YEARS, str(years))
            uow.commit()
        return Changed(settings=True, teachers=True)

    def due_for_courses(self, on: date | None = None) -> list[Teacher]:
        on = on or self._today()
        period = self.course_due_years()
        return [t for t in self.teachers(include_archived=False) if t.course_due(on, period)]

    def providers(self) -> list[str]:
        with self._uow() as uow:
            raw = uow.settings.get(PROVIDERS)
        return [p for p in raw.split("\n") if p.strip()] if raw is not None else list(DEFAULT_PROVIDERS)

    def set_providers(self, providers: list[str]) -> Changed:
        cleaned = list(dict.fromkeys(p.strip() for p in providers if p.strip()))
        with self._uow() as uow:
            uow.settings.set(PROVIDERS, "\n".join(cleaned))
            uow.commit()
        return Changed(settings=True)

    # -- import ---------------------------------------------------------------
    def plan_import(self, sheet: ParsedSheet) -> ImportPlan:
        """What each row of the sheet would do: its errors, the existing teacher it duplicates, new subjects."""
        existing = self.teachers()
        catalogue = _SubjectMatcher(self.subjects())
        seen: dict[str, int] = {}
        rows = []
        for parsed in sheet.rows:
            row = ImportRow(parsed)
            draft = Teacher(surname=parsed.surname, name=parsed.name, patronymic=parsed.patronymic,
                            birth_date=parsed.birth_date)
            if parsed.valid:
                key = normalize_name(draft.full_name)
                if key in seen:
                    parsed.errors.append(DomainError("duplicate_row", field="full_name", other=seen[key]))
                else:
                    seen[key] = parsed.row
                twin = self.find_duplicate(draft, existing)
                row.duplicate_of = twin.id if twin else None
                row.new_subjects = [name for name in parsed.subjects if catalogue.match(name) is None]
            rows.append(row)
        return ImportPlan(sheet, rows)

    def apply_import(self, plan: ImportPlan, *, skip_invalid: bool = False,
                     update_duplicates: bool | dict[int, bool] = True) -> tuple[ImportReport, Changed]:
        """Write the plan in one transaction. Invalid rows refuse the whole import unless ``skip_invalid``.

        ``update_duplicates``: for rows that match an existing teacher, update it (True) or skip the row
        (False); a dict gives the choice per sheet row number.
        """
        report = ImportReport(rejected=[r.parsed for r in plan.invalid], ignored_columns=list(plan.sheet.ignored))
        if report.rejected and not skip_invalid:
            raise DomainError("import_invalid_rows", count=len(report.rejected), rows=report.rejected)
        with self._uow() as uow:
            matcher = _SubjectMatcher(uow.subjects.list())
            for name in plan.new_subjects:
                if matcher.match(name) is None:
                    subject = Subject(name_ky=name, name_ru=name, cycle=Cycle.OTHER)
                    subject.id = uow.subjects.add(subject)
                    matcher.add(subject)
                    report.new_subjects.append(name)
            for row in plan.rows:
                if not row.valid:
                    continue
                p = row.parsed
                subject_ids = list(dict.fromkeys(matcher.match(n) for n in p.subjects))
                if row.duplicate_of is not None:
                    update = (update_duplicates.get(p.row, True) if isinstance(update_duplicates, dict)
                              else update_duplicates)
                    if not update:
                        report.skipped += 1
                        continue
                    teacher = uow.teachers.get(row.duplicate_of)
                    assert teacher is not None
                    _merge(teacher, p, subject_ids, plan.sheet.columns)
                    uow.teachers.update(teacher)
                    report.updated += 1
                else:
                    teacher = Teacher(surname=p.surname, name=p.name, patronymic=p.patronymic)
                    _merge(teacher, p, subject_ids, plan.sheet.columns)
                    uow.teachers.add(teacher)
                    report.added += 1
            uow.commit()
        return report, Changed(teachers=True, subjects=bool(report.new_subjects))


def _merge(teacher: Teacher, p: ParsedRow, subject_ids: list[int | None], columns: dict[str, int]) -> None:
    """Take from the row what the file says; keep what it has no column for or leaves empty."""
    ids = [s for s in subject_ids if s is not None]
    if ids:
        teacher.main_subject_id, teacher.other_subject_ids = ids[0], ids[1:]
    if "category" in columns:
        teacher.category = p.category
    for name in ("experience_start", "birth_date"):
        if getattr(p, name) is not None:
            setattr(teacher, name, getattr(p, name))
    for name in ("education", "phone", "class_leadership"):
        if getattr(p, name):
            setattr(teacher, name, getattr(p, name))
    if p.last_course is not None and all(c.when != p.last_course for c in teacher.courses):
        teacher.courses.append(Course(title=IMPORTED_COURSE_TITLE, end=p.last_course))


class _SubjectMatcher:
    """Find a subject by either language, ignoring case and spaces; a short form matches one subject."""

    def __init__(self, subjects: list[Subject]) -> None:
        self._exact: dict[str, int] = {}
        self._names: list[tuple[str, int]] = []
        for s in subjects:
            self.add(s)

    def add(self, subject: Subject) -> None:
        assert subject.id is not None
        for name in (subject.name_ky, subject.name_ru):
            self._exact.setdefault(subject_key(name), subject.id)
            self._names.append((subject_key(name), subject.id))

    def match(self, name: str) -> int | None:
        key = subject_key(name)
        if not key:
            return None
        if key in self._exact:
            return self._exact[key]
        prefixed = {sid for full, sid in self._names if full.startswith(key + " ")}
        return prefixed.pop() if len(prefixed) == 1 else None
