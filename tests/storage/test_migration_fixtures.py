"""Databases made by every earlier schema version upgrade to head with their data intact."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from domain.services.container import build_services
from storage.database import backups_dir, current_revision, open_database
from storage.migrations import HEAD_REVISION

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("schema_*.sqlite")))
def test_old_database_upgrades_with_data_intact(tmp_path: Path, fixture: str) -> None:
    path = tmp_path / fixture
    shutil.copy(FIXTURES / fixture, path)
    assert current_revision(path) != HEAD_REVISION
    db = open_database(path)
    services = build_services(db.uow, lambda: date(2026, 1, 20))
    assert services.school.school().name_ky == "№95 мектеп-гимназиясы"
    year = services.school.current_year()
    assert year.label == "2025–2026"
    assert year.term_of(date(2026, 1, 20)).number == 3
    services.staff.ensure_catalogue()
    assert services.staff.subjects()
    if fixture >= "schema_0002":
        (teacher,) = services.staff.teachers()
        assert teacher.full_name == "Асанов Бакыт Мирлан уулу"
        assert teacher.courses[0].hours == 72 and teacher.category.value == "highest"
        associations = services.associations.associations(year.id)
        assert associations == [] if fixture == "schema_0002.sqlite" else len(associations) == 1
    if fixture >= "schema_0003":
        (a,) = services.associations.associations(year.id)
        assert (a.order_number, a.head_id, a.member_ids) == ("112", teacher.id, [teacher.id])
        assert services.associations.council(year.id).chair == "Токтогулова Г.А."
        meetings = services.meetings.meetings(year.id)
        assert meetings == [] if fixture == "schema_0003.sqlite" else len(meetings) == 1
    if fixture >= "schema_0004":
        (numbered,) = services.meetings.meetings(year.id)
        assert numbered.number == 1 and numbered.meeting.final
        assert [d.text for d in numbered.meeting.decisions] == ["План бекитилсин."]
        items = services.plan.items(year.id)
        assert items == [] if fixture == "schema_0004.sqlite" else len(items) == 1
    if fixture >= "schema_0005":
        (item,) = services.plan.items(year.id)
        assert item.status.value == "done" and item.deadline.due(year).isoformat() == "2025-10-31"
        assert services.plan.approval(year.id).order_number == "115"
        assert [a.why for a in services.plan.amendments(year.id)] == ["Аткарылды"]
        assert services.growth.topics(year.id) == []
    db.close()
    assert current_revision(path) == HEAD_REVISION
    assert len(list(backups_dir(path).glob("*-before-migration.sqlite"))) == 1
