"""The staff registry over a real SQLite file: teachers, subjects, archive, courses due, the import."""

from __future__ import annotations

from datetime import date

import pytest

from domain.errors import DomainError, ValidationErrors
from domain.staff import Category, Course, Cycle, Subject, Teacher
from domain.staff_import import ParsedSheet, parse_staff

TODAY = date(2026, 11, 23)


def subject_id(services, name_ru: str) -> int:
    return next(s.id for s in services.staff.subjects() if s.name_ru == name_ru)


def test_catalogue_is_prefilled_once_with_both_languages_and_cycles(services) -> None:
    subjects = services.staff.subjects()
    names = {s.name_ru: s for s in subjects}
    assert names["Физика"].cycle == Cycle.SCIENCE
    assert names["Кыргызский язык и литература"].name_ky == "Кыргыз тили жана адабияты"
    assert names["Начальные классы"].cycle == Cycle.PRIMARY
    services.staff.ensure_catalogue()
    assert len(services.staff.subjects()) == len(subjects)


def test_teacher_round_trip_with_subjects_courses_and_attestation(services) -> None:
    math, info = subject_id(services, "Математика"), subject_id(services, "Информатика")
    teacher = Teacher(surname="Асанов", name="Бакыт", patronymic="Мирлан уулу", main_subject_id=math,
                      other_subject_ids=[info], category=Category.FIRST, category_date=date(2024, 3, 1),
                      experience_start=date(2010, 9, 1),
                      courses=[Course("ИКТ", "КАО", 72, date(2024, 6, 1), date(2024, 6, 20), "№ 15")])
    teacher_id, changed = services.staff.save_teacher(teacher)
    assert changed.teachers
    again = services.staff.teacher(teacher_id)
    assert again.full_name == "Асанов Бакыт Мирлан уулу"
    assert again.subject_ids == [math, info]
    assert again.courses[0].hours == 72
    assert again.experience_years(TODAY) == 16
    assert again.short_name == "Асанов Б.М."


def test_empty_surname_is_refused_and_nothing_written(services) -> None:
    with pytest.raises(ValidationErrors) as info:
        services.staff.save_teacher(Teacher(surname=" ", name="Айгүл"))
    assert [e.field for e in info.value.errors] == ["surname"]
    assert services.staff.teachers() == []


def test_duplicate_full_name_is_refused_unless_birth_dates_differ(services) -> None:
    services.staff.save_teacher(Teacher(surname="Иванова", name="Елена", patronymic="Викторовна",
                                        birth_date=date(1970, 1, 1)))
    with pytest.raises(DomainError) as info:
        services.staff.save_teacher(Teacher(surname="иванова", name="Елена ", patronymic="Викторовна"))
    assert info.value.kind == "duplicate_teacher"
    services.staff.save_teacher(Teacher(surname="Иванова", name="Елена", patronymic="Викторовна",
                                        birth_date=date(1990, 5, 5)))
    assert len(services.staff.teachers()) == 2


def test_archive_keeps_the_teacher_and_restore_brings_her_back(services) -> None:
    teacher_id, _ = services.staff.save_teacher(Teacher(surname="Осмонова", name="Жылдыз"))
    services.staff.archive(teacher_id)
    assert services.staff.teacher(teacher_id).left == TODAY
    assert services.staff.teachers(include_archived=False) == []
    services.staff.restore(teacher_id)
    assert services.staff.teacher(teacher_id).left is None


def test_subject_in_use_cannot_be_deleted_only_hidden(services) -> None:
    physics = subject_id(services, "Физика")
    services.staff.save_teacher(Teacher(surname="Орозбаев", name="Мирлан", main_subject_id=physics))
    with pytest.raises(DomainError) as info:
        services.staff.delete_subject(physics)
    assert info.value.kind == "subject_in_use" and info.value.fields["count"] == 1
    subject = next(s for s in services.staff.subjects() if s.id == physics)
    subject.hidden = True
    services.staff.save_subject(subject)
    assert physics not in [s.id for s in services.staff.subjects(include_hidden=False)]
    unused, _ = services.staff.save_subject(Subject("Астрономия", "Астрономия", Cycle.SCIENCE))
    services.staff.delete_subject(unused)


