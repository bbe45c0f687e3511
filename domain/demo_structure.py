"""The sample school's methodical structure for the current year, formed through the same rules."""

from __future__ import annotations

from datetime import date

from domain.associations import Association, AssociationKind, Council, proposed_names, teachers_of
from domain.changes import Changed
from domain.services.container import Services
from domain.staff import CATEGORY_ORDER, Cycle, Teacher

# (kind, Russian subject names, cycle for the name)
STRUCTURE: list[tuple[AssociationKind, list[str], Cycle | None]] = [
    (AssociationKind.SUBJECT, ["Кыргызский язык и литература"], None),
    (AssociationKind.SUBJECT, ["Русский язык и литература"], None),
    (AssociationKind.CYCLE, ["Английский язык", "Немецкий язык"], None),
    (AssociationKind.CYCLE, ["Математика", "Информатика"], Cycle.MATH),
    (AssociationKind.CYCLE, ["Физика", "Химия", "Биология", "География"], Cycle.SCIENCE),
    (AssociationKind.CYCLE, ["История", "Человек и общество"], Cycle.HISTORY),
    (AssociationKind.CYCLE, ["Физическая культура", "Музыка", "Изобразительное искусство", "Технология",
                             "Допризывная подготовка"], Cycle.ARTS),
    (AssociationKind.PRIMARY, ["Начальные классы"], None),
]


def _rank(t: Teacher, today: date) -> tuple[int, int]:
    return CATEGORY_ORDER.index(t.category), t.experience_years(today) or 0


def load_structure(services: Services) -> Changed:
    year = services.school.current_year()
    assert year is not None and year.id is not None
    today = services.today()
    teachers = services.staff.teachers(include_archived=False)
    subjects = services.staff.subjects()
    by_name = {s.name_ru: s for s in subjects}
    deputy = services.school.school().deputy
    heads: set[int] = set()
    changed = Changed()
    order_day = date(year.start.year, 8, 29)
    groups: list[tuple[AssociationKind, list[int], list[Teacher], Cycle | None]] = []
    for kind, names, cycle in STRUCTURE:
        ids = [by_name[n].id for n in names if n in by_name and by_name[n].id is not None]
        groups.append((kind, ids, teachers_of(ids, teachers), cycle))
    leaders = [t for t in teachers if t.class_leadership]
    groups.append((AssociationKind.CLASS_LEADERS, [], leaders, None))
    for kind, ids, members, cycle in groups:
        chosen = [s for s in subjects if s.id in ids]
        ky, ru = proposed_names(kind, chosen, cycle)
        if kind == AssociationKind.CYCLE and cycle is None:
            ky, ru = "Чет тилдер усулдук бирикмеси", "Методическое объединение учителей иностранных языков"
        candidates = sorted((t for t in members if t.id not in heads and t.full_name != deputy),
                            key=lambda t: _rank(t, today), reverse=True)
        head = candidates[0]
        secretary = next(t for t in sorted(members, key=lambda t: _rank(t, today)) if t.id != head.id)
        heads.add(head.id)  # type: ignore[arg-type]
        saved = services.associations.save(Association(
            year_id=year.id, kind=kind, name_ky=ky, name_ru=ru, subject_ids=ids,
            member_ids=[t.id for t in members if t.id is not None], head_id=head.id, secretary_id=secretary.id,
            order_number="112", order_date=order_day))
        changed |= saved.changed
    council = services.associations.council(year.id)
    council.chair = deputy
    council.secretary_id = council.member_ids[-1] if council.member_ids else None
    return changed | services.associations.save_council(Council(year.id, council.chair, council.secretary_id,
                                                                council.member_ids))

