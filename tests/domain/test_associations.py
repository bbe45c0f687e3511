"""The rule of three, heads, suggestions and carrying over — pure rules on plain records."""

from __future__ import annotations

from datetime import date

import pytest

from domain.associations import (
    Association,
    AssociationKind,
    Council,
    below_three,
    carry_over,
    check_association,
    head_warnings,
    suggest,
)
from domain.errors import DomainError
from domain.staff import Category, Cycle, Subject, Teacher

ON = date(2026, 11, 23)
PHYS, CHEM, BIO, MATH, HIST, PRIM = 1, 2, 3, 4, 5, 6
SUBJECTS = [Subject("Физика", "Физика", Cycle.SCIENCE, id=PHYS), Subject("Химия", "Химия", Cycle.SCIENCE, id=CHEM),
            Subject("Биология", "Биология", Cycle.SCIENCE, id=BIO), Subject("Математика", "Математика", Cycle.MATH, id=MATH),
            Subject("Тарых", "История", Cycle.HISTORY, id=HIST),
            Subject("Башталгыч класстар", "Начальные классы", Cycle.PRIMARY, id=PRIM)]


def staff(*shape: tuple[int, int]) -> list[Teacher]:
    """(subject id, how many teachers) pairs -> teachers with ids 1, 2, …"""
    out, n = [], 0
    for subject, count in shape:
        for _ in range(count):
            n += 1
            out.append(Teacher(surname=f"Мугалим{n}", name="А", main_subject_id=subject, id=n,
                               category=Category.FIRST, experience_start=date(2010, 9, 1)))
    return out


def assoc(kind, subjects, members, head=None, id=None) -> Association:
    return Association(year_id=1, kind=kind, name_ky="Б", name_ru="Б", subject_ids=subjects, member_ids=members,
                       head_id=head, id=id)


def test_a_subject_with_two_teachers_is_refused_with_the_counts() -> None:
    teachers = staff((PHYS, 2), (CHEM, 1), (BIO, 1), (MATH, 4))
    with pytest.raises(DomainError) as info:
        check_association(assoc(AssociationKind.SUBJECT, [PHYS], [1, 2, 5]), teachers, SUBJECTS, [])
    e = info.value
    assert e.kind == "too_few_teachers"
    assert (e.fields["count"], e.fields["needed"], e.fields["cycle_count"]) == (2, 3, 4)
    assert "Химия" in e.fields["cognate"] and "Биология" in e.fields["cognate"]


def test_the_same_teachers_with_a_cognate_subject_form_a_cycle_commission() -> None:
    teachers = staff((PHYS, 2), (CHEM, 1))
    check_association(assoc(AssociationKind.CYCLE, [PHYS, CHEM], [1, 2, 3]), teachers, SUBJECTS, [])
    with pytest.raises(DomainError) as info:
        check_association(assoc(AssociationKind.CYCLE, [PHYS], [1, 2, 3]), teachers, SUBJECTS, [])
    assert info.value.kind == "too_few_cycle_teachers" and info.value.fields["count"] == 2


def test_archived_teachers_do_not_count() -> None:
    teachers = staff((MATH, 3))
    teachers[2].left = date(2026, 10, 1)
    with pytest.raises(DomainError) as info:
        check_association(assoc(AssociationKind.SUBJECT, [MATH], [1, 2, 3]), teachers, SUBJECTS, [])
    assert info.value.fields["count"] == 2


def test_every_association_needs_three_members() -> None:
    teachers = staff((MATH, 5))
    with pytest.raises(DomainError) as info:
        check_association(assoc(AssociationKind.SUBJECT, [MATH], [1, 2]), teachers, SUBJECTS, [])
    assert info.value.kind == "too_few_members" and info.value.fields["count"] == 2
    with pytest.raises(DomainError):
        check_association(assoc(AssociationKind.CLASS_LEADERS, [], [1, 2]), teachers, SUBJECTS, [])


def test_a_head_of_two_associations_is_refused() -> None:
    teachers = staff((MATH, 3), (HIST, 3))
    first = assoc(AssociationKind.SUBJECT, [MATH], [1, 2, 3], head=1, id=10)
    second = assoc(AssociationKind.CLASS_LEADERS, [], [1, 4, 5], head=1)
    with pytest.raises(DomainError) as info:
        check_association(second, teachers, SUBJECTS, [first])
    assert info.value.kind == "head_of_two" and info.value.fields["name"] == teachers[0].full_name


def test_the_head_must_be_a_member() -> None:
    teachers = staff((MATH, 4))
    with pytest.raises(DomainError) as info:
        check_association(assoc(AssociationKind.SUBJECT, [MATH], [1, 2, 3], head=4), teachers, SUBJECTS, [])
    assert info.value.kind == "role_not_member"


def test_archiving_a_teacher_flags_an_association_below_three() -> None:
    teachers = staff((MATH, 3))
    a = assoc(AssociationKind.SUBJECT, [MATH], [1, 2, 3], id=1)
    assert below_three([a], teachers) == []
    teachers[0].left = ON
    assert below_three([a], teachers) == [(a, 2)]


def test_inexperienced_head_gives_warnings_not_refusals() -> None:
    young = Teacher(surname="Жаш", name="А", experience_start=date(2024, 9, 1))
    kinds = [w.kind for w in head_warnings(young, ON, 5)]
    assert kinds == ["head_without_category", "head_little_experience"]
    assert head_warnings(staff((MATH, 1))[0], ON, 5) == []
    assert [w.kind for w in head_warnings(None, ON, 5)] == ["no_head"]


def test_suggestions_on_a_staff_of_known_shape() -> None:
    # 4 math: a subject association; physics 2 + chemistry 1 + biology 1: a science cycle commission;
    # history 1: alone in its cycle -> left over for the district association; 3 primary: primary association.
    teachers = staff((MATH, 4), (PHYS, 2), (CHEM, 1), (BIO, 1), (HIST, 1), (PRIM, 3))
    found = suggest(teachers, SUBJECTS, [])
    shapes = sorted((s.kind.value, tuple(s.subject_ids), s.count) for s in found.associations)
    assert shapes == [("cycle", (PHYS, CHEM, BIO), 4), ("primary", (PRIM,), 3), ("subject", (MATH,), 4)]
    assert found.uncovered == [9]


def test_covered_subjects_are_not_suggested_again() -> None:
    teachers = staff((MATH, 4), (HIST, 1))
    existing = assoc(AssociationKind.SUBJECT, [MATH], [1, 2, 3, 4], id=1)
    found = suggest(teachers, SUBJECTS, [existing])
    assert found.associations == [] and found.uncovered == [5]


def test_carry_over_keeps_members_and_marks_heads_for_reappointment() -> None:
    teachers = staff((MATH, 4))
    teachers[3].left = ON
    old = assoc(AssociationKind.SUBJECT, [MATH], [1, 2, 3, 4], head=1, id=7)
    copies, council = carry_over([old], Council(1, "Орун басар", 2, [1, 4]), teachers, to_year_id=2)
    (copy,) = copies
    assert (copy.year_id, copy.member_ids, copy.head_id, copy.reappoint, copy.id) == (2, [1, 2, 3], 1, True, None)
    assert old.year_id == 1 and old.member_ids == [1, 2, 3, 4]
    assert council.year_id == 2 and council.member_ids == [1]