def test_course_due_after_the_period_setting(services) -> None:
    old = Teacher(surname="А", name="Б", courses=[Course("К", end=date(2021, 6, 1))])
    recent = Teacher(surname="В", name="Г", courses=[Course("К", end=date(2024, 6, 1))])
    never = Teacher(surname="Д", name="Е")
    for t in (old, recent, never):
        services.staff.save_teacher(t)
    assert {t.surname for t in services.staff.due_for_courses(TODAY)} == {"А", "Д"}
    services.staff.set_course_due_years(2)
    assert {t.surname for t in services.staff.due_for_courses(TODAY)} == {"А", "В", "Д"}


def test_demo_school_has_45_teachers_with_courses_and_attestation(demo_services) -> None:
    teachers = demo_services.staff.teachers()
    assert len(teachers) == 45
    assert sum(1 for t in teachers if t.courses) >= 35
    assert sum(1 for t in teachers if t.attestations) >= 30
    assert 0 < len(demo_services.staff.due_for_courses(TODAY)) < 15


def sheet(rows) -> ParsedSheet:
    return parse_staff([("Sheet1", rows)], TODAY)


HEADER = ["№", "ФИО", "Предмет", "Категория", "Стаж"]


def test_import_adds_rows_matches_subjects_and_adds_unknown_ones(services) -> None:
    plan = services.staff.plan_import(sheet([
        ["Педагогдордун тизмеси"], [], HEADER,
        [1, "Асанов Бакыт Мирланович", "математика; Информатика", "высшая", 31],
        [2, "Новикова Анна Сергеевна", "Русский язык, Астрономия", "I", 5],
    ]))
    assert [r.new_subjects for r in plan.rows] == [[], ["Астрономия"]]
    report, _ = services.staff.apply_import(plan)
    assert (report.added, report.updated, report.new_subjects) == (2, 0, ["Астрономия"])
    teachers = {t.surname: t for t in services.staff.teachers()}
    assert teachers["Асанов"].subject_ids == [subject_id(services, "Математика"), subject_id(services, "Информатика")]
    assert teachers["Новикова"].main_subject_id == subject_id(services, "Русский язык и литература")
    assert teachers["Асанов"].category == Category.HIGHEST


def test_import_with_an_invalid_row_writes_nothing_unless_told(services) -> None:
    rows = [HEADER, [1, "Асанов Бакыт", "Математика", "отличная", 3], [2, "Бекова Айым", "Химия", "II", 4]]
    plan = services.staff.plan_import(sheet(rows))
    with pytest.raises(DomainError) as info:
        services.staff.apply_import(plan)
    assert info.value.kind == "import_invalid_rows"
    assert [r.row for r in info.value.fields["rows"]] == [2]
    assert services.staff.teachers() == []
    report, _ = services.staff.apply_import(plan, skip_invalid=True)
    assert report.added == 1 and [r.row for r in report.rejected] == [2]
    assert [t.surname for t in services.staff.teachers()] == ["Бекова"]


def test_import_of_an_existing_teacher_updates_or_skips(services) -> None:
    services.staff.save_teacher(Teacher(surname="Асанов", name="Бакыт", patronymic="Мирланович",
                                        phone="0555 111"))
    rows = [HEADER, [1, "Асанов Бакыт Мирланович", "Математика", "I", 10]]
    plan = services.staff.plan_import(sheet(rows))
    assert plan.rows[0].duplicate_of is not None
    report, _ = services.staff.apply_import(plan, update_duplicates={2: False})
    assert report.skipped == 1 and services.staff.teachers()[0].category == Category.NONE
    report, _ = services.staff.apply_import(services.staff.plan_import(sheet(rows)))
    teacher = services.staff.teachers()[0]
    assert report.updated == 1 and teacher.category == Category.FIRST
    assert teacher.phone == "0555 111"  # no phone column: kept
    assert len(services.staff.teachers()) == 1


def test_the_same_teacher_twice_in_one_file_is_an_error_on_the_second_row(services) -> None:
    rows = [HEADER, [1, "Бекова Айым", "Химия", "", 1], [2, "БЕКОВА  Айым", "Химия", "", 1]]
    plan = services.staff.plan_import(sheet(rows))
    assert [r.valid for r in plan.rows] == [True, False]
    assert plan.rows[1].parsed.errors[0].kind == "duplicate_row"
