"""The sample school: a realistic Bishkek gymnasium to try the app on."""

from __future__ import annotations

from domain.changes import Changed
from domain.demo_growth import load_growth
from domain.demo_meetings import load_meetings
from domain.demo_plan import load_plan
from domain.demo_staff import demo_teachers
from domain.demo_structure import load_structure
from domain.errors import DomainError
from domain.model import School
from domain.services.container import Services

SAMPLE_SCHOOL = School(
    name_ky="Бишкек шаарындагы №95 мектеп-гимназиясы",
    name_ru="Школа-гимназия №95 города Бишкек",
    number="95",
    address="Бишкек ш., Ленин району",
    director="Сардарбекова Айнура Кубанычбековна",
    deputy="Токтогулова Гүлнара Асановна",
    district_office="Бишкек шаарынын Ленин райондук билим берүү башкармалыгы",
)

THEME_KY = "Окутуунун сапатын жогорулатууда заманбап педагогикалык технологияларды колдонуу"
THEME_RU = "Использование современных педагогических технологий для повышения качества обучения"


def load_demo(services: Services) -> Changed:
    """Fill an empty database with the sample school; refuse a database that already has one."""
    if not services.school.is_empty():
        raise DomainError("database_not_empty")
    changed = services.school.save_school(SAMPLE_SCHOOL)
    changed |= services.school.ensure_initial_year()
    year = services.school.current_year()
    assert year is not None
    year.theme_ky, year.theme_ru = THEME_KY, THEME_RU
    _, more = services.school.save_year(year)
    changed |= more | services.staff.ensure_catalogue()
    ids = {s.name_ru: s.id for s in services.staff.subjects() if s.id is not None}
    changed |= services.staff.add_teachers(demo_teachers(services.today(), ids))
    changed |= load_structure(services)
    changed |= load_meetings(services)
    changed |= load_plan(services)
    return changed | load_growth(services)
