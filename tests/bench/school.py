"""A large school for the benchmark: 300 teachers, 10 academic years, 25 associations and 100 meetings
a year, 60 plan items a year. Built through the same services the app uses."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from domain.associations import Association, AssociationKind
from domain.meetings import (
    AgendaItem,
    Body,
    BodyKind,
    Decision,
    Meeting,
    MeetingStatus,
    Presence,
    Speech,
)
from domain.model import School
from domain.plan import Deadline, DeadlineKind, ItemStatus, PlanItem
from domain.services.container import Services, build_services
from domain.staff import Category, Teacher
from domain.years import typical_year
from storage.database import open_database

SURNAMES = ["Асанов", "Токтогулова", "Иванова", "Мамбетов", "Жээнбекова", "Осмонов", "Кузнецова", "Садыкова",
            "Үсөнов", "Өмүрбеков", "Ниязова", "Дүйшөнбеков", "Абдыкадырова", "Шаршеналиев", "Ким", "Петренко"]
NAMES = ["Айгүл", "Бакыт", "Гүлнара", "Нурлан", "Елена", "Азамат", "Чолпон", "Мирлан", "Бермет", "Улан"]
TODAY = date(2026, 11, 23)


def _month(start_year: int, n: int) -> date:
    month = [9, 10, 11, 12, 1, 2, 3, 4, 5][n % 9]
    return date(start_year if month >= 9 else start_year + 1, month, 15)


def build(path: Path, teachers: int = 300, years: int = 10, associations: int = 25, meetings: int = 100,
          items: int = 60) -> Services:
    rng = random.Random(95)
    db = open_database(path)
    s = build_services(db.uow, lambda: TODAY)
    s.school.save_school(School(name_ky="№95 мектеп-гимназиясы", name_ru="Школа-гимназия №95", number="95",
                                director="Сардарбекова А.К.", deputy="Токтогулова Г.А."))
    s.staff.ensure_catalogue()
    subjects = [x.id for x in s.staff.subjects()]
    staff = []
    for i in range(teachers):
        staff.append(Teacher(surname=f"{rng.choice(SURNAMES)}{i:03d}", name=rng.choice(NAMES),
                             patronymic="Асан кызы" if i % 2 else "Бакытович", main_subject_id=subjects[i % len(subjects)],
                             category=list(Category)[i % 4], experience_start=date(2000 + i % 25, 9, 1),
                             class_leadership=f"{1 + i % 11}-А" if i % 3 == 0 else ""))
    s.staff.add_teachers(staff)
    ids = [t.id for t in s.staff.teachers()]
    first = TODAY.year - years + 1
    for y in range(first - 1, TODAY.year):
        year_id, _ = s.school.save_year(typical_year(y))
        year = s.school.year(year_id)
        s.school.set_current_year(year_id)
        per = len(ids) // associations
        for a in range(associations):
            members = ids[a * per:(a + 1) * per]
            s.associations.save(Association(year_id, AssociationKind.OTHER, f"Бирикме {a + 1}", f"Объединение {a + 1}",
                                            member_ids=members, head_id=members[0], secretary_id=members[1]))
        bodies = s.associations.associations(year_id)
        for m in range(meetings):
            a = bodies[m % len(bodies)]
            term = year.terms[(m // len(bodies)) % 4]
            day = term.start + timedelta(days=7 + m % 20)
            draft = Meeting(year_id, Body(BodyKind.ASSOCIATION, a.id), day, "14:30", "201",
                            MeetingStatus.HELD if day <= TODAY else MeetingStatus.PLANNED, a.head_id, "",
                            a.secretary_id, attendance=[Presence(t) for t in a.member_ids])
            draft.agenda = [AgendaItem(f"Маселе {k + 1}: окутуунун сапаты", [Speech("", "", a.member_ids[k])],
                                       "Баяндамачы маалымат берди.", [Speech("", "Колдоду.", a.member_ids[k + 1])],
                                       [Decision("Сунуштар кабыл алынсын.", [a.member_ids[k]], day + timedelta(30))])
                            for k in range(3)]
            s.meetings.save(draft)
        for n in range(items):
            status = ItemStatus.DONE if n % 3 else ItemStatus.PLANNED
            s.plan.save_item(PlanItem(year_id, f"Иш-чара {n + 1}", ["qualification", "innovation", "information"][n % 3],
                                      "Семинар", Deadline(DeadlineKind.MONTH, _month(y, n)),
                                      responsible_ids=[ids[n]], status=status,
                                      done_date=date(y, 10, 1) if status == ItemStatus.DONE else None))
    db.close()
    return s
