"""The methodical structure over a real SQLite file."""

from __future__ import annotations

import pytest

from domain.associations import AssociationKind
from domain.errors import DomainError
from domain.staff import Teacher


def sid(services, name_ru: str) -> int:
    return next(s.id for s in services.staff.subjects() if s.name_ru == name_ru)


def test_demo_structure_obeys_the_rules(demo_services) -> None:
    year = demo_services.school.current_year()
    associations = demo_services.associations.associations(year.id)
    assert len(associations) == 9
    heads = [a.head_id for a in associations]
    assert None not in heads and len(set(heads)) == len(heads)
    assert all(len(a.member_ids) >= 3 for a in associations)
    council = demo_services.associations.council(year.id)
    assert council.chair == demo_services.school.school().deputy
    assert set(heads) <= set(council.member_ids)
    assert demo_services.associations.suggestions(year.id).uncovered == []


def test_refused_association_writes_nothing(services) -> None:
    services.school.ensure_initial_year()
    year = services.school.current_year()
    physics = sid(services, "Физика")
    ids = [services.staff.save_teacher(Teacher(surname=f"Ф{i}", name="А", main_subject_id=physics))[0]
           for i in range(2)]
    from domain.associations import Association

    with pytest.raises(DomainError) as info:
        services.associations.save(Association(year.id, AssociationKind.SUBJECT, subject_ids=[physics],
                                               member_ids=ids))
    assert info.value.kind == "too_few_teachers" and info.value.fields["count"] == 2
    assert services.associations.associations(year.id) == []


def test_create_from_suggestion_then_archive_flags_below_three(services) -> None:
    services.school.ensure_initial_year()
    year = services.school.current_year()
    math = sid(services, "Математика")
    ids = [services.staff.save_teacher(Teacher(surname=f"М{i}", name="А", main_subject_id=math))[0]
           for i in range(3)]
    (suggestion,) = services.associations.suggestions(year.id).associations
    saved = services.associations.create_from_suggestion(year.id, suggestion)
    a = services.associations.association(saved.association_id)
    assert a.member_ids == ids and "Математика" in a.name_ky and "Математика" in a.name_ru
    assert [w.kind for w in saved.warnings] == ["no_head"]
    saved = services.associations.appoint_head(a.id, ids[0], ids[1])
    assert services.associations.association(a.id).head_id == ids[0]
    services.staff.archive(ids[2])
    assert [(x.id, n) for x, n in services.associations.below_three(year.id)] == [(a.id, 2)]


def test_carry_over_into_the_next_year_leaves_the_old_year_alone(demo_services) -> None:
    s = demo_services
    year = s.school.current_year()
    next_id, _ = s.school.save_year(s.school.proposed_next_year())
    s.associations.carry_over(year.id, next_id)
    old, new = s.associations.associations(year.id), s.associations.associations(next_id)
    assert len(new) == len(old) == 9
    assert all(a.reappoint for a in new) and not any(a.reappoint for a in old)
    assert [a.member_ids for a in new] == [a.member_ids for a in old]
    assert s.associations.council(next_id).member_ids == s.associations.council(year.id).member_ids
    with pytest.raises(DomainError) as info:
        s.associations.carry_over(year.id, next_id)
    assert info.value.kind == "year_has_associations"


def test_an_association_with_meetings_is_not_deleted(demo_services) -> None:
    s = demo_services
    year = s.school.current_year()
    a = s.associations.associations(year.id)[0]
    with pytest.raises(DomainError) as info:
        s.associations.delete(a.id)
    assert info.value.kind == "association_in_use" and info.value.fields["meetings"] == 3
    assert len(s.associations.associations(year.id)) == 9
